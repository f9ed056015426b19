/** Interface text: data (French, the source catalogue: nl/ and en/ must have the same keys). */
export const data = {};
