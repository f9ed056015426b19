import type { status as source } from '../fr/status';

export const status: typeof source = {};
