/**
 * Every request: the page's language, read from its URL (`/nl/…`; unprefixed: the site's
 * default), and its catalogue, in `Astro.locals` for the pages and their components.
 * `npm run dev` only: while the content has errors, every page shows them in Astro's error
 * overlay, as the terminal does (`file:line: field: message`), instead of the last good page.
 * Saving the fixed file reloads the browser on the plan again (see src/loaders/plan-loader.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { messages } from './lib/i18n';
import { liveContentError } from './lib/model/live-errors';
import { languageOfPath } from './page-data/languages';

export const onRequest = defineMiddleware((context, next) => {
  if (import.meta.env.DEV) {
    const error = liveContentError();
    if (error) throw error;
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname;
  context.locals.language = languageOfPath(path);
  context.locals.t = messages(context.locals.language);
  return next();
});
