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
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export interface MetaParts {
  /** Size of the file as served, in bytes. */
  fileBytes: number;
  pages: { count: number; gzipBytes: number };
  chunks: { count: number; gzipBytes: number };
  /** Per sort key, the gzipped size of its permutation. */
  sorts: { key: string; gzipBytes: number }[];
}

/** A CBOR reader for what Pagefind writes: unsigned and negative integers, strings, arrays, maps. */
class Cbor {
  offset: number;
  constructor(
    private readonly buf: Buffer,
    offset: number,
  ) {
    this.offset = offset;
  }

  private head(): { major: number; value: number } {
    const initial = this.buf[this.offset++];
    const info = initial & 31;
    let value = info;
    if (info === 24) value = this.buf[this.offset++];
    else if (info === 25) (value = this.buf.readUInt16BE(this.offset)), (this.offset += 2);
    else if (info === 26) (value = this.buf.readUInt32BE(this.offset)), (this.offset += 4);
    else if (info === 27) (value = Number(this.buf.readBigUInt64BE(this.offset))), (this.offset += 8);
    else if (info > 27) throw new Error(`pf_meta : octet CBOR non pris en charge (${initial}) à ${this.offset - 1}`);
    return { major: initial >> 5, value };
  }

  /** The length of an array that starts here. */
  arrayLength(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`pf_meta : tableau attendu à ${this.offset}`);
    return value;
  }

  read(): unknown {
    const { major, value } = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 2 || major === 3) {
      const bytes = this.buf.subarray(this.offset, (this.offset += value));
      return major === 3 ? bytes.toString('utf8') : bytes;
    }
    if (major === 4) return Array.from({ length: value }, () => this.read());
    if (major === 5) return Object.fromEntries(Array.from({ length: value }, () => [this.read(), this.read()]));
    if (major === 7) return value;
    throw new Error(`pf_meta : type CBOR ${major} inattendu à ${this.offset}`);
  }
}

/** Splits a `.pf_meta` file into its parts, with their gzipped sizes. */
export function pagefindMetaParts(file: string): MetaParts {
  const served = readFileSync(file);
  const raw = gunzipSync(served);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file} : pas un fichier de métadonnées Pagefind`);
  const cbor = new Cbor(raw, SIGNATURE.length);
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
