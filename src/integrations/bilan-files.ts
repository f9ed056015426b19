/**
 * Serves the bilans' files as they are committed (lib/bilans): the build copies each one, byte for
 * byte, to `donnees/<plan>/bilans/<id>/<file>` after the pages (`astro:build:done`), and checks the
 * copy's SHA-256 against SHA256SUMS; the dev server serves them from the data folder. Their bytes
 * never pass through the exporter: a bilan stays what was cut, whatever the code becomes.
 *
 * The list of files comes from the pages' code (page-data/bilans, for the published plans) through
 * `globalThis`, as in integrations/data-files.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { ReleaseCopy } from '../lib/bilans/serve';

const KEY = Symbol.for('plan-climat:bilan-files');
type Shared = { [KEY]?: ReleaseCopy[] };

/** Called by page-data/bilans: the files to copy once the pages are built. */
export function shareReleaseFiles(files: ReleaseCopy[]): void {
  (globalThis as Shared)[KEY] = files;
}

/** A bilan file's URL, past the base path: plan slug, bilan id and file name, each one plain name. */
const FILE_URL = /\/donnees\/([a-z0-9-]+)\/bilans\/([a-z0-9-]+)\/([A-Za-z0-9_-][A-Za-z0-9._-]*)$/;

const MEDIA: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/**
 * Copies a bilan's files into `outDir` as they are, then checks each copy against its SHA-256
 * (throws on a mismatch: the build must never publish a bilan other than the one committed).
 */
export function copyReleaseFiles(files: ReleaseCopy[], outDir: string): void {
  for (const f of files) {
    const target = join(outDir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(f.from, target);
    const sum = createHash('sha256').update(readFileSync(target)).digest('hex');
    if (f.sha256 && sum !== f.sha256) throw new Error(`${f.path} : la copie ne correspond pas à SHA256SUMS (${sum})`);
  }
}

export default function bilanFiles(): AstroIntegration {
  return {
    name: 'plan-climat:bilan-files',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const dataRoot = resolve(process.env.DATA_DIR || 'data');
        const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const m = FILE_URL.exec(decodeURIComponent((req.url ?? '').split('?')[0]));
          const file = m && join(dataRoot, m[1], 'bilans', m[2], m[3]);
          if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', MEDIA[m[3].split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8');
          res.end(readFileSync(file));
        };
        // The dev server only. Put first, after Astro's own middlewares are in place: its
        // trailing-slash check would answer 404 for SHA256SUMS (no extension, no final slash).
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plan-climat:bilan-files',
                configureServer: (server) => () => {
                  server.middlewares.stack.unshift({ route: '', handle: serve as never });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const files = (globalThis as Shared)[KEY] ?? [];
        const outDir = fileURLToPath(dir);
        copyReleaseFiles(files, outDir);
        (globalThis as Shared)[KEY] = undefined;
        if (files.length > 0) logger.info(`${files.length} fichiers de bilans copiés tels quels`);
      },
    },
  };
}
