import type { action as source } from '../fr/action';

export const action: typeof source = {};
