/**
 * The CBOR that Pagefind writes its index files in (RFC 8949), as far as those files use it:
 * unsigned and negative integers, text strings and arrays of definite length. Byte strings and
 * maps are read (never written: Pagefind 1.6 writes none). Everything else is refused, so that a
 * Pagefind that changed its format fails the build instead of yielding a wrong index.
 *
 * A Pagefind file is gzip of the signature `pagefind_dcd` followed by one CBOR value
 * (`readPagefindFile`, `writePagefindFile`), or by JSON for a page's fragment (`unwrapPagefindFile`).
 */
import { gunzipSync, gzipSync, constants } from 'node:zlib';

export type CborValue = number | string | Uint8Array | CborValue[] | { [key: string]: CborValue };

const SIGNATURE = 'pagefind_dcd';

/** Reads CBOR values one after the other from `bytes`, starting at `offset`. */
export class CborReader {
  offset: number;

  constructor(
    private readonly bytes: Buffer,
    offset = 0,
  ) {
    this.offset = offset;
  }

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  private head(): { major: number; value: number } {
    if (this.done) throw new Error(`CBOR : fin inattendue à ${this.offset}`);
    const initial = this.bytes[this.offset++];
    const info = initial & 31;
    let value = info;
    if (info === 24) value = this.bytes[this.offset++];
    else if (info === 25) (value = this.bytes.readUInt16BE(this.offset)), (this.offset += 2);
    else if (info === 26) (value = this.bytes.readUInt32BE(this.offset)), (this.offset += 4);
    else if (info === 27) (value = Number(this.bytes.readBigUInt64BE(this.offset))), (this.offset += 8);
    else if (info > 27) throw new Error(`CBOR : octet ${initial} non pris en charge à ${this.offset - 1} (longueur indéfinie ou réservée)`);
    return { major: initial >> 5, value };
  }

  /** The length of the array that starts here (then read its elements with `read`). */
  arrayLength(): number {
    const at = this.offset;
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`CBOR : tableau attendu à ${at}`);
    return value;
  }

  read(): CborValue {
    const at = this.offset;
    const { major, value } = this.head();
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
      case 3: {
        const bytes = this.bytes.subarray(this.offset, (this.offset += value));
        return major === 3 ? bytes.toString('utf8') : new Uint8Array(bytes);
      }
      case 4:
        return Array.from({ length: value }, () => this.read());
      case 5:
        return Object.fromEntries(Array.from({ length: value }, () => [String(this.read()), this.read()]));
      default:
        throw new Error(`CBOR : type majeur ${major} non pris en charge à ${at}`);
    }
  }
}

/** Writes integers, strings and arrays in their shortest CBOR form, as Pagefind (minicbor) does. */
export class CborWriter {
  private chunks: Buffer[] = [];
  private current = Buffer.allocUnsafe(64 * 1024);
  private used = 0;

  private reserve(n: number): void {
    if (this.used + n <= this.current.length) return;
    this.chunks.push(this.current.subarray(0, this.used));
    this.current = Buffer.allocUnsafe(Math.max(64 * 1024, n));
    this.used = 0;
  }

  private head(major: number, value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`CBOR : entier non représentable (${value})`);
    this.reserve(9);
    const m = major << 5;
    if (value < 24) this.current[this.used++] = m | value;
    else if (value < 0x100) (this.current[this.used++] = m | 24), (this.current[this.used++] = value);
    else if (value < 0x10000) (this.current[this.used++] = m | 25), this.current.writeUInt16BE(value, this.used), (this.used += 2);
    else if (value < 0x100000000) (this.current[this.used++] = m | 26), this.current.writeUInt32BE(value, this.used), (this.used += 4);
    else (this.current[this.used++] = m | 27), this.current.writeBigUInt64BE(BigInt(value), this.used), (this.used += 8);
  }

  /** Starts an array of `length` elements: write them next. */
  array(length: number): this {
    this.head(4, length);
    return this;
  }

  write(value: CborValue): this {
    if (typeof value === 'number') {
      if (!Number.isInteger(value)) throw new Error(`CBOR : nombre non entier (${value})`);
      if (value >= 0) this.head(0, value);
      else this.head(1, -1 - value);
    } else if (typeof value === 'string') {
      const bytes = Buffer.from(value, 'utf8');
      this.head(3, bytes.length);
      this.reserve(bytes.length);
      bytes.copy(this.current, this.used);
      this.used += bytes.length;
    } else if (Array.isArray(value)) {
      this.array(value.length);
      for (const v of value) this.write(v);
    } else {
      throw new Error('CBOR : seuls les entiers, les chaînes et les tableaux sont écrits');
    }
    return this;
  }

  bytes(): Buffer {
    return Buffer.concat([...this.chunks, this.current.subarray(0, this.used)]);
  }
}

/** What a Pagefind file holds after its signature (CBOR, or a fragment's JSON), from its served bytes. */
export function unwrapPagefindFile(served: Buffer, name = 'fichier Pagefind'): Buffer {
  const raw = gunzipSync(served);
  if (raw.subarray(0, SIGNATURE.length).toString('utf8') !== SIGNATURE) throw new Error(`${name} : signature ${SIGNATURE} absente`);
  return raw.subarray(SIGNATURE.length);
}

/** The CBOR value of a Pagefind file (`.pf_meta`, `.pf_index`, `.pf_filter`), from its served bytes. */
export function readPagefindFile(served: Buffer, name = 'fichier Pagefind'): CborValue {
  const raw = unwrapPagefindFile(served, name);
  const reader = new CborReader(raw);
  const value = reader.read();
  if (!reader.done) throw new Error(`${name} : ${raw.length - reader.offset} octets après la valeur CBOR`);
  return value;
}

/** The served bytes of a Pagefind file holding `cbor` (a CborWriter's bytes). */
export function writePagefindFile(cbor: Buffer): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'utf8'), cbor]), { level: constants.Z_BEST_COMPRESSION });
}
