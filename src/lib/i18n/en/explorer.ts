import type { explorer as source } from '../fr/explorer';

export const explorer: typeof source = {};
