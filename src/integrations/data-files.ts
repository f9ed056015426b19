/**
 * Writes the all-plans data files after the build (`astro:build:done`), by streaming their chunks
 * to disk: the tables of `donnees/tous/`, its workbook and the ZIP of every public file grow with the
 * number of plans (hundreds of megabytes for a thousand plans), and Astro holds an endpoint's whole
 * response in memory before writing it. So these files have no endpoint in a build: the build's
 * exports (utils/exports) hand them over through {@link shareStreamedFiles}, with their announced
 * size, and this integration writes them one chunk at a time, then checks each size against what
 * the data page and the catalogue announced (a mismatch fails the build).
 *
 * The hand-over goes through `globalThis`: the pages' code and this integration are loaded as
 * different module instances (the built pages and the config), in the one build process.
 */
import type { AstroIntegration } from 'astro';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StreamedFile {
  /** Site path, relative to the output folder. */
  path: string;
  bytes: number;
  body: () => Iterable<string | Uint8Array>;
}

const KEY = Symbol.for('plan-climat:streamed-data-files');
type Shared = { [KEY]?: StreamedFile[] };

/** Called by the build's exports: the files this integration must write once the pages are built. */
export function shareStreamedFiles(files: StreamedFile[]): void {
  (globalThis as Shared)[KEY] = files;
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
          const written = await writeStreamed(file, outDir);
          if (written !== file.bytes) {
            throw new Error(`${file.path} : ${written} octets écrits, ${file.bytes} annoncés par la page des données`);
          }
          total += written;
        }
        (globalThis as Shared)[KEY] = undefined;
        if (files.length > 0) logger.info(`${files.length} fichiers de tous les plans écrits en flux (${Math.round(total / 1024)} Ko) en ${Date.now() - started} ms`);
      },
    },
  };
}
