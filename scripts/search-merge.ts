/**
 * The files side of merging Pagefind bundles (see lib/search/pagefind-merge for the format and
 * the rules): reads the bundles each Pagefind run wrote for a part of one language's pages and
 * writes one bundle, word chunk by word chunk, so that memory stays about one chunk per part.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleEntry } from '../src/lib/search/bundle';
import { CborWriter, readPagefindFile, unwrapPagefindFile, writePagefindFile, type CborValue } from '../src/lib/search/cbor';
import {
  checkMergeable,
  chunkRanges,
  chunkWords,
  decodeFilter,
  decodeMeta,
  decodeWords,
  encodeMeta,
  encodeWords,
  mergeFilters,
  mergeMetaKeys,
  mergeSorts,
  mergeWords,
  type PagefindMeta,
  type Word,
} from '../src/lib/search/pagefind-merge';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A file name for `bytes` in `folder` (`<language>_<hash>.<extension>`), longer when taken by other bytes. */
function freeName(folder: string, language: string, bytes: Buffer, extension: string, length = 7): string {
  const hex = sha256(bytes);
  for (let n = length; n <= hex.length; n++) {
    const name = `${language}_${hex.slice(0, n)}`;
    const path = join(folder, `${name}.${extension}`);
    if (!existsSync(path) || readFileSync(path).equals(bytes)) return name;
  }
  throw new Error(`Pagefind : deux fichiers ${extension} de même empreinte dans ${folder}`);
}

function writeCbor(folder: string, language: string, value: CborValue, extension: string, length?: number): string {
  const bytes = writePagefindFile(new CborWriter().write(value).bytes());
  mkdirSync(folder, { recursive: true });
  const name = freeName(folder, language, bytes, extension, length);
  writeFileSync(join(folder, `${name}.${extension}`), bytes);
  return name;
}

interface Shard {
  folder: string;
  entry: BundleEntry;
  language: string;
  meta: PagefindMeta;
}

function readShard(folder: string): Shard {
  const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as BundleEntry;
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`Pagefind : une langue attendue dans ${folder}, trouvé ${languages.join(', ')}`);
  const metaFile = join(folder, `pagefind.${entry.languages[languages[0]].hash}.pf_meta`);
  return { folder, entry, language: languages[0], meta: decodeMeta(readPagefindFile(readFileSync(metaFile), metaFile), metaFile) };
}

/** One shard's words, chunk after chunk, as they are stored (sorted). */
function* shardWords(shard: Shard): Generator<Word> {
  for (const [, , hash] of shard.meta.chunks) {
    const file = join(shard.folder, 'index', `${hash}.pf_index`);
    yield* decodeWords(readPagefindFile(readFileSync(file), file), file);
  }
}

/**
 * Merges the bundles of one language's shards (each one Pagefind run over a part of its pages, in
 * order) into `outputPath`: one index, as a single run over all the pages would have written it.
 * `sortValues` maps each page's URL to its sort values (sortValuesOf), to merge the sorts.
 */
export function mergeShards(folders: string[], outputPath: string, sortValues: Map<string, Record<string, string>>): void {
  const shards = folders.map(readShard);
  const language = shards[0].language;
  if (shards.some((s) => s.language !== language || s.meta.version !== shards[0].meta.version))
    throw new Error(`Pagefind : morceaux d'index de langues ou de versions différentes (${folders.join(', ')})`);
  checkMergeable(shards[0].meta.version);
  const offsets: number[] = [];
  let total = 0;
  for (const shard of shards) offsets.push(total), (total += shard.meta.pages.length);

  // Pages: fragments moved, renamed when two shards wrote different fragments under one name.
  const fragments = join(outputPath, 'fragment');
  mkdirSync(fragments, { recursive: true });
  const values: Record<string, string>[] = [];
  const pages = shards.flatMap((shard) =>
    shard.meta.pages.map(([hash, ...rest]) => {
      const bytes = readFileSync(join(shard.folder, 'fragment', `${hash}.pf_fragment`));
      const { url } = JSON.parse(unwrapPagefindFile(bytes, hash).toString('utf8')) as { url: string };
      const pageValues = sortValues.get(url);
      if (!pageValues) throw new Error(`Pagefind : page indexée inconnue ${url}`);
      values.push(pageValues);
      const taken = join(fragments, `${hash}.pf_fragment`);
      const name = !existsSync(taken) || readFileSync(taken).equals(bytes) ? hash : freeName(fragments, language, bytes, 'pf_fragment', 12);
      renameSync(join(shard.folder, 'fragment', `${hash}.pf_fragment`), join(fragments, `${name}.pf_fragment`));
      return [name, ...rest] as PagefindMeta['pages'][number];
    }),
  );

  // Words: merged in order and cut into chunks as they come, one chunk in memory per shard.
  const index = join(outputPath, 'index');
  const chunks: { first: string; last: string; hash: string }[] = [];
  const metaKeys = mergeMetaKeys(shards.map((s) => s.meta.metaKeys));
  const words = mergeWords(
    shards.map(shardWords),
    offsets,
    shards.map((s) => s.meta.metaKeys),
    metaKeys,
    language,
  );
  for (const chunk of chunkWords(words)) {
    chunks.push({ first: chunk[0][0], last: chunk.at(-1)![0], hash: writeCbor(index, language, encodeWords(chunk), 'pf_index') });
  }

  const filterFiles = shards.map((shard) =>
    shard.meta.filters.map(([, hash]) => {
      const file = join(shard.folder, 'filter', `${hash}.pf_filter`);
      return decodeFilter(readPagefindFile(readFileSync(file), file), file);
    }),
  );
  const filters = mergeFilters(filterFiles, offsets).map(
    ([name, list]) => [name, writeCbor(join(outputPath, 'filter'), language, [name, list], 'pf_filter')] as [string, string],
  );

  const meta: PagefindMeta = {
    version: shards[0].meta.version,
    pages,
    chunks: chunkRanges(chunks),
    filters,
    sorts: mergeSorts(
      shards.map((s) => s.meta.sorts),
      offsets,
      (page, key) => values[page]?.[key],
    ),
    metaKeys,
  };
  const metaBytes = writePagefindFile(new CborWriter().write(encodeMeta(meta)).bytes());
  const metaHash = `${language}_${sha256(metaBytes).slice(0, 10)}`;
  writeFileSync(join(outputPath, `pagefind.${metaHash}.pf_meta`), metaBytes);

  // The scripts and wasm every shard wrote alike, from the first; an entry for the whole.
  for (const file of readdirSync(shards[0].folder, { withFileTypes: true })) {
    if (file.isFile() && !file.name.endsWith('.pf_meta') && file.name !== 'pagefind-entry.json')
      copyFileSync(join(shards[0].folder, file.name), join(outputPath, file.name));
  }
  const entry: BundleEntry = {
    ...shards[0].entry,
    languages: { [language]: { ...shards[0].entry.languages[language], hash: metaHash, page_count: total } },
  };
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
}
