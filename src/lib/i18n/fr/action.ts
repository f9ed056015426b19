/** Interface text: action (French, the source catalogue: nl/ and en/ must have the same keys). */
export const action = {};
