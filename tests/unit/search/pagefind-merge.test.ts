import { describe, expect, it } from 'vitest';
import {
  checkMergeable,
  chunkRanges,
  chunkWords,
  compareUtf8,
  decodeMeta,
  decodeWords,
  mergeFilters,
  mergeMetaKeys,
  mergeSorts,
  mergeWords,
  type Word,
} from '../../../src/lib/search/pagefind-merge';

describe('compareUtf8', () => {
  it('orders as UTF-8 bytes (code points), not as JavaScript strings', () => {
    // U+FFFD is after « 😀 » (U+1F600) for JavaScript, before it in UTF-8.
    expect('😀' < '\ufffd').toBe(true);
    expect(compareUtf8('😀', '\ufffd')).toBeGreaterThan(0);
    expect(compareUtf8('a', 'ab')).toBeLessThan(0);
    expect(compareUtf8('velo', 'vélo')).toBeLessThan(0);
    expect(compareUtf8('é', 'é')).toBe(0);
    expect(['b', 'é', 'a', '😀', 'z'].sort(compareUtf8)).toEqual(['a', 'b', 'z', 'é', '😀']);
  });
});

describe('mergeWords', () => {
  // Shard 0 has pages 0–2, shard 1 pages 0–1 (3–4 merged). Page numbers are stored as differences.
  const shard0: Word[] = [
    ['arbre', [[0, [-25, 3], []], [2, [5], [-2, 0]]], []],
    ['velo', [[1, [7], []]], [['vélo', [[1, [7], []]]]]],
  ];
  const shard1: Word[] = [
    ['abri', [[1, [2], [-1, 4]]], []],
    ['velo', [[0, [1], []], [1, [9], []]], [['vélos', [[1, [9], []]]], ['vélo', [[0, [1], []]]]]],
  ];

  it('interleaves words in byte order and joins the postings of a word found in both', () => {
    const merged = [...mergeWords([shard0, shard1], [0, 3], [['axis', 'title'], ['title']], ['axis', 'title'])];
    expect(merged.map(([w]) => w)).toEqual(['abri', 'arbre', 'velo']);
    // abri: shard 1's page 1 is page 4; its meta marker « title » (-1 in a shard whose keys are [title]) is -2.
    expect(merged[0]).toEqual(['abri', [[4, [2], [-2, 4]]], []]);
    // velo: page 1, then pages 3 and 4, stored as differences 1, 2, 1.
    expect(merged[2][1]).toEqual([
      [1, [7], []],
      [2, [1], []],
      [1, [9], []],
    ]);
    // Variants merged by word, in the order first met: vélo (pages 1 and 3), vélos (page 4).
    expect(merged[2][2]).toEqual([
      ['vélo', [[1, [7], []], [2, [1], []]]],
      ['vélos', [[4, [9], []]]],
    ]);
  });

  it('refuses a shard whose words are out of order, or a meta field it cannot place', () => {
    const unordered: Word[] = [shard0[1], shard0[0]];
    expect(() => [...mergeWords([unordered], [0], [[]], [])]).toThrow(/désordre/);
    expect(() => [...mergeWords([shard1], [0], [['title']], ['axis'])]).toThrow(/title/);
    expect(() => [...mergeWords([[['a', [[0, [], [-3]]], []]]], [0], [['title']], ['title'])]).toThrow(/champ de métadonnées 2/);
  });
});

describe('chunkWords and chunkRanges', () => {
  const word = (w: string, locations: number): Word => [w, [[0, Array.from({ length: locations }, (_, i) => i), []]], []];

  it('closes a chunk once its words weigh the limit (postings, locations, variants)', () => {
    const words = [word('a', 4), word('b', 4), word('c', 9), word('d', 1)];
    expect([...chunkWords(words, 10)].map((c) => c.map(([w]) => w))).toEqual([['a', 'b'], ['c'], ['d']]);
    const withVariant: Word = ['e', [[0, [1], [-1, 0]]], [['é', [[0, [1, 2], []]]]]];
    // 1 posting + 1 location + 2 meta locations, then 1 variant + 1 posting + 2 locations: 8.
    expect([...chunkWords([withVariant, word('f', 0)], 8)].map((c) => c.length)).toEqual([1, 1]);
  });

  it('shortens adjacent boundaries to the prefixes that tell them apart', () => {
    expect(
      chunkRanges([
        { first: 'apple', last: 'apple', hash: 'h1' },
        { first: 'apricot', last: 'cathartic', hash: 'h2' },
        { first: 'cathedral', last: 'yacht', hash: 'h3' },
      ]),
    ).toEqual([
      ['apple', 'app', 'h1'],
      ['apr', 'catha', 'h2'],
      ['cathe', 'yacht', 'h3'],
    ]);
    expect(chunkRanges([{ first: 'œuvre', last: 'œuvrer', hash: 'h' }])).toEqual([['œuvre', 'œuvrer', 'h']]);
  });
});

describe('mergeFilters, mergeSorts, mergeMetaKeys', () => {
  it('joins the pages of each filter value, shifted to the merged numbers', () => {
    const merged = mergeFilters(
      [[['status', [['En cours', [0, 2]], ['Réalisé', [1]]]]], [['status', [['En cours', [1]]]], ['plan', [['Dijon', [0, 1]]]]]],
      [0, 3],
    );
    expect(merged).toEqual([
      ['status', [['En cours', [0, 2, 4]], ['Réalisé', [1]]]],
      ['plan', [['Dijon', [3, 4]]]],
    ]);
  });

  it('merges sorted permutations by value, equal values by page number', () => {
    const values = ['b', 'a', 'c', 'a', 'b'];
    const merged = mergeSorts([[['title', [1, 0, 2]]], [['title', [0, 1]]]], [0, 3], (page) => values[page]);
    expect(merged).toEqual([['title', [1, 3, 0, 4, 2]]]);
    expect(() => mergeSorts([[['title', [0]]], [['title', [0]]]], [0, 1], () => undefined)).toThrow(/sans valeur/);
  });

  it('lists meta keys once, in byte order', () => {
    expect(mergeMetaKeys([['title', 'axis'], ['titleLang', 'axis', 'kind']])).toEqual(['axis', 'kind', 'title', 'titleLang']);
  });
});

describe('decoding', () => {
  it('names the file and what is unexpected when the format is not Pagefind 1.6', () => {
    expect(() => decodeMeta(['1.6.0', []], 'pagefind.fr_1.pf_meta')).toThrow(/pagefind.fr_1.pf_meta : métadonnées de 6 éléments/);
    expect(() => decodeWords([[['a', [[0, [], []]]]]], 'index/fr_2.pf_index')).toThrow(/index\/fr_2.pf_index : mot/);
    expect(decodeWords([[['a', [[0, [1], []]], []]]], 'ok')).toEqual([['a', [[0, [1], []]], []]]);
  });
});

describe('checkMergeable', () => {
  it('accepts the Pagefind version the merge was checked on, and refuses another one saying what to do', () => {
    expect(() => checkMergeable('1.6.0')).not.toThrow();
    expect(() => checkMergeable('1.7.0')).toThrow(/Pagefind 1.7.0 .*search-shards.test.ts.*MERGEABLE_VERSIONS/);
  });
});
