import { describe, expect, it } from 'vitest';
import { spaceTags } from '../../../src/integrations/pagefind';

describe('spaceTags (the copy of a page given to Pagefind)', () => {
  it.each([
    ['<dt>Pilote</dt><dd>Service Environnement</dd>', '<dt>Pilote</dt> <dd>Service Environnement</dd> '],
    ['<h1><span class="code">36</span>Accompagner</h1>', '<h1><span class="code">36</span> Accompagner</h1> '],
    ['<p>vélo</p>', '<p>vélo</p> '],
    // Opening tags and void elements are left alone: "vél<b>o</b>" would not be split before "o".
    ['<p>a<br>b</p>', '<p>a<br>b</p> '],
  ])('%s', (html, expected) => {
    expect(spaceTags(html)).toBe(expected);
  });
});
