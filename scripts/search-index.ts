/**
 * The search index of a built site: Pagefind's Node API over the HTML `astro build` wrote (no CLI,
 * no download: the binary comes from the `pagefind` package). Run by scripts/build.ts once the
 * Astro process has exited, so that the two never hold their memory at the same time (at 10 000
 * actions, Astro's process ends at about 1.4 GB and Pagefind needs 1.1 GB for one language).
 *
 * - Only pages marked with `data-pagefind-body` are indexed (see lib/search/attributes for what
 *   and why). Pagefind reads them from memory, passed through `spaceTags`: Astro's HTML
 *   compression glues adjacent elements ("<dt>Pilote</dt><dd>Service…"), which Pagefind would
 *   read as one word.
 * - One index per language, as Pagefind does by `<html lang>` (the language of the URL, `/nl/…`),
 *   each with its language's stemming; the search page of a language loads its own. Each language
 *   is indexed by a Pagefind process of its own, one after the other, into a folder of its own;
 *   the folders are then joined into `<site>/pagefind/` with one entry file listing every
 *   language (`mergeEntries`). Peak memory is one language's, not the sum.
 * - A language of more than SHARD_PAGES pages is indexed in parts of at most that many pages, in
 *   their order, one Pagefind process each, then merged into one index (lib/search/pagefind-merge:
 *   the same index files a single run writes). Pagefind holds about 70 kB per page until it has
 *   written its files; in parts, its peak no longer grows with the site.
 * - The bundle is served at `<base>pagefind/`; result URLs are indexed from the site root and the
 *   search page prefixes them with the base path at run time (Pagefind's `baseUrl` option), so one
 *   index works under any BASE_PATH.
 * - Pagefind also writes its ready-made UIs; the site uses its JS API only (src/scripts/search.ts),
 *   so those files are deleted rather than published.
 * - Throws on an indexing error or when no page is indexed: a site whose search silently finds
 *   nothing is worse than a failed build.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { htmlLang, indexLanguages, mergeEntries, sortValuesOf, spaceTags, type BundleEntry } from '../src/lib/search/bundle';
import { mergeShards } from './search-merge';

/** Pages sent to Pagefind before waiting for the oldest: keeps its pipe busy, memory bounded. */
const IN_FLIGHT = 64;

/**
 * Most pages one Pagefind process indexes (see above): about 350 MB of Pagefind for 4 000 pages
 * of the 10 000-action bench plan. A language with fewer pages is indexed in one run, unmerged.
 */
export const SHARD_PAGES = 5000;

/** Files of the bundle Pagefind writes for its own UIs, unused here. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/u;

/** Total size in bytes of the files under a directory. */
export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync(path).size;
  }
  return total;
}

/** The indexed pages of a built site (paths relative to it, `/`-separated), grouped by `<html lang>`. */
function pagesByLanguage(site: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(site, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    // A page without lang goes to Pagefind's own « unknown » index, as it would have.
    const language = htmlLang(html) ?? 'unknown';
    const list = groups.get(language) ?? groups.set(language, []).get(language)!;
    list.push(file.split(sep).join('/'));
  }
  return groups;
}

/**
 * Indexes `pages` of one language with a fresh Pagefind process and writes its bundle into
 * `outputPath`. `onPage` sees each page's HTML as it is sent.
 */
async function indexPages(site: string, pages: string[], outputPath: string, onPage?: (page: string, html: string) => void): Promise<void> {
  // A fresh import per language: close() ends Pagefind's process, the next createIndex starts one.
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex();
    if (!index || errors.length > 0) throw new Error(`Pagefind : ${errors.join(' ; ') || 'index non créé'}`);
    const inFlight: Promise<string[]>[] = [];
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      onPage?.(page, html);
      const content = spaceTags(html);
      inFlight.push(index.addHTMLFile({ sourcePath: page, content }).then((r) => r.errors));
      if (inFlight.length >= IN_FLIGHT) problems.push(...(await inFlight.shift()!));
    }
    for (const errors of await Promise.all(inFlight)) problems.push(...errors);
    if (problems.length > 0) throw new Error(`Pagefind : ${problems.join(' ; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join(' ; ')}`);
  } finally {
    await close();
  }
}

/** Pagefind's URL of an indexed page (`exemple/actions/x/index.html` → `/exemple/actions/x/`). */
const pageUrl = (page: string) => `/${page.replace(/(^|\/)index\.html$/u, '$1')}`;

/**
 * Indexes `pages` of one language into `outputPath`: one Pagefind run when they are at most
 * `shardPages`, else one run per part of at most that many pages (in order), merged.
 */
async function indexLanguage(site: string, pages: string[], outputPath: string, shardPages: number): Promise<void> {
  if (pages.length <= shardPages) return indexPages(site, pages, outputPath);
  const parts = Math.ceil(pages.length / shardPages);
  const size = Math.ceil(pages.length / parts);
  const sortValues = new Map<string, Record<string, string>>();
  const folders: string[] = [];
  try {
    for (let k = 0; k < parts; k++) {
      const folder = `${outputPath}.part-${k}`;
      folders.push(folder);
      await indexPages(site, pages.slice(k * size, (k + 1) * size), folder, (page, html) => sortValues.set(pageUrl(page), sortValuesOf(html)));
    }
    mergeShards(folders, outputPath, sortValues);
  } finally {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

/** Moves every file of `from` into `to` (same relative paths), replacing files of the same name. */
function moveInto(from: string, to: string): void {
  for (const file of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    const source = join(from, file);
    if (statSync(source).isDirectory()) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    renameSync(source, join(to, file));
  }
}

export interface SearchIndexReport {
  pages: number;
  /** « fr 325, nl 125 »: the pages of each language's index. */
  languages: string;
  bytes: number;
  milliseconds: number;
  outputPath: string;
}

/**
 * Writes `<site>/pagefind/`, the search bundle of the built site in `site` (or `outputPath`).
 * `shardPages`: most pages per Pagefind run (SHARD_PAGES; tests set it low to merge small sites).
 */
export async function indexSearch(site: string, options: { shardPages?: number; outputPath?: string } = {}): Promise<SearchIndexReport> {
  const started = Date.now();
  const outputPath = options.outputPath ?? join(site, 'pagefind');
  const scratch = join(dirname(outputPath), `.${basename(outputPath)}-languages`);
  rmSync(outputPath, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  const groups = pagesByLanguage(site);
  const pages = [...groups.values()].reduce((n, list) => n + list.length, 0);
  if (pages === 0) throw new Error('Pagefind : aucune page indexée (aucune page ne porte data-pagefind-body)');
  try {
    const entries: BundleEntry[] = [];
    for (const [language, list] of groups) {
      const folder = join(scratch, language);
      await indexLanguage(site, list, folder, options.shardPages ?? SHARD_PAGES);
      entries.push(JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as BundleEntry);
      moveInto(folder, outputPath);
    }
    const entry = mergeEntries(entries);
    writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    for (const f of readdirSync(outputPath)) if (UNUSED.test(f)) rmSync(join(outputPath, f));
    return { pages, languages: indexLanguages(entry), bytes: directorySize(outputPath), milliseconds: Date.now() - started, outputPath };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
