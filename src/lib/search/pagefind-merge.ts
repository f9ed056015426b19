/**
 * One Pagefind index from several, so that a large site is indexed in parts (shards) of a few
 * thousand pages, each by a Pagefind process of its own, and still published as one index: the
 * same files a single run over all the pages writes, decoded the same by Pagefind's search.
 *
 * Why: Pagefind holds about 70 kB per indexed page until it has written its bundle (1.2 GB for
 * the 12 000 pages of a 10 000-action plan, 12 GB for a portal of 180 000 pages; Pagefind issue
 * #842). Its own answer, `mergeIndex` in the browser, loads every index's metadata, script state
 * and chunks on each search and sorts merged results by score only; this keeps one index.
 *
 * The files (Pagefind 1.6; CBOR, see cbor.ts), as read from its output and checked by
 * tests/build/search-shards.test.ts against a single run:
 * - `pagefind.<lang>_<hash>.pf_meta`: `[version, pages, chunks, filters, sorts, meta keys]`, a page
 *   `[fragment hash, word count, …]`, a chunk `[from, to, file hash]`, a filter `[name, file hash]`,
 *   a sort `[key, page numbers in the sort's order]`.
 * - `index/<hash>.pf_index`: `[words]`, a word `[word, postings, variants]`, a variant (the same
 *   stem written with accents) `[word, postings]`, a posting `[page, locations, meta locations]`
 *   where `page` is the difference with the previous posting's page (the first: the page itself),
 *   and meta locations mark the meta field they are in with -(its index in the meta keys + 1).
 *   Words are in UTF-8 byte order, cut into chunks of about 20 000 locations (see wordSize).
 * - `filter/<hash>.pf_filter`: `[name, [[value, page numbers]…]]`.
 * Everything of a page but its number (its locations, fragment, word count) is copied as is.
 *
 * Pages keep their order: shard k's page p becomes page offset(k) + p, offset(k) being the
 * number of pages of the shards before it. A site indexed in shards of its page list, in that
 * order, thus gets the page numbers of a single run, and so the same sorts and tie-breaks.
 */
import type { CborValue } from './cbor';

export type Posting = [page: number, locations: CborValue[], metaLocations: CborValue[]];
export type Variant = [word: string, postings: Posting[]];
export type Word = [word: string, postings: Posting[], variants: Variant[]];
export type MetaPage = [hash: string, wordCount: number, ...rest: CborValue[]];
export type MetaChunk = [from: string, to: string, hash: string];
export type Filter = [name: string, values: [value: string, pages: number[]][]];
export type Sort = [key: string, pages: number[]];

export interface PagefindMeta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: [name: string, hash: string][];
  sorts: Sort[];
  metaKeys: string[];
}

/**
 * The Pagefind versions whose files this module was written against and checked on
 * (tests/build/search-shards.test.ts). Another version may store the same shapes with another
 * meaning: the merge refuses it rather than publish a wrong index. After an upgrade, run that test
 * and widen this.
 */
export const MERGEABLE_VERSIONS = /^1\.6\./u;

/** Throws, saying what to do, when `version` is not one the merge knows. */
export function checkMergeable(version: string): void {
  if (!MERGEABLE_VERSIONS.test(version))
    throw new Error(
      `Pagefind ${version} : la fusion d'index en parties (site de plus de 5 000 pages par langue) n'est vérifiée que pour Pagefind 1.6 ; ` +
        `lancer tests/build/search-shards.test.ts avec cette version, puis élargir MERGEABLE_VERSIONS (src/lib/search/pagefind-merge.ts)`,
    );
}

/** Weight (wordSize) after which Pagefind starts a new index chunk. */
export const CHUNK_LOCATIONS = 20_000;

const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is CborValue[] => Array.isArray(v);

function fail(name: string, what: string): never {
  throw new Error(`${name} : ${what} (format d'index Pagefind inattendu : la version de Pagefind a-t-elle changé ?)`);
}

/** A `.pf_meta` value as a PagefindMeta; throws naming the file when its shape is not 1.6's. */
export function decodeMeta(value: CborValue, name: string): PagefindMeta {
  if (!isArray(value) || value.length !== 6) fail(name, 'métadonnées de 6 éléments attendues');
  const [version, pages, chunks, filters, sorts, metaKeys] = value;
  if (!isString(version)) fail(name, 'version');
  if (!isArray(pages) || !pages.every((p) => isArray(p) && isString(p[0]) && typeof p[1] === 'number')) fail(name, 'pages');
  if (!isArray(chunks) || !chunks.every((c) => isArray(c) && c.length === 3 && c.every(isString))) fail(name, 'morceaux');
  if (!isArray(filters) || !filters.every((f) => isArray(f) && f.length === 2 && f.every(isString))) fail(name, 'filtres');
  if (!isArray(sorts) || !sorts.every((s) => isArray(s) && isString(s[0]) && isArray(s[1]))) fail(name, 'tris');
  if (!isArray(metaKeys) || !metaKeys.every(isString)) fail(name, 'clés de métadonnées');
  return {
    version,
    pages: pages as MetaPage[],
    chunks: chunks as MetaChunk[],
    filters: filters as [string, string][],
    sorts: sorts as Sort[],
    metaKeys: metaKeys as string[],
  };
}

export function encodeMeta(meta: PagefindMeta): CborValue {
  return [meta.version, meta.pages, meta.chunks, meta.filters, meta.sorts, meta.metaKeys];
}

function checkPostings(postings: unknown, name: string): Posting[] {
  if (!isArray(postings) || !postings.every((p) => isArray(p) && p.length === 3 && typeof p[0] === 'number' && isArray(p[1]) && isArray(p[2])))
    fail(name, 'occurrences');
  return postings as Posting[];
}

/** The words of a `.pf_index` value; throws naming the file when its shape is not 1.6's. */
export function decodeWords(value: CborValue, name: string): Word[] {
  if (!isArray(value) || value.length !== 1 || !isArray(value[0])) fail(name, 'liste de mots attendue');
  for (const word of value[0]) {
    if (!isArray(word) || word.length !== 3 || !isString(word[0]) || !isArray(word[2])) fail(name, 'mot');
    checkPostings(word[1], name);
    for (const variant of word[2]) {
      if (!isArray(variant) || variant.length !== 2 || !isString(variant[0])) fail(name, 'variante');
      checkPostings(variant[1], name);
    }
  }
  return value[0] as Word[];
}

export function encodeWords(words: Word[]): CborValue {
  return [words];
}

/** A `.pf_filter` value as a Filter; throws naming the file when its shape is not 1.6's. */
export function decodeFilter(value: CborValue, name: string): Filter {
  if (!isArray(value) || value.length !== 2 || !isString(value[0]) || !isArray(value[1])) fail(name, 'filtre');
  for (const entry of value[1]) {
    if (!isArray(entry) || entry.length !== 2 || !isString(entry[0]) || !isArray(entry[1]) || !entry[1].every((n) => typeof n === 'number'))
      fail(name, 'valeur de filtre');
  }
  return value as Filter;
}

/**
 * Compares strings in UTF-8 byte order (code point order), Pagefind's (Rust's) order of words and
 * sort values. JavaScript's `<` compares UTF-16 units, which puts characters beyond U+FFFF (written
 * with surrogates) before U+E000–U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Postings with absolute page numbers, shifted by `offset` (the file stores differences), and
 * their meta field markers renumbered by `keyIndex` (a shard's key index → the merged one).
 */
function absolute(postings: Posting[], offset: number, keyIndex: number[]): Posting[] {
  let page = 0;
  return postings.map(([delta, locations, meta]) => {
    page += delta;
    const renumbered = meta.map((v) => {
      if (typeof v !== 'number' || v >= 0) return v;
      const key = keyIndex[-v - 1];
      if (key === undefined) fail('index', `champ de métadonnées ${-v - 1} inconnu`);
      return -key - 1;
    });
    return [page + offset, locations, renumbered];
  });
}

/** Postings with absolute page numbers back to differences, as the file stores them. */
function relative(postings: Posting[]): Posting[] {
  let previous = 0;
  return postings.map(([page, locations, meta]) => {
    const delta = page - previous;
    previous = page;
    return [delta, locations, meta];
  });
}

/**
 * The words of several indexes as one sorted stream: each input is one shard's words in order
 * (its chunks one after the other), `offsets[k]` the number of the shard's first page and
 * `keys[k]` the shard's meta keys (`mergedKeys` those of the merged index, see mergeMetaKeys). A
 * word found in several shards gets their postings one shard after the other, and its variants
 * merged the same way, in the order they first appear.
 */
export function* mergeWords(
  shards: Iterable<Word>[],
  offsets: number[],
  keys: string[][],
  mergedKeys: string[],
  name = 'index',
): Generator<Word> {
  const keyIndex = keys.map((list) =>
    list.map((key) => {
      const i = mergedKeys.indexOf(key);
      if (i < 0) fail(name, `clé de métadonnées ${key} absente de l'index fusionné`);
      return i;
    }),
  );
  const iterators = shards.map((s) => s[Symbol.iterator]());
  const heads: (Word | undefined)[] = iterators.map((it) => it.next().value);
  const advance = (k: number) => {
    const previous = heads[k]![0];
    const next = iterators[k].next().value as Word | undefined;
    if (next && compareUtf8(previous, next[0]) >= 0) fail(name, `mots dans le désordre (« ${previous} » puis « ${next[0]} »)`);
    heads[k] = next;
  };
  for (;;) {
    let smallest: string | undefined;
    for (const head of heads) if (head && (smallest === undefined || compareUtf8(head[0], smallest) < 0)) smallest = head[0];
    if (smallest === undefined) return;
    const postings: Posting[] = [];
    const variants = new Map<string, Posting[]>();
    heads.forEach((head, k) => {
      if (!head || head[0] !== smallest) return;
      postings.push(...absolute(head[1], offsets[k], keyIndex[k]));
      for (const [variant, list] of head[2]) {
        const merged = variants.get(variant) ?? variants.set(variant, []).get(variant)!;
        merged.push(...absolute(list, offsets[k], keyIndex[k]));
      }
      advance(k);
    });
    yield [smallest, relative(postings), [...variants].map(([variant, list]) => [variant, relative(list)] as Variant)];
  }
}

/**
 * What a word weighs in its chunk, as Pagefind 1.6 counts (found from its output, checked by
 * tests/build/search-shards.test.ts): one per posting plus its locations and meta locations, for
 * the word and each variant, plus one per variant.
 */
function wordSize([, postings, variants]: Word): number {
  const weigh = (list: Posting[]) => list.reduce((n, [, locations, meta]) => n + locations.length + meta.length + 1, 0);
  return weigh(postings) + variants.reduce((n, [, list]) => n + 1 + weigh(list), 0);
}

/** Cuts a sorted stream of words into index chunks, each closed once it reaches `limit` locations. */
export function* chunkWords(words: Iterable<Word>, limit = CHUNK_LOCATIONS): Generator<Word[]> {
  let chunk: Word[] = [];
  let size = 0;
  for (const word of words) {
    chunk.push(word);
    size += wordSize(word);
    if (size >= limit) {
      yield chunk;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** The shortest prefixes that tell the last word of a chunk from the first of the next (Pagefind's rule). */
function boundaryPrefixes(last: string, next: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(next);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * The `[from, to, hash]` of each chunk, given its first and last word and the name of its file:
 * adjacent chunks' boundaries shortened to the prefixes that tell them apart, as Pagefind does.
 */
export function chunkRanges(chunks: { first: string; last: string; hash: string }[]): MetaChunk[] {
  const ranges: MetaChunk[] = chunks.map((c) => [c.first, c.last, c.hash]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = boundaryPrefixes(ranges[i][1], ranges[i + 1][0]);
    ranges[i][1] = to;
    ranges[i + 1][0] = from;
  }
  return ranges;
}

/** The filters of several indexes as one: each value's pages, one shard after the other. */
export function mergeFilters(shards: Filter[][], offsets: number[]): Filter[] {
  const byName = new Map<string, Map<string, number[]>>();
  shards.forEach((filters, k) => {
    for (const [name, values] of filters) {
      const merged = byName.get(name) ?? byName.set(name, new Map()).get(name)!;
      for (const [value, pages] of values) {
        const list = merged.get(value) ?? merged.set(value, []).get(value)!;
        for (const page of pages) list.push(page + offsets[k]);
      }
    }
  });
  return [...byName].map(([name, values]) => [name, [...values]]);
}

/**
 * The sorts of several indexes as one. Each shard's permutation is in its sort's order (values in
 * byte order, equal values by page number); `valueOf(page, key)` gives a page's value by its number
 * in the merged index, so the merge keeps that order across shards.
 */
export function mergeSorts(shards: Sort[][], offsets: number[], valueOf: (page: number, key: string) => string | undefined): Sort[] {
  const keys: string[] = [];
  for (const sorts of shards) for (const [key] of sorts) if (!keys.includes(key)) keys.push(key);
  return keys.map((key) => {
    const lists = shards.map((sorts, k) => (sorts.find(([name]) => name === key)?.[1] ?? []).map((p) => p + offsets[k]));
    const value = (page: number) => {
      const v = valueOf(page, key);
      if (v === undefined) throw new Error(`tri ${key} : page ${page} sans valeur`);
      return v;
    };
    const positions = lists.map(() => 0);
    const merged: number[] = [];
    for (;;) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        if (positions[k] >= lists[k].length) continue;
        if (best < 0) {
          best = k;
          continue;
        }
        const a = lists[k][positions[k]];
        const b = lists[best][positions[best]];
        const order = compareUtf8(value(a), value(b)) || a - b;
        if (order < 0) best = k;
      }
      if (best < 0) return [key, merged] as Sort;
      merged.push(lists[best][positions[best]++]);
    }
  });
}

/** The meta keys of several indexes: each once, in byte order (as Pagefind lists them). */
export function mergeMetaKeys(shards: string[][]): string[] {
  return [...new Set(shards.flat())].sort(compareUtf8);
}
