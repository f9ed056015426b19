import { describe, expect, it } from 'vitest';
import { dice, nearDuplicatePairs, wordSet } from '../../../src/lib/import/near-duplicates';

/** Every pair compared with every other: what the index must find, without the quadratic time. */
function bruteForce(items: { group: string; text: string }[], threshold: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (items[i].group === items[j].group && dice(wordSet(items[i].text), wordSet(items[j].text)) >= threshold) out.push([i, j]);
  return out;
}

describe('nearDuplicatePairs', () => {
  it.each([
    ['a typo between two copies', [{ group: 'a', text: 'Rénover les écoles primaires' }, { group: 'a', text: 'Rénover les écoles primaire' }, { group: 'a', text: 'Planter des haies' }]],
    ['same title under another parent is not a duplicate', [{ group: 'a', text: 'Planter des haies bocagères' }, { group: 'b', text: 'Planter des haies bocagères' }]],
    ['titles without a word of three letters', [{ group: 'a', text: 'A 1' }, { group: 'a', text: 'B 2' }, { group: 'b', text: 'C' }]],
    ['shared common words only', [{ group: 'a', text: 'Créer des pistes cyclables quartier nord' }, { group: 'a', text: 'Créer des pistes cyclables quartier sud' }, { group: 'a', text: 'Créer des bornes de recharge' }]],
  ])('%s: same pairs as comparing every title with every other', (_label, items) => {
    expect(nearDuplicatePairs(items, 0.75)).toEqual(bruteForce(items, 0.75));
  });

  it('finds the same pairs as the brute force on a thousand generated titles', () => {
    const vocab = ['rénover', 'écoles', 'pistes', 'haies', 'chaleur', 'solaire', 'bus', 'vélos', 'arbres', 'compost', 'eau', 'forêts'];
    let x = 7;
    const next = () => ((x = (x * 1103515245 + 12345) >>> 0), x);
    const items = Array.from({ length: 1000 }, () => ({ group: String(next() % 3), text: Array.from({ length: 2 + (next() % 4) }, () => vocab[next() % vocab.length]).join(' ') }));
    const pairs = nearDuplicatePairs(items, 0.75);
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs).toEqual(bruteForce(items, 0.75));
  });
});
