/**
 * <action-explorer>: filters, sorts and pages the server-rendered action table in the browser.
 *
 * Progressive enhancement: without JavaScript the element is a plain paginated table. With it, the
 * element downloads the explorer JSON (lib/search/explorer), builds the facet checkboxes, and
 * redraws one page of rows (never more than EXPLORER_PAGE_SIZE) at each change. The view lives in
 * the URL (lib/search/url-state): each change is a history entry, so back undoes it and a copied
 * link reproduces it. Controls are never rebuilt after the first draw, only updated, so keyboard
 * focus stays where it was.
 *
 * Words come from the catalogue in the page's language (scripts/ui-text); facet values keep their
 * language-free form in the URL and the checkboxes' values, and show in the reader's words.
 */
import { STATUSES } from '../lib/normalise/status';
import { pageWindow } from '../lib/pagination';
import { EXPLORER_PAGE_SIZE } from '../lib/urls';
import { FACETS, NOT_GIVEN, facetValueLabel, type FacetKey } from '../lib/search/facets';
import { emptyState, formatState, parseState, toggleFacet, SORT_KEYS, type ViewState } from '../lib/search/url-state';
import { uiText } from './ui-text';
import {
  EXPLORER_FACETS,
  col,
  createModel,
  orderOf,
  runQuery,
  type ExplorerData,
  type ExplorerFacet,
  type ExplorerModel,
  type ExplorerPlanView,
  type ExplorerRow,
  type QueryResult,
} from '../lib/search/explorer';

const { t, fmt } = uiText();
const words = { search: t.search, statusNames: t.status.names };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
const absent = () => el('span', { class: 'absent' }, t.explorer.notGiven);

interface FacetUi {
  details: HTMLDetailsElement;
  summaryCount: HTMLElement;
  items: Map<string, { li: HTMLLIElement; input: HTMLInputElement; count: HTMLElement; shown: number }>;
}

export class ActionExplorer extends HTMLElement {
  private model?: ExplorerModel;
  private state: ViewState = emptyState();
  private facetUi = new Map<ExplorerFacet, FacetUi>();
  private form!: HTMLFormElement;
  private initialPath = location.pathname;
  private ssrPage = 1;
  /** How this page names and links each plan of the data (components/Explorer.astro). */
  private plans: ExplorerPlanView[] = [];
  /** Duration of the last redraw in ms (read by the benchmark). */
  lastRenderMs = 0;

  connectedCallback(): void {
    if (this.model) return;
    this.ssrPage = Number(this.dataset.page) || 1;
    this.plans = JSON.parse(this.dataset.plans ?? '[]') as ExplorerPlanView[];
    void this.start();
  }

  private $<T extends Element>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private async start(): Promise<void> {
    const count = this.$<HTMLElement>('[data-count]');
    let data: ExplorerData;
    try {
      const response = await fetch(this.dataset.src!);
      if (!response.ok) throw new Error(String(response.status));
      data = (await response.json()) as ExplorerData;
    } catch {
      // The server-rendered table stays usable; only the filters are missing.
      count.textContent = `${count.textContent} ${t.explorer.loadFailed}`;
      return;
    }
    this.model = createModel(data);
    this.form = this.$<HTMLFormElement>('[data-filters]');
    this.buildFacets();
    this.$<HTMLElement>('[data-js-note]').hidden = true;
    this.form.hidden = false;
    this.$<HTMLElement>('[data-sort]').hidden = false;
    this.state = this.stateFromLocation();
    history.replaceState({ explorer: true }, '', location.href);
    this.syncControls();
    this.render();
    this.listen();
    this.warmSorts();
    this.dispatchEvent(new CustomEvent('explorer-ready', { bubbles: true }));
  }

  /**
   * Sorting 10 000 titles takes tens of milliseconds: each sort is computed ahead, one per idle
   * moment after the first draw, so that choosing a sort later costs no more than a filter.
   */
  private warmSorts(): void {
    const keys = [...SORT_KEYS];
    const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn) : setTimeout(fn, 50));
    const next = () => {
      const key = keys.shift();
      if (!key || !this.model) return;
      orderOf(this.model, { key, desc: false });
      idle(next);
    };
    idle(next);
  }

  private stateFromLocation(): ViewState {
    const params = new URLSearchParams(location.search);
    const state = parseState(params);
    // /explorer/3/ without a page parameter is page 3 of the default view, as the server drew it.
    if (!params.has('page') && location.pathname === this.initialPath) state.page = this.ssrPage;
    return state;
  }

  private urlOf(state: ViewState): string {
    return `${this.dataset.root}${formatState(state)}`;
  }

  private listen(): void {
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      const key = EXPLORER_FACETS.find((k) => FACETS[k].param === target.name);
      if (key && target.type === 'checkbox') this.update(toggleFacet(this.state, key, target.value, target.checked));
      else this.update({ ...this.readRanges(), page: 1 });
    });
    this.$<HTMLElement>('[data-sort]').addEventListener('change', () => {
      const key = this.$<HTMLSelectElement>('select[name="tri"]').value;
      const desc = this.$<HTMLSelectElement>('select[name="ordre"]').value === 'desc';
      this.update({ ...this.state, sort: key ? { key: key as NonNullable<ViewState['sort']>['key'], desc } : undefined, page: 1 });
    });
    this.$<HTMLButtonElement>('[data-reset]').addEventListener('click', () => {
      this.update({ ...emptyState(), sort: this.state.sort });
    });
    this.$<HTMLElement>('[data-pager]').addEventListener('click', (e) => {
      const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-page]');
      if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.update({ ...this.state, page: Number(link.dataset.page) });
      const table = this.$<HTMLElement>('[data-table]');
      table.focus({ preventScroll: true });
      table.scrollIntoView({ block: 'start' });
    });
    window.addEventListener('popstate', () => {
      this.state = this.stateFromLocation();
      this.syncControls();
      this.render();
    });
  }

  /** Year bounds and budget from the form (the facets are read from their own events). */
  private readRanges(): ViewState {
    const f = new FormData(this.form);
    const text = (name: string) => String(f.get(name) ?? '');
    const query = new URLSearchParams();
    for (const name of ['debut_min', 'debut_max', 'fin_min', 'fin_max', 'budget']) if (text(name)) query.set(name, text(name));
    const ranges = parseState(query);
    return { ...this.state, start: ranges.start, end: ranges.end, budget: ranges.budget };
  }

  private update(next: ViewState): void {
    const url = this.urlOf(next);
    this.state = parseState(formatState(next));
    if (`${location.pathname}${location.search}` !== url) history.pushState({ explorer: true }, '', url);
    this.syncControls();
    this.render();
  }

  private buildFacets(): void {
    const model = this.model!;
    const container = this.$<HTMLElement>('[data-facets]');
    const multi = this.dataset.multi === 'true';
    for (const key of EXPLORER_FACETS) {
      const values = model.dict[key];
      // A facet with one value filters nothing (the plan facet of a single plan's explorer).
      if (values.length < 2 || (key === 'plan' && !multi)) continue;
      const id = `facette-${key}`;
      const list = el('ul', { class: 'facet-values' });
      const items: FacetUi['items'] = new Map();
      model.display[key].forEach((v, i) => {
        const value = values[v];
        const input = el('input', { type: 'checkbox', name: FACETS[key].param, value, id: `${id}-${i}` });
        const count = el('span', { class: 'facet-count' });
        const li = el('li', {}, el('label', { for: `${id}-${i}` }, input, ' ', ...this.valueLabel(key, value, v), ' ', count));
        list.append(li);
        items.set(value, { li, input, count, shown: -1 });
      });
      const summaryCount = el('span', { class: 'facet-selected' });
      const details = el(
        'details',
        { class: 'facet' },
        el('summary', {}, el('span', { id: `${id}-titre` }, t.search.facets[key]), summaryCount),
        el('fieldset', { 'aria-labelledby': `${id}-titre` }, list),
      );
      if (key === 'status' || (key === 'plan' && multi)) details.open = true;
      container.append(details);
      this.facetUi.set(key, { details, summaryCount, items });
    }
  }

  /** What a facet value shows: the reader's words for it; a plan's name as the page names it. */
  private valueLabel(key: FacetKey, value: string, index: number): Node[] {
    const plan = key === 'plan' ? this.plans[index] : undefined;
    if (!plan) return [el('span', { class: 'facet-label' }, facetValueLabel(key, value, words))];
    const name = el('span', plan.lang ? { lang: plan.lang } : {}, plan.name);
    return [el('span', { class: 'facet-label' }, name, ...(plan.note ? [` ${plan.note}`] : []))];
  }

  /** Puts the state into the controls (after a popstate, a reset or a loaded link). */
  private syncControls(): void {
    for (const [key, ui] of this.facetUi) {
      const selected = new Set(this.state.facets[key] ?? []);
      for (const [value, item] of ui.items) item.input.checked = selected.has(value);
      if (selected.size > 0) ui.details.open = true;
    }
    const set = (name: string, v: number | undefined) => {
      this.$<HTMLInputElement>(`input[name="${name}"]`).value = v === undefined ? '' : String(v);
    };
    set('debut_min', this.state.start.min);
    set('debut_max', this.state.start.max);
    set('fin_min', this.state.end.min);
    set('fin_max', this.state.end.max);
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="budget"]')) radio.checked = radio.value === (this.state.budget ?? '');
    this.$<HTMLSelectElement>('select[name="tri"]').value = this.state.sort?.key ?? '';
    this.$<HTMLSelectElement>('select[name="ordre"]').value = this.state.sort?.desc ? 'desc' : '';
  }

  private render(): void {
    const t0 = performance.now();
    const model = this.model!;
    const result = runQuery(model, this.state);
    const pageCount = Math.max(1, Math.ceil(result.rows.length / EXPLORER_PAGE_SIZE));
    const page = Math.min(Math.max(1, this.state.page), pageCount);
    const from = (page - 1) * EXPLORER_PAGE_SIZE;
    const shown = result.rows.slice(from, from + EXPLORER_PAGE_SIZE);

    const rows = this.$<HTMLTableSectionElement>('[data-rows]');
    const multi = this.dataset.multi === 'true';
    rows.replaceChildren(...shown.map((i) => this.renderRow(model.data.rows[i], multi)));
    this.updateFacets(result);
    this.renderPager(page, pageCount);

    const total = model.data.rows.length;
    const n = result.rows.length;
    const range = n > EXPLORER_PAGE_SIZE ? t.explorer.range(fmt(from + 1), fmt(from + shown.length)) : '';
    const filtered = n === total ? '' : t.explorer.ofTotal(fmt(total));
    const stale =
      result.unknown.length > 0 ? t.explorer.unknown(result.unknown.map((u) => t.explorer.unknownValue(t.search.facets[u.key], u.value)).join(', ')) : '';
    this.$<HTMLElement>('[data-count]').textContent =
      n === 0 ? `${t.explorer.none(filtered)}${stale}` : `${t.explorer.count(n, fmt(n))}${filtered}${range}.${stale}`;
    this.lastRenderMs = performance.now() - t0;
    this.dispatchEvent(new CustomEvent('explorer-render', { bubbles: true, detail: { ms: this.lastRenderMs, count: n } }));
  }

  /** One table row; keep in step with components/ExplorerRows.astro. */
  private renderRow(r: ExplorerRow, multi: boolean): HTMLTableRowElement {
    const data = this.model!.data;
    const plan = data.plans[r[col.plan]];
    const view = this.plans[r[col.plan]];
    const textLang: Record<string, string> = view?.textLang ? { lang: view.textLang } : {};
    const link = el('a', { href: `${view?.root ?? '/'}${plan.slug}/actions/${r[col.id]}/` }, r[col.title]);
    const pilots = r[col.pilot].map((i) => data.values.pilot[i]).filter((p) => p !== NOT_GIVEN);
    const status = STATUSES[r[col.status]];
    const planCell = () => {
      const name = el('span', view?.lang ? { lang: view.lang } : {}, view?.name ?? plan.title);
      return el('td', {}, name, ...(view?.note ? [el('span', { class: 'plan-elsewhere' }, ` ${view.note}`)] : []));
    };
    const cells: HTMLElement[] = [
      el('td', { class: 'nowrap' }, r[col.code]),
      el('th', { scope: 'row', ...(r[col.titleLang] ? { lang: r[col.titleLang] } : {}) }, link),
      ...(multi ? [planCell()] : []),
      el(
        'td',
        {},
        el('span', { class: `status status-${status}` }, t.status.names[status]),
        ...(r[col.statusDerived] === 1 ? [el('span', { class: 'raw' }, ` (${t.search.derivedStatus})`)] : []),
      ),
      el('td', pilots.length > 0 ? textLang : {}, pilots.length > 0 ? pilots.join(' ; ') : absent()),
      el('td', {}, r[col.startText] || absent()),
      el('td', {}, r[col.endText] || absent()),
      el('td', {}, r[col.budgetText] || absent()),
    ];
    return el('tr', {}, ...cells);
  }

  private updateFacets(result: QueryResult): void {
    const active = document.activeElement;
    for (const [key, ui] of this.facetUi) {
      let selected = 0;
      for (const c of result.counts[key]) {
        const item = ui.items.get(c.value);
        if (!item) continue;
        if (c.selected) selected += 1;
        if (item.shown !== c.count) {
          item.count.textContent = `(${fmt(c.count)})`;
          item.shown = c.count;
        }
        // Values that would empty the list are hidden, except ticked ones and the focused one.
        const hide = c.count === 0 && !c.selected && item.input !== active;
        if (item.li.hidden !== hide) item.li.hidden = hide;
      }
      ui.summaryCount.textContent = selected > 0 ? t.search.ticked(selected, fmt(selected)) : '';
    }
  }

  private renderPager(page: number, pageCount: number): void {
    const pager = this.$<HTMLElement>('[data-pager]');
    if (pageCount <= 1) {
      pager.replaceChildren();
      return;
    }
    const link = (n: number, label: (string | Node)[], rel?: string) => {
      const a = el('a', { href: this.urlOf({ ...this.state, page: n }), 'data-page': String(n) }, ...label);
      if (rel) a.rel = rel;
      return a;
    };
    const hidden = (s: string) => el('span', { class: 'visually-hidden' }, s);
    const items: HTMLLIElement[] = [];
    const words = t.explorer.pagination;
    if (page > 1) items.push(el('li', {}, link(page - 1, [words.previous], 'prev')));
    for (const n of pageWindow(page, pageCount)) {
      if (n === null) items.push(el('li', { 'aria-hidden': 'true' }, '…'));
      else if (n === page) items.push(el('li', {}, el('span', { 'aria-current': 'page' }, hidden(words.page), String(n))));
      else items.push(el('li', {}, link(n, [hidden(words.page), String(n)])));
    }
    if (page < pageCount) items.push(el('li', {}, link(page + 1, [words.next], 'next')));
    pager.replaceChildren(el('nav', { class: 'pagination', 'aria-label': words.label }, el('ul', {}, ...items)));
  }
}

if (!customElements.get('action-explorer')) customElements.define('action-explorer', ActionExplorer);
