// Every chart of the built site (dist/, base /plan-climat/): a <figure class="chart"> with a
// caption, an SVG with an accessible name, its data table, and a CSV link to a file that holds
// exactly the table's values (both parsed: French numbers and dates in the table, plain ones in
// the CSV). Run after `npm run test:build`.
import { messages, type UiLanguage } from '../../src/lib/i18n';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { listFiles, tokenize, type Token } from '../helpers/html';
import { BASE, DIST, requireDist } from '../helpers/site';

interface Node {
  name: string;
  attrs: Map<string, string>;
  children: (Node | string)[];
}

/** A minimal element tree over the shared tokenizer (our pages are well-formed). */
function toTree(tokens: Token[]): Node {
  const root: Node = { name: '#root', attrs: new Map(), children: [] };
  const stack: Node[] = [root];
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  for (const t of tokens) {
    const top = stack[stack.length - 1];
    if (t.type === 'start') {
      const node: Node = { name: t.name, attrs: t.attrs, children: [] };
      top.children.push(node);
      if (!t.selfClosing && !VOID.has(t.name)) stack.push(node);
    } else if (t.type === 'end') {
      const at = stack.map((n) => n.name).lastIndexOf(t.name);
      if (at > 0) stack.length = at;
    } else if (t.rawOf !== 'script' && t.rawOf !== 'style') {
      top.children.push(t.text);
    }
  }
  return root;
}

const all = (node: Node, pred: (n: Node) => boolean, out: Node[] = []): Node[] => {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (pred(c)) out.push(c);
    all(c, pred, out);
  }
  return out;
};
const first = (node: Node, pred: (n: Node) => boolean) => all(node, pred)[0];
const text = (node: Node): string =>
  node.children
    .map((c) => (typeof c === 'string' ? c : text(c)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const hasClass = (n: Node, cls: string) => (n.attrs.get('class') ?? '').split(/\s+/).includes(cls);

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A French date as the tables write it ("1er janvier 2020", "21 juin 2019") → ISO, or undefined. */
function frenchDate(s: string): string | undefined {
  const m = /^(\d{1,2})(?:er)? (\p{L}+) (\d{4})$/u.exec(s);
  if (!m || !MONTHS.includes(m[2])) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

/** A French number as the tables write it ("1 234,5", "44,4 %", "17 534 000 €", "-4") → number. */
function frenchNumber(s: string): number | undefined {
  const t = s.replace(/[\u202f\u00a0 ]/g, '').replace(/[€%]$/u, '').replace(',', '.').replace('−', '-');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Compares one table cell with its CSV cell; returns a problem or undefined. */
function compareCell(shown: string, csv: string): string | undefined {
  if (csv === '') return shown === 'non renseigné' ? undefined : `vide dans le CSV, « ${shown} » dans le tableau`;
  if (NUMBER.test(csv)) {
    const n = frenchNumber(shown);
    return n === Number(csv) ? undefined : `${csv} dans le CSV, « ${shown} » dans le tableau`;
  }
  if (ISO_DAY.test(csv)) return frenchDate(shown) === csv ? undefined : `${csv} dans le CSV, « ${shown} » dans le tableau`;
  return csv.replace(/\s+/g, ' ').trim() === shown ? undefined : `« ${csv} » dans le CSV, « ${shown} » dans le tableau`;
}

interface Figure {
  page: string;
  /** The page's language: its first folder when it is one of the site's other languages. */
  language: UiLanguage;
  id: string;
  node: Node;
  tree: Node;
}

let figures: Figure[] = [];

beforeAll(() => {
  requireDist();
  for (const file of listFiles(DIST, ['.html'])) {
    const source = readFileSync(join(DIST, file), 'utf8');
    if (!source.includes('class="chart"')) continue;
    const tree = toTree(tokenize(source));
    for (const node of all(tree, (n) => n.name === 'figure' && hasClass(n, 'chart'))) {
      const first = file.split('/')[0];
      figures.push({ page: file, language: first === 'nl' || first === 'en' ? first : 'fr', id: node.attrs.get('id') ?? '?', node, tree });
    }
  }
});

/**
 * Runs `check` on every figure and fails listing every problem. `withCsv`: only charts that have
 * their own CSV file; a bilan's charts are drawn from the release's files, which the page lists
 * with their checksums (a CSV made at build time would not be part of the checksummed release).
 */
function everyFigure(check: (f: Figure) => string[], only?: UiLanguage, withCsv = false) {
  const checked = figures.filter((f) => (!only || f.language === only) && (!withCsv || !f.id.startsWith('graphique-bilan-')));
  expect(checked.length).toBeGreaterThan(0);
  const problems = checked.flatMap((f) => check(f).map((p) => `${f.page} #${f.id} : ${p}`));
  if (problems.length > 0) expect.fail(`${problems.length} problème(s) :\n  ${problems.slice(0, 50).join('\n  ')}`);
}

describe('charts in dist/', () => {
  test('are found on the plan homes, node pages and indicator pages', () => {
    const pages = new Set(figures.map((f) => f.page));
    expect([...pages].some((p) => /^[^/]+\/index\.html$/.test(p))).toBe(true);
    expect([...pages].some((p) => /\/indicateurs\/[^/]+\/index\.html$/.test(p))).toBe(true);
    expect([...pages].some((p) => p.split('/').length === 4 && !/\/(indicateurs|calendrier|actions)\//.test(p))).toBe(true);
  });

  test('each has a caption whose first sentence is its message', () => {
    everyFigure((f) => {
      const caption = first(f.node, (n) => n.name === 'figcaption');
      if (!caption) return ['pas de figcaption'];
      const strong = first(caption, (n) => n.name === 'strong');
      return strong && /[.!?]$/.test(text(strong)) && text(caption).startsWith(text(strong)) ? [] : ['la légende ne commence pas par une phrase (message) en gras'];
    });
  });

  test('each has an SVG with role="img" named by its <title>', () => {
    everyFigure((f) => {
      const svg = first(f.node, (n) => n.name === 'svg' && n.attrs.get('role') === 'img');
      if (!svg) return ['pas de <svg role="img">'];
      const ids = (svg.attrs.get('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      if (ids.length === 0) return ['svg sans aria-labelledby'];
      const names = ids.map((id) => first(f.tree, (n) => n.attrs.get('id') === id));
      if (names.some((n) => !n)) return [`aria-labelledby vers un id absent (${ids.join(' ')})`];
      const title = first(svg, (n) => n.name === 'title');
      const problems: string[] = [];
      if (!title || !text(title)) problems.push('svg sans <title>');
      if (names.map((n) => text(n!)).join(' ').trim() === '') problems.push('nom accessible vide');
      if (all(svg, (n) => n.attrs.has('style')).length > 0) problems.push('attribut style dans le SVG (interdit par la CSP)');
      return problems;
    });
  });

  test('each has its data table inside a <details> and a CSV link to an existing file', () => {
    everyFigure((f) => {
      const details = first(f.node, (n) => n.name === 'details');
      const problems: string[] = [];
      const words = messages(f.language).charts;
      if (!details || !first(details, (n) => n.name === 'summary' && text(n) === words.tableSummary)) problems.push(`pas de <details><summary>${words.tableSummary}</summary>`);
      if (!details || !first(details, (n) => n.name === 'table')) problems.push('pas de tableau de données');
      const link = first(f.node, (n) => n.name === 'a' && text(n) === words.downloadCsv);
      if (!link) return [...problems, `pas de lien « ${words.downloadCsv} »`];
      const href = link.attrs.get('href') ?? '';
      if (!href.startsWith(BASE) || !href.endsWith('.csv')) problems.push(`lien CSV inattendu : ${href}`);
      else if (!existsSync(join(DIST, href.slice(BASE.length)))) problems.push(`fichier CSV absent : ${href}`);
      return problems;
    }, undefined, true);
  });

  // The CSV holds plain numbers; the tables of French pages are read back with French formats.
  test("each CSV holds exactly the table's values, row by row (pages in French)", () => {
    everyFigure((f) => {
      const table = first(f.node, (n) => n.name === 'table')!;
      const href = first(f.node, (n) => n.name === 'a' && text(n) === messages(f.language).charts.downloadCsv)!.attrs.get('href')!;
      const csvText = readFileSync(join(DIST, href.slice(BASE.length)), 'utf8');
      if (csvText.charCodeAt(0) === 0xfeff) return ['le CSV commence par un BOM'];
      const parsed = Papa.parse<string[]>(csvText, { delimiter: ',', skipEmptyLines: true });
      if (parsed.errors.length > 0) return parsed.errors.map((e) => `CSV illisible : ${e.message} (ligne ${e.row})`);
      const [header, ...rows] = parsed.data;
      const heads = all(first(table, (n) => n.name === 'thead')!, (n) => n.name === 'th');
      const bodyRows = all(first(table, (n) => n.name === 'tbody')!, (n) => n.name === 'tr').map((tr) =>
        all(tr, (n) => n.name === 'td' || n.name === 'th').map(text),
      );
      const problems: string[] = [];
      if (header.some((h) => !/^[a-z0-9_]+$/.test(h))) problems.push(`en-tête CSV non canonique : ${header.join(',')}`);
      if (heads.length !== header.length) problems.push(`${heads.length} colonnes dans le tableau, ${header.length} dans le CSV`);
      if (bodyRows.length !== rows.length) problems.push(`${bodyRows.length} lignes dans le tableau, ${rows.length} dans le CSV`);
      bodyRows.forEach((cells, r) =>
        cells.forEach((shown, c) => {
          const problem = compareCell(shown, rows[r]?.[c] ?? '');
          if (problem) problems.push(`ligne ${r + 1}, colonne ${header[c]} : ${problem}`);
        }),
      );
      return problems;
    }, 'fr', true);
  });

  test('chart ids are unique on each page', () => {
    const seen = new Map<string, number>();
    for (const f of figures) seen.set(`${f.page} #${f.id}`, (seen.get(`${f.page} #${f.id}`) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });
});
