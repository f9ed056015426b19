/**
 * A small, deterministic ZIP writer (PKZIP 2.0: deflate or store, UTF-8 names, no ZIP64), for the
 * download of every data file and for the XLSX workbooks.
 *
 * Why not a package: the archives are a few megabytes built once per build; node:zlib does the
 * compression, and what is left is ~80 lines of headers. Owning them is what makes the output
 * byte-for-byte reproducible: every entry gets the same fixed date (the content's last-update day,
 * never the clock), no extra fields, no platform attributes, entries in the order given.
 * The deflated bytes depend on zlib's version, so "reproducible" means same Node version.
 */
import { constants as zlibConstants, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  path: string;
  /**
   * The entry's content, or a function that makes it when the entry is written: an archive of
   * large files then holds one of them at a time (see zipChunks). The function may give the
   * content in chunks: it is then deflated as the chunks come and never held whole (a thousand
   * plans' sheet of indicator values is hundreds of megabytes of XML).
   */
  data: string | Uint8Array | (() => string | Uint8Array | Iterable<string | Uint8Array>);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as ZIP stores it; `previous` is the CRC of the bytes before `data`. */
export function crc32(data: Uint8Array, previous = 0): number {
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date of a YYYY-MM-DD day (midnight); 1980-01-01 when absent or before 1980. */
function dosDate(day?: string): { time: number; date: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  const [y, mo, d] = m && Number(m[1]) >= 1980 ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1980, 1, 1];
  return { time: 0, date: ((y - 1980) << 9) | (mo << 5) | d };
}

const encoder = new TextEncoder();

/**
 * zlib's default level. Level 9 took three to six times as long on the exported tables for files
 * 3 to 8 % smaller (measured on a 200-plan portal's all-plans CSV and JSON): the ZIP of a
 * thousand plans' files and their workbooks was a minute of the build.
 */
const DEFLATE_LEVEL = 6;

interface EntryBody {
  body: Uint8Array[];
  /** 8 deflate, 0 stored. */
  method: number;
  crc: number;
  rawLength: number;
}

/** A whole entry: deflated, or stored when deflating does not make it smaller. */
function whole(data: string | Uint8Array): EntryBody {
  const raw = typeof data === 'string' ? encoder.encode(data) : data;
  const deflated = deflateRawSync(raw, { level: DEFLATE_LEVEL });
  const store = deflated.length >= raw.length;
  return { body: [store ? raw : deflated], method: store ? 0 : 8, crc: crc32(raw), rawLength: raw.length };
}

/** Bytes deflated at a time in an entry given in chunks. */
const DEFLATE_PART = 1 << 20;

/**
 * The empty final block that ends an entry given in chunks: the same two bytes for every entry,
 * made once and copied out of zlib's 16 KiB output buffer (which a view on it would keep alive).
 */
const FINAL_BLOCK = Uint8Array.from(deflateRawSync(new Uint8Array(0), { level: DEFLATE_LEVEL }));

/**
 * An entry given in chunks, always deflated: each megabyte on its own, ended by a sync flush
 * (an empty stored block, byte-aligned), then one empty final block, which together make one
 * valid deflate stream (as pigz writes them). Only the deflated bytes are kept (the header
 * before them needs their size); each part loses the previous one's 32 KB window, nothing more.
 */
function inChunks(chunks: Iterable<string | Uint8Array>): EntryBody {
  const body: Uint8Array[] = [];
  let crc = 0;
  let rawLength = 0;
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  const deflatePending = () => {
    const raw = Buffer.concat(pending);
    crc = crc32(raw, crc);
    rawLength += raw.length;
    body.push(deflateRawSync(raw, { level: DEFLATE_LEVEL, finishFlush: zlibConstants.Z_SYNC_FLUSH }));
    pending = [];
    pendingLength = 0;
  };
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    pending.push(bytes);
    pendingLength += bytes.length;
    if (pendingLength >= DEFLATE_PART) deflatePending();
  }
  if (pendingLength > 0) deflatePending();
  body.push(FINAL_BLOCK);
  return { body, method: 8, crc, rawLength };
}

/**
 * Builds a ZIP archive. Entries are deflated unless that does not make them smaller.
 * @param day YYYY-MM-DD stamped on every entry (use a content-derived date, never "now")
 */
export function zip(entries: ZipEntry[], day?: string): Uint8Array {
  const parts = [...zipChunks(entries, day)];
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The bytes of zip(entries, day), in order, one entry at a time: each entry's content is made
 * (when it is a function), compressed and given away before the next, and only the central
 * directory (46 bytes and the name per entry) is kept until the end.
 */
export function* zipChunks(entries: Iterable<ZipEntry>, day?: string): Generator<Uint8Array> {
  const { time, date } = dosDate(day);
  const centrals: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.path)) throw new Error(`zip : entrée en double ${entry.path}`);
    seen.add(entry.path);
    count += 1;
    const name = encoder.encode(entry.path);
    const data = typeof entry.data === 'function' ? entry.data() : entry.data;
    const { body, method, crc, rawLength } = typeof data === 'string' || data instanceof Uint8Array ? whole(data) : inChunks(data);
    const bodyLength = body.reduce((n, b) => n + b.length, 0);

    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true); // version needed: 2.0
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, method, true);
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, bodyLength, true);
    local.setUint32(22, rawLength, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    yield new Uint8Array(local.buffer);
    yield name;
    yield* body;

    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x0800, true);
    central.setUint16(10, method, true);
    central.setUint16(12, time, true);
    central.setUint16(14, date, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, bodyLength, true);
    central.setUint32(24, rawLength, true);
    central.setUint16(28, name.length, true);
    // extra, comment, disk, internal and external attributes: 0
    central.setUint32(42, offset, true);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + bodyLength;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, count, true);
  end.setUint16(10, count, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  yield* centrals;
  yield new Uint8Array(end.buffer);
}
