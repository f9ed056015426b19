/**
 * `npm run dev` only: while the content has errors, every page shows them in Astro's error
 * overlay, as the terminal does (`file:line: field: message`), instead of the last good page.
 * Saving the fixed file reloads the browser on the plan again (see src/loaders/plan-loader.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { liveContentError } from './lib/model/live-errors';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const error = liveContentError();
    if (error) throw error;
  }
  return next();
});
