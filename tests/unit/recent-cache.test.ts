import { expect, test } from 'vitest';
import { RecentCache } from '../../src/lib/recent-cache';

test('keeps the values of the last keys used, making a forgotten one again', () => {
  const made: string[] = [];
  const cache = new RecentCache<string, { key: string }>(2);
  const get = (key: string) => cache.get(key, () => (made.push(key), { key }));
  const a = get('a');
  get('b');
  expect(get('a')).toBe(a); // used again: now the most recent
  get('c'); // forgets b, the least recent
  expect(get('a')).toBe(a);
  get('b');
  expect(made).toEqual(['a', 'b', 'c', 'b']);
});
