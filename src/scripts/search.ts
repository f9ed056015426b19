/**
 * <site-search>: full-text search over the Pagefind index (written at build time by
 * scripts/search-index.ts, after the build), with facets, through Pagefind's JS API (no Pagefind UI: its default UI
 * needs inline styles the CSP forbids).
 *
 * The query, the ticked facet values and the sort live in the URL (lib/search/url-state): the
 * page reads them on load, and each new search is a history entry. Pagefind's files are fetched
 * on the first search only, and its filter index (the facet counts, the largest part of the
 * index for a big plan: about 200 KB for 10 000 pages) only when the reader asks for the filters
 * or arrives with some ticked, so a first search stays light. Focus stays on the control the
 * reader used; the result count is announced through a polite live region; "more results" moves
 * focus to the first new result and records how many are shown in the URL (`page`, replacing the
 * history entry: back still goes to the previous search), so a reload or a copied link shows them
 * again. Only the results on screen download their fragment (lib/search/url-state `searchShown`).
 *
 * Languages: Pagefind writes one index per `<html lang>` of the indexed pages and this page's
 * Pagefind loads the index of its own `<html lang>` (`/nl/recherche/` searches the Dutch pages).
 * Words come from the catalogue in that language (scripts/ui-text); facet values stay in their
 * language-free form in the index and the URL (lib/search/facets) and show in the reader's words.
 */
import { STATUSES, STATUS_LABELS } from '../lib/normalise/status';
import { FACET_KEYS, FACETS, HAS_INDICATORS, NOT_GIVEN, PAGE_TYPES, facetValueLabel, statusOfValue, type FacetKey } from '../lib/search/facets';
import { uiText } from './ui-text';
import { emptyState, formatState, hasFilters, pagefindOptions, parseState, searchPageOf, searchShown, toggleFacet, SEARCH_BATCH, type ViewState } from '../lib/search/url-state';

/** The part of Pagefind's JS API (pagefind.js) this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Facets shown, in this order (all of them). */
const FACET_ORDER: readonly FacetKey[] = FACET_KEYS;

const { t, fmt, locale } = uiText();
const words = { search: t.search, statusNames: t.status.names };
const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/**
 * Pagefind's excerpt as nodes: its text and its <mark> elements, nothing else. The excerpt is
 * parsed in an inert document (DOMParser runs no script and loads nothing), then copied.
 */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  const walk = (node: Node, into: Node[] | Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = document.createTextNode(child.textContent ?? '');
        if (Array.isArray(into)) into.push(t);
        else into.appendChild(t);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if ((child as Element).tagName === 'MARK') {
          const mark = document.createElement('mark');
          walk(child, mark);
          if (Array.isArray(into)) into.push(mark);
          else into.appendChild(mark);
        } else walk(child, into);
      }
    }
  };
  walk(doc.body.firstChild ?? doc.body, out);
  return out;
}

/** Display order of a facet's values. */
function sortValues(key: FacetKey, values: string[]): string[] {
  const fixed: Partial<Record<FacetKey, string[]>> = {
    status: STATUSES.map((s) => STATUS_LABELS[s]),
    type: Object.values(PAGE_TYPES),
    indicators: [HAS_INDICATORS.yes, HAS_INDICATORS.no],
  };
  const order = fixed[key];
  if (order) return [...values].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  const label = (v: string) => facetValueLabel(key, v, words);
  return [...values].sort((a, b) => Number(a === NOT_GIVEN) - Number(b === NOT_GIVEN) || collator.compare(label(a), label(b)));
}

interface FacetUi {
  details: HTMLDetailsElement;
  summaryCount: HTMLElement;
  items: Map<string, { li: HTMLLIElement; input: HTMLInputElement; count: HTMLElement }>;
}

export class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private state: ViewState = emptyState();
  private facetUi = new Map<FacetKey, FacetUi>();
  private results: PagefindSearch['results'] = [];
  private drawn = 0;
  /** "More results" is fetching its batch. */
  private drawing = false;
  /** Increases with each search, so a slow answer never overwrites a newer one. */
  private generation = 0;
  private root = location.pathname;
  /** How this page names each plan facet value (recherche.astro's `data-plans`). */
  private planNames: Record<string, { name: string; lang?: string }> = {};
  /** The reader asked for the filters (or arrived with some): load Pagefind's filter index. */
  private facetsWanted = false;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    this.planNames = JSON.parse(this.dataset.plans ?? '{}') as SiteSearch['planNames'];
    this.$<HTMLElement>('[data-js-note]').hidden = true;
    this.$<HTMLElement>('[data-ui]').hidden = false;
    this.listen();
    this.state = parseState(location.search);
    history.replaceState({ search: true }, '', location.href);
    void this.run();
  }

  private $<T extends Element>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const url = `${this.dataset.bundle}pagefind.js`;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Result URLs are indexed from the site root; the site may live under a base path.
      // No web worker: it would download a second copy of Pagefind's code (42 KB) to save a few
      // milliseconds per search.
      await pf.options({ baseUrl: this.dataset.base, excerptLength: 24, noWorker: true });
      await pf.init();
      return pf;
    })();
    return this.pagefind;
  }

  private listen(): void {
    this.$<HTMLFormElement>('[data-query-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = this.$<HTMLInputElement>('#recherche-q').value;
      this.update({ ...this.state, q, page: 1 });
    });
    const filters = this.$<HTMLFormElement>('[data-filters]');
    filters.addEventListener('submit', (e) => e.preventDefault());
    filters.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      const key = FACET_KEYS.find((k) => FACETS[k].param === input.name);
      if (key) this.update(toggleFacet(this.state, key, input.value, input.checked));
    });
    this.$<HTMLButtonElement>('[data-reset]').addEventListener('click', () => {
      this.update({ ...this.state, facets: {}, page: 1 });
      this.$<HTMLInputElement>('#recherche-q').focus();
    });
    const sortChanged = () => {
      const key = this.$<HTMLSelectElement>('[data-sort]').value;
      const desc = this.$<HTMLSelectElement>('[data-order]').value === 'desc';
      this.update({ ...this.state, sort: key ? { key: key as NonNullable<ViewState['sort']>['key'], desc } : undefined, page: 1 });
    };
    this.$<HTMLSelectElement>('[data-sort]').addEventListener('change', sortChanged);
    this.$<HTMLSelectElement>('[data-order]').addEventListener('change', sortChanged);
    this.$<HTMLButtonElement>('[data-more]').addEventListener('click', () => void this.more());
    this.$<HTMLButtonElement>('[data-load-facets]').addEventListener('click', () => {
      this.facetsWanted = true;
      void this.run().then(() => {
        // The button is gone: focus goes to the first filter group, never to <body>.
        this.querySelector<HTMLElement>('details.facet summary')?.focus();
      });
    });
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      void this.run();
    });
  }

  private update(next: ViewState): void {
    const url = `${this.root}${formatState(next)}`;
    if (`${location.pathname}${location.search}` !== url) history.pushState({ search: true }, '', url);
    this.state = parseState(formatState(next));
    void this.run();
  }

  private syncControls(): void {
    this.$<HTMLInputElement>('#recherche-q').value = this.state.q;
    const header = document.getElementById('site-search') as HTMLInputElement | null;
    if (header) header.value = this.state.q;
    this.$<HTMLSelectElement>('[data-sort]').value = this.state.sort?.key ?? '';
    this.$<HTMLSelectElement>('[data-order]').value = this.state.sort?.desc ? 'desc' : '';
    for (const [key, ui] of this.facetUi) {
      const selected = new Set(this.state.facets[key] ?? []);
      for (const [value, item] of ui.items) item.input.checked = selected.has(value);
    }
  }

  private async run(): Promise<void> {
    const generation = ++this.generation;
    this.syncControls();
    const count = this.$<HTMLElement>('[data-count]');
    const list = this.$<HTMLOListElement>('[data-results]');
    const term = this.state.q || null;
    if (!term && !hasFilters(this.state)) {
      list.replaceChildren();
      this.$<HTMLButtonElement>('[data-more]').hidden = true;
      count.textContent = t.search.prompt;
      return;
    }
    count.textContent = t.search.searching;
    let pf: Pagefind;
    try {
      pf = await this.load();
    } catch {
      count.textContent = t.search.loadFailed;
      return;
    }
    if (hasFilters(this.state)) this.facetsWanted = true;
    // Pagefind counts filter values only once their index is loaded: filters() loads it (once).
    const all = this.facetsWanted ? await pf.filters() : undefined;
    if (generation !== this.generation) return;
    const main = await pf.search(term, pagefindOptions(this.state));
    if (!main || generation !== this.generation) return;
    if (all) {
      // Counts of a facet with ticked values come from the same search without that facet (OR within a facet).
      const counts: Partial<Record<FacetKey, Record<string, number>>> = {};
      for (const key of FACET_ORDER) {
        if (this.state.facets[key]?.length) {
          const other = await pf.search(term, pagefindOptions(this.state, key));
          counts[key] = other?.filters[key] ?? {};
        } else counts[key] = main.filters[key] ?? {};
      }
      if (generation !== this.generation) return;
      this.drawFacets(all, counts);
    }
    const offer = !all && main.results.length > 0;
    this.$<HTMLButtonElement>('[data-load-facets]').hidden = !offer;
    this.$<HTMLElement>('[data-load-help]').hidden = !offer;
    this.$<HTMLElement>('[data-facets-empty]').hidden = offer || this.facetUi.size > 0;

    this.results = main.results;
    this.drawn = 0;
    list.replaceChildren();
    await this.drawMore(generation, searchShown(this.state.page, main.results.length));
    if (generation !== this.generation) return;
    // A link may ask for more than there is (or than is drawn at once): the URL says what is shown.
    if (searchPageOf(this.drawn) !== this.state.page) this.recordShown();
    const n = main.results.length;
    const what = `${term ? t.search.forQuery(this.state.q) : ''}${hasFilters(this.state) ? t.search.withFilters : ''}`;
    count.textContent = n === 0 ? t.search.noResult(what) : t.search.count(n, fmt(n), what);
    this.dispatchEvent(new CustomEvent('search-done', { bubbles: true, detail: { count: n } }));
  }

  /** Draws the next `count` results (fetching their fragments); returns the first one's link. */
  private async drawMore(generation: number, count = SEARCH_BATCH): Promise<HTMLAnchorElement | undefined> {
    const batch = this.results.slice(this.drawn, this.drawn + count);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (generation !== this.generation) return undefined;
    const list = this.$<HTMLOListElement>('[data-results]');
    const items = data.map((d) => this.renderResult(d));
    list.append(...items);
    this.drawn += batch.length;
    const more = this.$<HTMLButtonElement>('[data-more]');
    const left = this.results.length - this.drawn;
    more.hidden = left <= 0;
    const next = Math.min(SEARCH_BATCH, left);
    more.textContent = t.search.more(next, fmt(next), left, fmt(left));
    return items[0]?.querySelector('a') ?? undefined;
  }

  private async more(): Promise<void> {
    // A second press while the fragments arrive would draw the same batch twice.
    if (this.drawing) return;
    this.drawing = true;
    const generation = this.generation;
    const first = await this.drawMore(generation).finally(() => (this.drawing = false));
    if (generation !== this.generation) return;
    this.recordShown();
    // The button may have just been hidden: focus moves to the first new result, never to <body>.
    first?.focus();
    const left = this.results.length - this.drawn;
    this.$<HTMLElement>('[data-count]').textContent = `${t.search.shown(fmt(this.drawn), fmt(this.results.length))}${left > 0 ? '' : t.search.allShown}`;
  }

  /** Puts the number of results shown into the URL, in place: back still goes to the previous search. */
  private recordShown(): void {
    this.state = { ...this.state, page: searchPageOf(this.drawn) };
    history.replaceState({ search: true }, '', `${this.root}${formatState(this.state)}`);
  }

  /** A plan facet value as this page names it, with its language when it is not the page's. */
  private planName(value: string): HTMLElement {
    const plan = this.planNames[value];
    return el('span', plan?.lang ? { lang: plan.lang } : {}, plan?.name ?? value);
  }

  private renderResult(d: PagefindResultData): HTMLLIElement {
    const meta = d.meta;
    // A plan text the plan does not translate is shown as written, marked with its language.
    const langOf = (code: string | undefined): Record<string, string> => (code ? { lang: code } : {});
    const title = el('h3', { class: 'search-result-title' }, el('a', { href: d.url, ...langOf(meta.titleLang) }, meta.title ?? d.url));
    const facts = el('p', { class: 'meta' });
    const add = (node: Node | string) => facts.append(el('span', {}, node));
    if (meta.kind) add(facetValueLabel('type', meta.kind, words));
    if (meta.plan) add(this.planName(meta.plan));
    if (meta.fictional) add(el('strong', {}, t.search.fictional));
    if (meta.axis) add(el('span', langOf(meta.axisLang), meta.axis));
    if (meta.status) {
      const id = statusOfValue(meta.status) ?? 'non_renseigne';
      const badge = el('span', { class: `status status-${id}` }, t.status.names[id]);
      add(meta.statusDerived ? el('span', {}, badge, el('span', { class: 'raw' }, ` (${t.search.derivedStatus})`)) : badge);
    }
    const excerpt = el('p', { class: 'search-excerpt' }, ...excerptNodes(d.excerpt));
    return el('li', { class: 'search-result' }, title, facts, excerpt);
  }

  /**
   * Builds the facet checkboxes on the first results, then only updates them: a checkbox is
   * never removed while it has focus, so ticking one never throws the keyboard user out.
   */
  private drawFacets(all: Record<string, Record<string, number>>, counts: Partial<Record<FacetKey, Record<string, number>>>): void {
    const container = this.$<HTMLElement>('[data-facets]');
    const active = document.activeElement;
    for (const key of FACET_ORDER) {
      const values = sortValues(key, Object.keys(all[key] ?? {}));
      let ui = this.facetUi.get(key);
      if (!ui) {
        if (values.length < 2) continue;
        const summaryCount = el('span', { class: 'facet-selected' });
        const list = el('ul', { class: 'facet-values' });
        const details = el(
          'details',
          { class: 'facet' },
          el('summary', {}, el('span', { id: `filtre-${key}-titre` }, t.search.facets[key]), summaryCount),
          el('fieldset', { 'aria-labelledby': `filtre-${key}-titre` }, list),
        );
        if (key === 'plan' || key === 'type' || key === 'status') details.open = true;
        ui = { details, summaryCount, items: new Map() };
        values.forEach((value, i) => {
          const id = `filtre-${key}-${i}`;
          const input = el('input', { type: 'checkbox', name: FACETS[key].param, value, id });
          const count = el('span', { class: 'facet-count' });
          const li = el('li', {}, el('label', { for: id }, input, ' ', el('span', { class: 'facet-label' }, key === 'plan' ? this.planName(value) : facetValueLabel(key, value, words)), ' ', count));
          list.append(li);
          ui!.items.set(value, { li, input, count });
        });
        container.append(details);
        this.facetUi.set(key, ui);
      }
      const selected = new Set(this.state.facets[key] ?? []);
      for (const [value, item] of ui.items) {
        const n = counts[key]?.[value] ?? 0;
        item.input.checked = selected.has(value);
        item.count.textContent = `(${fmt(n)})`;
        item.li.hidden = n === 0 && !selected.has(value) && item.input !== active;
      }
      ui.summaryCount.textContent = selected.size > 0 ? t.search.ticked(selected.size, fmt(selected.size)) : '';
      if (selected.size > 0) ui.details.open = true;
    }
    this.$<HTMLElement>('[data-facets-empty]').hidden = this.facetUi.size > 0;
    this.$<HTMLButtonElement>('[data-reset]').hidden = !hasFilters(this.state);
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
