import type { indicators as source } from '../fr/indicators';

export const indicators: typeof source = {};
