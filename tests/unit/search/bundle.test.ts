import { describe, expect, it } from 'vitest';
import { htmlLang, indexLanguages, mergeEntries, sortValuesOf, spaceTags, type BundleEntry } from '../../../src/lib/search/bundle';

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
    expect(indexLanguages(entry)).toBe('en 83, fr 325');
  });
});

describe('htmlLang (which index a built page goes to)', () => {
  it.each([
    ['<!DOCTYPE html><html lang="nl" data-x><head>', 'nl'],
    ['<!doctype html>\n<html class="a" lang="fr-BE">', 'fr-be'],
    ['<html>', undefined],
    ['<p>no html element</p>', undefined],
    // Only the html element's own attribute counts.
    ['<html><body><p lang="en">', undefined],
  ])('%s', (html, expected) => {
    expect(htmlLang(html)).toBe(expected);
  });
});

describe('mergeEntries (one bundle from one Pagefind run per language)', () => {
  const entry = (languages: BundleEntry['languages'], version = '1.6.0'): BundleEntry => ({ version, languages, include_characters: ['_'] });
  it('lists every language, sorted, and keeps the rest of the entry', () => {
    const merged = mergeEntries([
      entry({ nl: { hash: 'nl_1', wasm: 'nl', page_count: 125 } }),
      entry({ fr: { hash: 'fr_1', wasm: 'fr', page_count: 325 } }),
    ]);
    expect(merged).toEqual(entry({ fr: { hash: 'fr_1', wasm: 'fr', page_count: 325 }, nl: { hash: 'nl_1', wasm: 'nl', page_count: 125 } }));
    expect(Object.keys(merged.languages)).toEqual(['fr', 'nl']);
  });
  it('refuses bundles of different Pagefind versions, a language twice, or nothing', () => {
    expect(() => mergeEntries([entry({}, '1.6.0'), entry({}, '1.5.0')])).toThrow(/versions/);
    const fr = entry({ fr: { hash: 'fr_1', wasm: 'fr', page_count: 1 } });
    expect(() => mergeEntries([fr, fr])).toThrow(/fr indexed twice/);
    expect(() => mergeEntries([])).toThrow(/no bundle/);
  });
});

describe('sortValuesOf (merging the sorts of an index built in parts)', () => {
  it('reads the sort carriers SearchFields writes, attribute escapes decoded', () => {
    const html =
      '<div hidden><span data-pagefind-filter="plan[data-value]" data-value="Dijon"></span>' +
      '<span data-pagefind-sort="code[data-value]" data-value="0001 000001.000002"></span>' +
      '<span data-pagefind-sort="title[data-value]" data-value="l&#39;ecole &amp; la &quot;cantine&quot; &lt;bio&gt; &#x2014;"></span></div>';
    expect(sortValuesOf(html)).toEqual({ code: '0001 000001.000002', title: 'l\'ecole & la "cantine" <bio> —' });
    expect(sortValuesOf('<p>rien</p>')).toEqual({});
  });
});
