import { describe, expect, it } from 'vitest';
import { indexLanguages, spaceTags } from '../../../src/integrations/pagefind';

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

describe('indexLanguages (the build log of the search index)', () => {
  it('names the pages of each language index Pagefind wrote', () => {
    const entry = { version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 83 }, fr: { hash: 'fr_1', wasm: 'fr', page_count: 325 } } };
    expect(indexLanguages(JSON.stringify(entry))).toBe('en 83, fr 325');
  });
});
