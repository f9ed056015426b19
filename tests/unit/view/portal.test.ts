import { describe, expect, it } from 'vitest';
import { filterLabel, kindOf, labelSlug, letterOf, listedPlan, portalFacets, portalIsPaginated, portalPages, portalPath } from '../../../src/lib/view/portal';
import { messages } from '../../../src/lib/i18n';

const plan = (slug: string, territory: string, kind?: string) => ({ meta: { slug, territory, kind } });
/** n plans with territories cycling over A, B, É(cole), 3 and kinds over two spellings. */
const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    plan(`p${i + 1}`, ['Avallon', 'Besançon', 'École-Valentin', '3 Vallées'][i % 4], i % 3 === 2 ? undefined : ['PCAET', 'Plan climat régional'][i % 3]),
  );

describe('portal pages', () => {
  it.each([
    [1, false],
    [50, false],
    [51, true],
  ])('%i plans: paginated %s', (n, paginated) => {
    expect(portalIsPaginated(n)).toBe(paginated);
    expect(portalPages(many(n)).length > 0).toBe(paginated);
  });

  it('a site with few plans has no list page: the portal lists them all', () => {
    expect(portalPages(many(3))).toEqual([]);
  });

  it('lists every plan once in all plans, once by kind and once by letter', () => {
    const plans = many(130);
    const pages = portalPages(plans, 50);
    const all = pages.filter((p) => !p.filter);
    expect(all.map((p) => p.path)).toEqual(['', 'plans/2/', 'plans/3/']);
    expect(all.map((p) => p.rest)).toEqual([undefined, '2', '3']);
    expect(all.flatMap((p) => p.plans)).toEqual(plans);
    for (const by of ['kind', 'letter'] as const) {
      const listed = pages.filter((p) => p.filter?.by === by).flatMap((p) => p.plans);
      expect(listed.map((p) => p.meta.slug).sort()).toEqual(plans.map((p) => p.meta.slug).sort());
    }
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('names kind and letter pages by slug, page 1 without a number', () => {
    const paths = portalPages(many(130), 50).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['plans/type/pcaet/', 'plans/type/plan-climat-regional/', 'plans/type/sans-type/', 'plans/lettre/a/', 'plans/lettre/e/', 'plans/lettre/autres/']),
    );
    expect(portalPath({ by: 'kind', slug: 'pcaet' }, 2)).toBe('plans/type/pcaet/2/');
    expect(portalPath(undefined, 1)).toBe('');
  });
});

describe('portal facets', () => {
  it('counts plans per kind and per initial, the catch-all lists last', () => {
    const { kinds, letters } = portalFacets(many(8));
    const words = messages('fr').site.lists;
    expect(kinds.map((k) => [filterLabel(k, words), k.count])).toEqual([
      ['PCAET', 3],
      ['Plan climat régional', 3],
      ['Type non précisé', 2],
    ]);
    expect(letters.map((l) => [filterLabel(l, words), l.count, l.path])).toEqual([
      ['A', 2, 'plans/lettre/a/'],
      ['B', 2, 'plans/lettre/b/'],
      ['E', 2, 'plans/lettre/e/'],
      ['Autres', 2, 'plans/lettre/autres/'],
    ]);
  });

  it('names the catch-all lists in the reader\'s language, a kind as the plan writes it', () => {
    const { kinds, letters } = portalFacets(many(8));
    const nl = messages('nl').site.lists;
    expect(kinds.map((k) => filterLabel(k, nl))).toEqual(['PCAET', 'Plan climat régional', 'Type niet opgegeven']);
    expect(letters.map((l) => filterLabel(l, nl)).at(-1)).toBe('Overige');
  });

  it.each([
    ['Plan climat régional', 'plan-climat-regional'],
    ['PCAET (volontaire)', 'pcaet-volontaire'],
    ['«»', 'autre'],
  ])('slug of %s is %s', (label, slug) => {
    expect(labelSlug(label)).toBe(slug);
  });

  it('a kind carries the language of the plan that writes it, for lang on other languages\' pages', () => {
    const fr = { meta: { slug: 'a', territory: 'A', kind: 'PCAET', languages: ['fr', 'nl'] } };
    const none = { meta: { slug: 'b', territory: 'B' } };
    const { kinds, letters } = portalFacets([fr, none]);
    expect(kinds.map((k) => [k.label, k.lang])).toEqual([['PCAET', 'fr'], [undefined, undefined]]);
    expect(letters.every((l) => l.lang === undefined)).toBe(true);
  });

  it('kinds spelt differently only in case or accents share one list', () => {
    expect(kindOf(plan('a', 'A', 'Plan régional')).slug).toBe(kindOf(plan('b', 'B', 'plan regional')).slug);
    expect(letterOf(plan('a', ' Évry')).slug).toBe('e');
  });
});

describe('a plan in a list', () => {
  const meta = {
    title: 'Plan climat de Bruxelles',
    shortTitle: 'Bruxelles',
    translations: { nl: { title: 'Klimaatplan van Brussel' } },
    languages: ['fr', 'nl'] as ('fr' | 'nl' | 'en')[],
  };

  it('is named by its translated title in a language it is published in', () => {
    expect(listedPlan(meta, 'nl')).toEqual({ title: { text: 'Klimaatplan van Brussel', lang: 'nl', translated: true } });
  });

  it('keeps its original title, marked with its language, where it gives no translation', () => {
    expect(listedPlan(meta, 'nl', 'shortTitle')).toEqual({ title: { text: 'Bruxelles', lang: 'fr', translated: false } });
  });

  it('says which language it opens in when it is not published in the reader\'s', () => {
    expect(listedPlan(meta, 'en')).toEqual({ title: { text: 'Plan climat de Bruxelles', lang: 'fr', translated: true }, elsewhere: 'fr' });
  });
});
