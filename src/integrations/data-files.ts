/**
 * Writes the data files that grow with the plans after the build (`astro:build:done`), by streaming
 * their chunks to disk: every table file (a plan's and all plans'), the workbooks, each action's
 * CSV and JSON, the data packages, the Atom feeds, the DCAT catalogue and the ZIP of every public
 * file (hundreds of megabytes for a thousand plans), and Astro holds an endpoint's whole response
 * in memory before writing it. So these files have no endpoint in a build: the build's exports
 * (page-data/exports) hand them over through {@link shareStreamedFiles}, with their announced size,
 * and this integration writes them one chunk at a time, then checks each size against what the
 * data page and the catalogue announced (a mismatch fails the build).
 *
 * The hand-over goes through `globalThis`: the pages' code and this integration are loaded as
 * different module instances (the built pages and the config), in the one build process.
 */
import type { AstroIntegration } from 'astro';
import { once } from 'node:events';
import { closeSync, copyFileSync, createWriteStream, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StreamedFile {
  /** Site path, relative to the output folder. */
  path: string;
  bytes: number;
  body: () => Iterable<string | Uint8Array>;
  /** The file already written in full (see spillTo): moved into place instead of written again. */
  scratch?: string;
}

/** Bytes gathered before each write to a scratch file: few system calls for row-sized chunks. */
const SPILL_BUFFER = 1 << 20;

/**
 * Writes chunks to `<dir>/<path>` synchronously as they come (the exports are built synchronously),
 * through a bounded buffer, and returns the number of bytes: measuring a streamed file and writing
 * it are then one pass, not two (deflating the ZIP twice cost 15 % of a 100-plan build).
 */
export function spillTo(dir: string, path: string, chunks: Iterable<string | Uint8Array>): number {
  const target = join(dir, path);
  mkdirSync(dirname(target), { recursive: true });
  const fd = openSync(target, 'w');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  const flush = () => {
    const data = Buffer.concat(pending);
    for (let at = 0; at < data.length; ) at += writeSync(fd, data, at);
    pending = [];
    pendingBytes = 0;
  };
  try {
    for (const chunk of chunks) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      pending.push(data);
      pendingBytes += data.length;
      total += data.length;
      if (pendingBytes >= SPILL_BUFFER) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return total;
}

/**
 * The bytes of a file, in chunks of at most 1 MiB read as they are asked for: a spilled file read
 * back (for the ZIP, for its hash), never held whole beyond what the reader keeps.
 */
export function* readChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    // Most files are a few kilobytes: no megabyte buffer for them.
    const size = Math.max(1, Math.min(SPILL_BUFFER, fstatSync(fd).size));
    for (;;) {
      const chunk = Buffer.allocUnsafe(size);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return;
      yield chunk.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** Moves a finished scratch file into the output folder (copies it across file systems). */
function moveInto(scratch: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    renameSync(scratch, target);
  } catch {
    copyFileSync(scratch, target);
    unlinkSync(scratch);
  }
}

const KEY = Symbol.for('plan-climat:streamed-data-files');
const SCRATCH_KEY = Symbol.for('plan-climat:streamed-data-scratch');
type Shared = { [KEY]?: StreamedFile[]; [SCRATCH_KEY]?: string };

/**
 * Called by the build's exports: the files this integration must write (or move from `scratchDir`,
 * deleted afterwards) once the pages are built.
 */
export function shareStreamedFiles(files: StreamedFile[], scratchDir?: string): void {
  (globalThis as Shared)[KEY] = files;
  (globalThis as Shared)[SCRATCH_KEY] = scratchDir;
}

/** Writes one file from its chunks, waiting whenever the disk lags behind (bounded memory). */
export async function writeStreamed(file: StreamedFile, outDir: string): Promise<number> {
  const target = join(outDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  const out = createWriteStream(target);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error));
  failed.catch(() => undefined);
  for (const chunk of file.body()) {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return statSync(target).size;
}

export default function dataFiles(): AstroIntegration {
  return {
    name: 'plan-climat:data-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = (globalThis as Shared)[KEY] ?? [];
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        let total = 0;
        for (const file of files) {
          let written: number;
          if (file.scratch) {
            moveInto(file.scratch, join(outDir, file.path));
            written = statSync(join(outDir, file.path)).size;
          } else written = await writeStreamed(file, outDir);
          if (written !== file.bytes) {
            throw new Error(`${file.path} : ${written} octets écrits, ${file.bytes} annoncés par la page des données`);
          }
          total += written;
        }
        (globalThis as Shared)[KEY] = undefined;
        const scratchDir = (globalThis as Shared)[SCRATCH_KEY];
        if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
        (globalThis as Shared)[SCRATCH_KEY] = undefined;
        if (files.length > 0) logger.info(`${files.length} fichiers de données écrits en flux (${Math.round(total / 1024)} Ko) en ${Date.now() - started} ms`);
      },
    },
  };
}
