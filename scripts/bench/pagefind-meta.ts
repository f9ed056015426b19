/**
 * What fills Pagefind's metadata file (`pagefind.<lang>_<hash>.pf_meta`), which every first search
 * downloads whole: for `npm run bench:search`, to tell the fixed part from what grows with the
 * number of pages (one entry per page, one permutation of every page per sort key).
 *
 * The file is gzip of `pagefind_dcd` followed by one CBOR array (Pagefind 1.6):
 * `[version, pages, index chunks, filter files, sorts, meta keys]`, a page being
 * `[hash, word count, …]` and a sort `[key, [page numbers in order]]`. Sizes are given gzipped
 * part by part (each part alone, so their sum is a little above the file's size).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CborReader as Cbor, unwrapPagefindFile } from '../../src/lib/search/cbor';


export interface MetaParts {
  /** Size of the file as served, in bytes. */
  fileBytes: number;
  pages: { count: number; gzipBytes: number };
  chunks: { count: number; gzipBytes: number };
  /** Per sort key, the gzipped size of its permutation. */
  sorts: { key: string; gzipBytes: number }[];
}

/** Splits a `.pf_meta` file into its parts, with their gzipped sizes. */
export function pagefindMetaParts(file: string): MetaParts {
  const served = readFileSync(file);
  const raw = unwrapPagefindFile(served, file);
  const cbor = new Cbor(raw);
  const length = cbor.arrayLength();
  const parts: { value: unknown; start: number; end: number }[] = [];
  for (let i = 0; i < length; i++) {
    const start = cbor.offset;
    parts.push({ value: cbor.read(), start, end: cbor.offset });
  }
  const gzipped = (start: number, end: number) => gzipSync(raw.subarray(start, end)).length;
  const [, pages, chunks, , sorts] = parts;
  if (!Array.isArray(pages?.value) || !Array.isArray(chunks?.value) || !Array.isArray(sorts?.value))
    throw new Error(`${file} : structure inattendue (Pagefind a-t-il changé de format ?)`);
  // Each sort again, element by element, for its own byte range.
  const sortReader = new Cbor(raw, sorts.start);
  const sortCount = sortReader.arrayLength();
  const sortParts = Array.from({ length: sortCount }, () => {
    const start = sortReader.offset;
    const [key] = sortReader.read() as [string, number[]];
    return { key, gzipBytes: gzipped(start, sortReader.offset) };
  });
  return {
    fileBytes: served.length,
    pages: { count: pages.value.length, gzipBytes: gzipped(pages.start, pages.end) },
    chunks: { count: chunks.value.length, gzipBytes: gzipped(chunks.start, chunks.end) },
    sorts: sortParts,
  };
}
