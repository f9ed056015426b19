/**
 * Builds the Pagefind search index from the built site, after every build (`astro:build:done`),
 * with Pagefind's Node API: no CLI, no download, the binary comes from the `pagefind` package.
 *
 * - Reads the HTML of the configured outDir (the hook's `dir`), wherever OUT_DIR puts it, and writes
 *   the bundle to `<outDir>/pagefind/`. The bundle is served at `<base>pagefind/`; result URLs are
 *   indexed from the site root and the search page prefixes them with the base path at run time
 *   (Pagefind's `baseUrl` option), so one index works under any BASE_PATH.
 * - Only pages marked with `data-pagefind-body` are indexed (see lib/search/attributes for what and why).
 *   Pagefind reads them, from memory, passed through {@link spaceTags}: Astro's HTML compression glues
 *   adjacent elements ("<dt>Pilote</dt><dd>Service…"), which Pagefind would read as one word.
 * - One index per language: Pagefind reads each page's `<html lang>` (the language of its URL,
 *   `/nl/…`) and writes a separate index, with that language's stemming, for each; the search
 *   page of a language loads the index of its own `<html lang>` (Pagefind's default), so
 *   `/nl/recherche/` finds the Dutch pages only. The log gives the pages per language.
 * - Pagefind also writes its ready-made UIs; the site uses its JS API only (scripts/search.ts), so
 *   those files are deleted rather than published.
 * - Logs the page count and the size of the bundle, and fails the build on an indexing error:
 *   a site whose search silently finds nothing is worse than a failed build.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PagefindOptions {
  /**
   * Index every page as this language (ISO 639-1) instead of reading `<html lang>`. Pagefind
   * writes one index per language and a page searches its own language's index only.
   */
  forceLanguage?: string;
}

/** Pages sent to Pagefind before waiting for the oldest: keeps its pipe busy, memory bounded. */
const IN_FLIGHT = 64;

/** Files of the bundle Pagefind writes for its own UIs, unused here. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/u;

/** Closing tags after which a reader sees a break (a cell, a term, a badge), even when no space follows. */
const SEPARATED = /<\/(span|a|strong|em|b|i|time|abbr|code|small|label|mark|dt|dd|li|td|th|p|div|h[1-6]|caption|figcaption|summary)>/giu;

/**
 * Puts a space after closing tags, so that text from adjacent elements stays separate words for
 * the index ("<dt>Pilote</dt><dd>Service</dd>" → "Pilote Service", not "PiloteService"). Only the
 * copy given to Pagefind changes; the published page is untouched.
 */
export function spaceTags(html: string): string {
  return html.replace(SEPARATED, '$& ');
}

/** Total size in bytes of the files under a directory. */
export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return total;
}

/** « fr 325, nl 125 » from Pagefind's entry file: the pages of each language's index. */
export function indexLanguages(entryJson: string): string {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.entries(entry.languages ?? {})
    .map(([language, index]) => `${language} ${index.page_count ?? 0}`)
    .join(', ');
}

export default function pagefind(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'plan-climat:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const started = Date.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: options.forceLanguage });
          if (!index || errors.length > 0) throw new Error(`Pagefind : ${errors.join(' ; ') || 'index non créé'}`);
          // Each page is handed to Pagefind from memory, a bounded number of requests in flight:
          // copying the pages to a scratch folder for addDirectory cost as much again in
          // file-system work (creating, then deleting, one folder per page), which dominated large
          // builds. sourcePath gives the same URLs as indexing the folder would.
          const inFlight: Promise<string[]>[] = [];
          const problems: string[] = [];
          let pages = 0;
          for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
            if (!file.endsWith('.html')) continue;
            const html = readFileSync(join(site, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            inFlight.push(index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content: spaceTags(html) }).then((r) => r.errors));
            pages += 1;
            if (inFlight.length >= IN_FLIGHT) problems.push(...(await inFlight.shift()!));
          }
          for (const errors of await Promise.all(inFlight)) problems.push(...errors);
          if (pages === 0) throw new Error('Pagefind : aucune page indexée (aucune page ne porte data-pagefind-body)');
          if (problems.length > 0) throw new Error(`Pagefind : ${problems.join(' ; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
          for (const f of readdirSync(outputPath)) if (UNUSED.test(f)) rmSync(join(outputPath, f));
          const kb = Math.round(directorySize(outputPath) / 1024);
          const languages = indexLanguages(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
          logger.info(`${pages} pages indexées (${languages}) en ${Date.now() - started} ms ; index ${kb} Ko dans ${outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
