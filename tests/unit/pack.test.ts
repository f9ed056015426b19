import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../src/lib/pack';

describe('pack / unpack', () => {
  it('gives back an equal value, keys in order, undefined kept, new objects each time', () => {
    const value = { b: [1, 'deux', { c: undefined, d: null }], a: 'été', n: 1.5, t: true };
    const bytes = pack(value);
    const again = unpack<typeof value>(bytes);
    expect(again).toStrictEqual(value);
    expect(Object.keys(again)).toEqual(['b', 'a', 'n', 't']);
    expect('c' in (again.b[2] as object)).toBe(true);
    expect(unpack(bytes)).not.toBe(again);
  });

  it('holds its own bytes only, not the 16 KiB zlib works in', () => {
    const bytes = pack([{ id: 'a1' }]);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
    expect(unpack(bytes)).toEqual([{ id: 'a1' }]);
  });

  it('is smaller than the serialised value for repetitive rows (deflated)', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ plan: 'p0001', id: `a${i}`, statut: 'en_cours', titre: 'Rénover les écoles' }));
    expect(pack(rows).length).toBeLessThan(JSON.stringify(rows).length / 5);
  });
});
