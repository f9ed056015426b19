/**
 * How a script or test runs `npm run build` as a child process without npm: the same Node as the
 * caller, tsx's loader, scripts/build.ts (`astro build`, then the search index). Extra arguments go
 * to `astro build`. package.json's `build` script is this same command line (a unit test holds
 * the two together), so a benchmark measures what `npm run build` does.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * V8 flags of the process that runs scripts/build.ts, which waits for Astro's process and then
 * feeds Pagefind page after page. Its own heap is small (a list of pages, 64 in flight), but with
 * V8's defaults it reaches about 150 MB of garbage from the pages it read, held while Pagefind
 * writes its bundle, the peak of the whole build (at 10 000 actions). A 1 MB young generation and
 * a low growing factor keep it near 90 MB for a few more collections.
 */
export const BUILD_SCRIPT_NODE_FLAGS = ['--max-semi-space-size=1', '--heap-growing-percent=20'];

/** `[executable, args]` for spawn/execFile, to be run with `cwd: PROJECT_ROOT`. */
export function buildCommand(...astroArgs: string[]): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', ...BUILD_SCRIPT_NODE_FLAGS, join(PROJECT_ROOT, 'scripts/build.ts'), ...astroArgs]];
}
