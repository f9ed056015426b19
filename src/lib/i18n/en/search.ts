import type { search as source } from '../fr/search';

export const search: typeof source = {};
