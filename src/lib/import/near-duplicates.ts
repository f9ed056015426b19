/**
 * Pairs of near-identical texts (two copies of a sheet with typos between them), found without
 * comparing every text with every other: a sheet of 40 000 actions would take 800 million
 * comparisons. Exact prefix filtering: with words ordered from rarest to most common, two word
 * sets whose Dice coefficient reaches `threshold` must share a word among the first few rare words
 * of each set, so only texts sharing one of those words are compared.
 */
import { labelKey } from '../normalise/status';

/** The words that count in a comparison: folded, three letters or more. */
export function wordSet(text: string): Set<string> {
  return new Set(labelKey(text).split(' ').filter((w) => w.length > 2));
}

/** Share of words two sets have in common (Dice coefficient), 0 to 1; two empty sets are equal. */
export function dice(A: Set<string>, B: Set<string>): number {
  if (A.size + B.size === 0) return 1;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  return (2 * common) / (A.size + B.size);
}

/**
 * Every pair `[i, j]` (i < j, in that order) of items in the same group whose texts reach
 * `threshold`, sorted by i then j.
 *
 * @param items the texts, each with the group it may be a duplicate in (its parent)
 */
export function nearDuplicatePairs(items: { group: string; text: string }[], threshold: number): [number, number][] {
  const sets = items.map((item) => wordSet(item.text));
  const frequency = new Map<string, number>();
  for (const set of sets) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  const emptyByGroup = new Map<string, number[]>();
  items.forEach((item, j) => {
    const set = sets[j];
    if (set.size === 0) {
      // Two texts without a word that counts are equal for Dice: compared with each other only.
      const earlier = emptyByGroup.get(item.group) ?? [];
      for (const i of earlier) pairs.push([i, j]);
      earlier.push(j);
      emptyByGroup.set(item.group, earlier);
      return;
    }
    const words = [...set].sort(rarestFirst);
    const minOverlap = Math.ceil((threshold * words.length) / (2 - threshold) - 1e-9);
    const prefix = words.slice(0, Math.max(1, words.length - minOverlap + 1));
    const candidates = new Set<number>();
    for (const w of prefix) {
      const key = `${item.group}\u0000${w}`;
      const seen = index.get(key);
      if (seen) for (const i of seen) candidates.add(i);
      if (seen) seen.push(j);
      else index.set(key, [j]);
    }
    for (const i of candidates) if (dice(sets[i], set) >= threshold) pairs.push([i, j]);
  });
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
