// A site indexed in parts and merged (scripts/search-index.ts, lib/search/pagefind-merge) gets the
// index a single Pagefind run writes: the built site is indexed again here in parts of 40 pages
// (every language split, up to 9 parts) and both bundles are decoded and compared page by page,
// by URL — words with their variants and every location, filters, sorts, fragments, entry.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexSearch } from '../../scripts/search-index';
import { readPagefindFile, unwrapPagefindFile } from '../../src/lib/search/cbor';
import { decodeFilter, decodeMeta, decodeWords, type PagefindMeta, type Posting } from '../../src/lib/search/pagefind-merge';
import { DIST, requireDist } from '../helpers/site';

interface Decoded {
  entry: { languages: Record<string, { hash: string; page_count: number; wasm?: string | null }> };
  /** Per language: everything the search reads, with pages named by URL. */
  languages: Map<string, Canonical>;
  files: string[];
}

interface Canonical {
  urls: string[];
  fragments: Map<string, string>;
  wordCounts: Map<string, number>;
  words: Map<string, unknown>;
  filters: Map<string, Map<string, string[]>>;
  sorts: Map<string, string[]>;
  metaKeys: string[];
  /** Each chunk's `[from, to]`: where a search looks for a word. */
  chunks: [string, string][];
}

const read = (file: string) => readPagefindFile(readFileSync(file), file);

function decodeBundle(folder: string): Decoded {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as Decoded['entry'];
  const languages = new Map<string, Canonical>();
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = join(folder, `pagefind.${hash}.pf_meta`);
    const meta: PagefindMeta = decodeMeta(read(metaFile), metaFile);
    const fragments = new Map<string, string>();
    const wordCounts = new Map<string, number>();
    const urls = meta.pages.map(([fragment, wordCount]) => {
      const file = join(folder, 'fragment', `${fragment}.pf_fragment`);
      const json = unwrapPagefindFile(readFileSync(file), file).toString('utf8');
      const url = (JSON.parse(json) as { url: string }).url;
      fragments.set(url, json);
      wordCounts.set(url, wordCount);
      return url;
    });
    const byUrl = (postings: Posting[]) => {
      let page = 0;
      return postings.map(([delta, locations, metaLocations]) => [urls[(page += delta)], locations, metaLocations]);
    };
    const words = new Map<string, unknown>();
    for (const [, , chunk] of meta.chunks) {
      const file = join(folder, 'index', `${chunk}.pf_index`);
      for (const [word, postings, variants] of decodeWords(read(file), file)) {
        expect(words.has(word), `${word} dans deux morceaux`).toBe(false);
        words.set(word, [byUrl(postings), variants.map(([v, list]) => [v, byUrl(list)])]);
      }
    }
    const filters = new Map<string, Map<string, string[]>>();
    for (const [name, file] of meta.filters) {
      const path = join(folder, 'filter', `${file}.pf_filter`);
      const [, values] = decodeFilter(read(path), path);
      filters.set(name, new Map(values.map(([value, pages]) => [value, pages.map((p) => urls[p]).sort()])));
    }
    const sorts = new Map(meta.sorts.map(([key, pages]) => [key, pages.map((p) => urls[p])]));
    languages.set(language, { urls, fragments, wordCounts, words, filters, sorts, metaKeys: [...meta.metaKeys].sort(), chunks: meta.chunks.map(([from, to]) => [from, to]) });
  }
  const files = readdirSync(folder).filter((f) => !f.endsWith('.pf_meta') && f !== 'pagefind-entry.json' && !['fragment', 'index', 'filter'].includes(f));
  return { entry, languages, files: files.sort() };
}

let single: Decoded;
let merged: Decoded;
let scratch: string;

beforeAll(async () => {
  requireDist();
  scratch = mkdtempSync(join(tmpdir(), 'search-shards-'));
  await indexSearch(DIST, { shardPages: 40, outputPath: join(scratch, 'pagefind') });
  single = decodeBundle(join(DIST, 'pagefind'));
  merged = decodeBundle(join(scratch, 'pagefind'));
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a search index built in parts', () => {
  test('has the languages, page counts and scripts of a single run', () => {
    // The same entry but for the metadata file's name (a hash of its bytes).
    const withoutHash = (e: Decoded['entry']) => Object.fromEntries(Object.entries(e.languages).map(([l, { hash: _, ...rest }]) => [l, rest]));
    expect(withoutHash(merged.entry)).toEqual(withoutHash(single.entry));
    expect(merged.files).toEqual(single.files);
    // Every language of the bundled site has more than 40 pages: each was really merged.
    for (const { page_count } of Object.values(single.entry.languages)) expect(page_count).toBeGreaterThan(40);
  });

  for (const part of ['urls', 'fragments', 'wordCounts', 'words', 'filters', 'sorts', 'metaKeys'] as const) {
    test(`has the ${part} of a single run`, () => {
      for (const [language, one] of single.languages) {
        const other = merged.languages.get(language)!;
        expect(other, language).toBeDefined();
        if (part === 'urls') expect(new Set(other.urls)).toEqual(new Set(one.urls));
        else expect(other[part]).toEqual(one[part]);
      }
    });
  }

  test('cuts its words into the chunks of a single run', () => {
    for (const [language, one] of single.languages) expect(merged.languages.get(language)!.chunks, language).toEqual(one.chunks);
  });
});
