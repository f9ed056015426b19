import { describe, expect, it } from 'vitest';
import { emptyState, formatState, hasFilters, pagefindOptions, parseState, sameState, searchPageOf, searchShown, toggleFacet, type ViewState } from '../../../src/lib/search/url-state';

const state = (over: Partial<ViewState>): ViewState => ({ ...emptyState(), ...over });

describe('parseState', () => {
  it.each<[string, string, Partial<ViewState>]>([
    ['empty', '', {}],
    ['a query, trimmed and with single spaces', '?q=++pistes+%20cyclables+', { q: 'pistes cyclables' }],
    ['accents in values', '?q=v%C3%A9lo&statut=R%C3%A9alis%C3%A9', { q: 'vélo', facets: { status: ['Réalisé'] } }],
    ['repeated values, sorted and deduplicated', 'statut=R%C3%A9alis%C3%A9&statut=En+cours&statut=En+cours', { facets: { status: ['En cours', 'Réalisé'] } }],
    ['every facet parameter', 'plan=Ville&type=Action&axe=A&statut=S&pilote=P&partenaire=Q&enjeu=Adaptation&indicateurs=Avec+indicateurs',
      { facets: { plan: ['Ville'], type: ['Action'], axis: ['A'], status: ['S'], pilot: ['P'], partner: ['Q'], issue: ['Adaptation'], indicators: ['Avec indicateurs'] } }],
    ['year bounds', 'debut_min=2020&debut_max=2022&fin_max=2030', { start: { min: 2020, max: 2022 }, end: { max: 2030 } }],
    ['year bounds the wrong way round are swapped', 'fin_min=2030&fin_max=2020', { end: { min: 2020, max: 2030 } }],
    ['years that are not years are dropped', 'debut_min=20x1&debut_max=99999&fin_min=1066', {}],
    ['budget', 'budget=inconnu', { budget: 'inconnu' }],
    ['an unknown budget word is dropped', 'budget=peut-etre', {}],
    ['sort, ascending', 'tri=fin', { sort: { key: 'fin', desc: false } }],
    ['sort, descending', 'tri=titre&ordre=desc', { sort: { key: 'titre', desc: true } }],
    ['an unknown sort key is dropped', 'tri=prix&ordre=desc', {}],
    ['page', 'page=3', { page: 3 }],
    ['pages that are not pages', 'page=-2', {}],
    ['page zero', 'page=0', {}],
    ['empty and blank values are dropped', 'statut=&statut=+++&pilote=', {}],
    ['unknown parameters are ignored', 'utm_source=x&foo=bar', {}],
  ])('%s', (_name, query, expected) => {
    expect(parseState(query)).toEqual(state(expected));
  });

  it('accepts URLSearchParams', () => {
    expect(parseState(new URLSearchParams('q=chauffage'))).toEqual(state({ q: 'chauffage' }));
  });

  it('bounds what a crafted URL can carry', () => {
    const many = Array.from({ length: 500 }, (_, i) => `pilote=p${i}`).join('&');
    expect(parseState(many).facets.pilot).toHaveLength(100);
    expect(parseState(`q=${'a'.repeat(5000)}`).q).toHaveLength(300);
  });
});

describe('formatState', () => {
  it.each<[string, Partial<ViewState>, string]>([
    ['the default view has no query string', {}, ''],
    ['query first, then facets in form order, values sorted', { q: 'vélo', facets: { status: ['Réalisé', 'En cours'], plan: ['Ville'] } }, '?q=v%C3%A9lo&plan=Ville&statut=En+cours&statut=R%C3%A9alis%C3%A9'],
    ['years, budget, sort and page', { start: { min: 2020 }, end: { max: 2030 }, budget: 'connu', sort: { key: 'debut', desc: true }, page: 2 }, '?debut_min=2020&fin_max=2030&budget=connu&tri=debut&ordre=desc&page=2'],
    ['page 1 is left out', { page: 1 }, ''],
    ['ascending sort has no ordre', { sort: { key: 'code', desc: false } }, '?tri=code'],
  ])('%s', (_name, s, expected) => {
    expect(formatState(state(s))).toBe(expected);
  });

  it.each([
    '?q=v%C3%A9lo&plan=Ville&statut=En+cours&statut=R%C3%A9alis%C3%A9',
    '?axe=Ville+%E2%80%94+Axe+1+%3A+Se+d%C3%A9placer&pilote=Service+%C3%A9ducation&partenaire=A%2C+B',
    '?debut_min=2020&debut_max=2022&fin_min=2024&budget=inconnu&tri=statut&ordre=desc&page=12',
  ])('a canonical query string parses and formats back to itself: %s', (query) => {
    expect(formatState(parseState(query))).toBe(query);
  });

  it('two click orders give the same URL', () => {
    const a = toggleFacet(toggleFacet(emptyState(), 'status', 'Réalisé', true), 'status', 'En cours', true);
    const b = toggleFacet(toggleFacet(emptyState(), 'status', 'En cours', true), 'status', 'Réalisé', true);
    expect(formatState(a)).toBe(formatState(b));
    expect(sameState(a, b)).toBe(true);
  });
});

describe('toggleFacet, hasFilters', () => {
  it('ticking a value goes back to page 1; unticking the last value removes the facet', () => {
    const on = toggleFacet(state({ page: 4 }), 'pilot', 'Service A', true);
    expect(on).toEqual(state({ facets: { pilot: ['Service A'] } }));
    expect(toggleFacet(on, 'pilot', 'Service A', false)).toEqual(emptyState());
  });

  it.each<[Partial<ViewState>, boolean]>([
    [{}, false],
    [{ q: 'vélo', sort: { key: 'code', desc: false }, page: 3 }, false],
    [{ facets: { plan: ['Ville'] } }, true],
    [{ start: { max: 2020 } }, true],
    [{ budget: 'connu' }, true],
  ])('hasFilters(%j) → %s', (s, expected) => {
    expect(hasFilters(state(s))).toBe(expected);
  });
});

describe('pagefindOptions', () => {
  const s = state({ facets: { plan: ['Ville'], status: ['En cours', 'Réalisé'] }, sort: { key: 'titre', desc: true } });
  it('OR within a facet, AND across facets, and the sort key of the index', () => {
    expect(pagefindOptions(s)).toEqual({ filters: { plan: { any: ['Ville'] }, status: { any: ['En cours', 'Réalisé'] } }, sort: { title: 'desc' } });
  });
  it('leaves one facet out to count its values', () => {
    expect(pagefindOptions(s, 'status').filters).toEqual({ plan: { any: ['Ville'] } });
  });
  it('no sort, or one the index lacks (status, dates: the explorer sorts by those), means relevance', () => {
    expect(pagefindOptions(emptyState())).toEqual({ filters: {} });
    expect(pagefindOptions(state({ sort: { key: 'fin', desc: true } }))).toEqual({ filters: {} });
    expect(pagefindOptions(state({ sort: { key: 'code', desc: false } })).sort).toEqual({ code: 'asc' });
  });
});

describe('searchShown and searchPageOf (the search page\'s "more results" in the URL)', () => {
  it.each<[string, number, number, number]>([
    ['page 1 shows the first batch', 1, 1934, 10],
    ['page 3 shows three batches', 3, 1934, 30],
    ['never more than the results', 3, 24, 24],
    ['no result', 2, 0, 0],
    ['a link asking for 500 pages draws at most 10 batches', 500, 1934, 100],
    ['a page below 1 is page 1', 0, 50, 10],
  ])('%s', (_name, page, total, expected) => {
    expect(searchShown(page, total)).toBe(expected);
  });

  it.each<[number, number]>([
    [0, 1],
    [10, 1],
    [20, 2],
    [24, 3],
    [100, 10],
  ])('%i results shown is page %i', (shown, page) => {
    expect(searchPageOf(shown)).toBe(page);
  });

  it('a page written after "more results" draws the same results back', () => {
    for (const total of [5, 10, 24, 95, 1934])
      for (let shown = Math.min(10, total); shown <= Math.min(total, 100); shown = Math.min(total, shown + 10)) {
        expect(searchShown(parseState(formatState(state({ q: 'x', page: searchPageOf(shown) }))).page, total)).toBe(shown);
        if (shown === Math.min(total, 100)) break;
      }
  });
});
