/**
 * `npm run build [-- astro options]`: the whole site in two processes, one after the other.
 *
 * 1. `astro build` in a child process: pages, data files, charts (everything Astro writes).
 * 2. Once it has exited, the search index (scripts/search-index.ts), in this small process.
 *
 * Why not a `astro:build:done` hook, as before: the hook ran beside everything Astro's process
 * still held at the end of the build, so the peak memory of a build was Astro's plus Pagefind's
 * (at 10 000 actions: 2.2 GB + 1.2 GB). Run after it, the peak is the larger of the two.
 *
 * Astro's process runs with V8's heap growing factor lowered (`--heap-growing-percent`): a build
 * renders thousands of pages whose garbage V8 would otherwise let grow to twice the live heap
 * before collecting it (at 10 000 actions: 1.45 GB of heap for 0.6 GB live; at 25 % its peak is
 * 460 MB of heap for 220 MB live). This costs a few collections more and never fails a build,
 * unlike a fixed heap limit, which a large portal could reach. It also runs with two malloc arenas
 * (`MALLOC_ARENA_MAX`, glibc): the native side of the build (Vite's bundler, Astro's compiler,
 * zlib, libuv's threads) otherwise spreads over one arena per thread, each keeping what it freed;
 * at 10 000 actions the process held 470 MB outside V8's heap. Together: 932 → 856 MB at its peak,
 * same build time (see scripts/bench/NOTES.md). Vite's bundler (rolldown) and Astro's compiler
 * allocate with mimalloc, which keeps what they freed until their threads allocate again, which
 * they never do once the pages are being rendered: `MIMALLOC_PURGE_DELAY=0` gives it back at once
 * (200-plan portal, `astro build`, two paired runs each: peak 1 116 → 1 028 MiB). A value set by
 * the caller for either variable is kept.
 *
 * OUT_DIR (default dist) is where both steps write, as in astro.config.mjs.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** V8's heap growth after a collection, in percent of the live heap (see above). */
const HEAP_GROWING_PERCENT = 25;

/** Allocator settings of Astro's process (see above); the caller's values win. */
const ALLOCATOR_ENV = { MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0' };

function astroBuild(args: string[]): Promise<number> {
  return new Promise((done) => {
    // process.execPath: the same Node as this script (npm puts the project's Node 22 first on PATH).
    const child = spawn(process.execPath, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, ASTRO, 'build', ...args], {
      cwd: ROOT,
      env: { ...ALLOCATOR_ENV, ...process.env },
      stdio: 'inherit',
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    // Killed by a signal: the shell's convention, 128 + its number.
    child.on('exit', (code, signal) => done(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)));
  });
}

async function main(): Promise<void> {
  const code = await astroBuild(process.argv.slice(2));
  if (code !== 0) process.exit(code);
  const site = resolve(ROOT, process.env.OUT_DIR || 'dist');
  try {
    // Imported only now: while Astro's process runs (the build's peak), this one stays small.
    const { indexSearch } = await import('./search-index');
    const r = await indexSearch(site);
    const kb = Math.round(r.bytes / 1024);
    console.log(`[recherche] ${r.pages} pages indexées (${r.languages}) en ${r.milliseconds} ms ; index ${kb} Ko dans ${relative(ROOT, r.outputPath) || r.outputPath}`);
  } catch (error) {
    console.error(`[recherche] ${(error as Error).message}`);
    process.exit(1);
  }
}

await main();
