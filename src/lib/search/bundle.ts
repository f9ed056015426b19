/**
 * Pure helpers of the search-index step (scripts/search-index.ts): what Pagefind is given of a
 * page, and how the per-language bundles it writes become one.
 */
import { decodeEntities } from '../import/html';

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

/**
 * The `lang` of a built page's `<html>` element, as Pagefind reads it to choose the page's index;
 * undefined when the page has none. Only for the site's own output (Astro writes `<html lang="…"`
 * as the page's first element), never for content.
 */
export function htmlLang(html: string): string | undefined {
  const start = html.search(/<html[\s>]/iu);
  if (start < 0) return undefined;
  const tag = html.slice(start, html.indexOf('>', start) + 1);
  return /\slang=["']?([A-Za-z-]+)/u.exec(tag)?.[1]?.toLowerCase();
}

/** A sort carrier as lib/search/attributes writes it: `<span data-pagefind-sort="key[data-value]" data-value="…">`. */
const SORT_CARRIER = /<span data-pagefind-sort="([\w-]+)\[data-value\]" data-value="([^"]*)"/gu;

/**
 * The Pagefind sort values of a built page, by key, as Pagefind reads them: needed to merge the
 * sorts of indexes built in parts (lib/search/pagefind-merge). Only for the site's own output (the
 * carriers are written by components/SearchFields.astro), never for content.
 */
export function sortValuesOf(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  // Copied out of the page: a match is a slice that keeps the whole page in memory (V8), and the
  // values of every page of a site are kept until its index parts are merged.
  const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
  for (const [, key, value] of html.matchAll(SORT_CARRIER)) values[own(key)] = own(decodeEntities(value));
  return values;
}

/** What Pagefind's `pagefind-entry.json` says of the indexes of a bundle. */
export interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
  [key: string]: unknown;
}

/**
 * One entry file for bundles written separately for each language (one Pagefind run per language,
 * so that only one language's index is in memory at a time): the languages of all, the rest of
 * the first. The bundles must come from the same Pagefind version, since they share its scripts.
 */
export function mergeEntries(entries: BundleEntry[]): BundleEntry {
  if (entries.length === 0) throw new Error('mergeEntries: no bundle');
  const versions = new Set(entries.map((e) => e.version));
  if (versions.size > 1) throw new Error(`mergeEntries: bundles of different Pagefind versions (${[...versions].join(', ')})`);
  const languages: BundleEntry['languages'] = {};
  for (const entry of entries) {
    for (const [language, index] of Object.entries(entry.languages)) {
      if (language in languages) throw new Error(`mergeEntries: language ${language} indexed twice`);
      languages[language] = index;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => a.localeCompare(b)));
  return { ...entries[0], languages: sorted };
}

/** « fr 325, nl 125 » from an entry: the pages of each language's index. */
export function indexLanguages(entry: BundleEntry): string {
  return Object.entries(entry.languages)
    .map(([language, index]) => `${language} ${index.page_count ?? 0}`)
    .join(', ');
}
