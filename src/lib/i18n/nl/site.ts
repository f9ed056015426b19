import type { site as source } from '../fr/site';

export const site: typeof source = {};
