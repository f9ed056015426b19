import type { history as source } from '../fr/history';

export const history: typeof source = {};
