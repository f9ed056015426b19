import type { charts as source } from '../fr/charts';

export const charts: typeof source = {};
