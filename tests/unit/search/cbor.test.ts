import { describe, expect, it } from 'vitest';
import { CborReader, CborWriter, readPagefindFile, writePagefindFile, type CborValue } from '../../../src/lib/search/cbor';

const roundTrip = (value: CborValue) => new CborReader(new CborWriter().write(value).bytes()).read();

describe('CBOR for Pagefind files', () => {
  it('writes integers in their shortest form and reads them back', () => {
    for (const n of [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, -1, -24, -25, -169, -65537]) expect(roundTrip(n)).toBe(n);
    expect([...new CborWriter().write(23).bytes()]).toEqual([23]);
    expect([...new CborWriter().write(24).bytes()]).toEqual([24, 24]);
    expect([...new CborWriter().write(-25).bytes()]).toEqual([0x38, 24]);
    expect([...new CborWriter().write(256).bytes()]).toEqual([25, 1, 0]);
  });

  it('reads back strings in UTF-8 and nested arrays', () => {
    const value: CborValue = ['végétalisation', ['œuvr', [1, [-25, 3, 7], []]], '😀', ''];
    expect(roundTrip(value)).toEqual(value);
    // A string's length is its UTF-8 bytes: « é » is two.
    expect([...new CborWriter().write('é').bytes()]).toEqual([0x62, 0xc3, 0xa9]);
  });

  it('writes large values across its buffer', () => {
    const long = 'x'.repeat(200_000);
    const list = Array.from({ length: 50_000 }, (_, i) => i);
    expect(roundTrip([long, list])).toEqual([long, list]);
  });

  it('refuses what Pagefind never writes, instead of writing it wrong', () => {
    expect(() => new CborWriter().write(1.5)).toThrow(/non entier/);
    expect(() => new CborWriter().write({ a: 1 })).toThrow(/seuls/);
    // An array of indefinite length (0x9f) is refused by the reader.
    expect(() => new CborReader(Buffer.from([0x9f, 0x01, 0xff])).read()).toThrow(/longueur indéfinie/);
  });

  it('wraps a value as a Pagefind file: gzip of the signature and the CBOR', () => {
    const file = writePagefindFile(new CborWriter().write(['1.6.0', [1, 2]]).bytes());
    expect(readPagefindFile(file)).toEqual(['1.6.0', [1, 2]]);
    expect(() => readPagefindFile(writePagefindFile(Buffer.from([1])).subarray(0, 5), 'x.pf_meta')).toThrow();
  });

  it('names the file whose signature is missing or that has bytes after its value', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => readPagefindFile(gzipSync(Buffer.from('nothing')), 'a.pf_index')).toThrow(/a.pf_index : signature/);
    expect(() => readPagefindFile(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([1, 2])])), 'b.pf_meta')).toThrow(/b.pf_meta : 1 octets/);
  });
});
