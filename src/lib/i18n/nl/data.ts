import type { data as source } from '../fr/data';

export const data: typeof source = {};
