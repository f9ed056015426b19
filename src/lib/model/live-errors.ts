import type { ContentError } from './issues';

/**
 * The content errors of the running `npm run dev`, shared between the content loader (which finds
 * them when a file is saved) and the pages (which show them in the browser, see src/middleware.ts).
 * Both run in the dev server's process but through different module graphs, hence a global slot.
 */
const SLOT = Symbol.for('plan-climat.content-errors');

type Slot = { [SLOT]?: ContentError };

/** Records the current content errors (`undefined`: the content is valid again). */
export function setLiveContentError(error: ContentError | undefined): void {
  (globalThis as Slot)[SLOT] = error;
}

/** The content errors found by the last load in this process, if any. */
export function liveContentError(): ContentError | undefined {
  return (globalThis as Slot)[SLOT];
}
