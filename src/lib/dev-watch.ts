/**
 * What `astro dev` must not watch. Linux gives each user a fixed number of file watches (inotify,
 * 192 536 on these machines) and Vite watches every file under the project. A benchmark kept in
 * bench-out/ (`npm run bench -- --keep`, up to 200 000 files for a portal) exhausts them: the
 * dev server then fails with ENOSPC. Nothing in bench-out/ is watched except the content and data
 * a dev server was pointed at (`npm run bench:dev` serves a plan from there), and the folders on
 * the way to them.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** True when `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * A predicate for Vite's `server.watch.ignored`: true for paths under `benchOut` unless they lead
 * to or lie in one of `served` (absolute folders).
 */
export function ignoreBenchOutput(benchOut: string, served: readonly string[]): (path: string) => boolean {
  const root = resolve(benchOut);
  const folders = served.map((folder) => resolve(folder));
  return (path) => {
    const absolute = resolve(path);
    if (!isWithin(absolute, root)) return false;
    return !folders.some((folder) => isWithin(absolute, folder) || isWithin(folder, absolute));
  };
}
