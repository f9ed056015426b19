import type { plan as source } from '../fr/plan';

export const plan: typeof source = {};
