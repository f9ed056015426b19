// The open-data files of dist/ (built by `npm run test:build`), read back and compared with the
// sources: every CSV and JSON table, for every plan and for all public plans, against content/ and
// data/ parsed independently (papaparse + yaml: tests/helpers/sources.ts), field by field — zero
// differences, zero missing rows. Then the Frictionless descriptors against the official Data
// Package v2 profile (ajv) and every CSV row against its Table Schema, primary and foreign keys
// included; the per-action files, the ZIP, the DCAT catalogue, the Atom feeds and the pages that
// list them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkResources, formatTableProblem } from '../../src/lib/export/check';
import type { TableSchema } from '../../src/lib/export/datapackage';
import { TABLES, type FieldSpec } from '../../src/lib/model/tables';
import { messages, UI_LANGUAGES } from '../../src/lib/i18n';
import { normaliseBudget } from '../../src/lib/normalise/budget';
import { normaliseDate } from '../../src/lib/normalise/date';
import { normaliseStatus, type Status } from '../../src/lib/normalise/status';
import { decodeEntities } from '../helpers/html';
import { DIST, SITE_PREFIX, requireDist } from '../helpers/site';
import { cellOf, CONTENT, DATA, readSourcePlans, REPO, type SourcePlan, type SourceRow } from '../helpers/sources';
import { unzip } from '../helpers/unzip';

const PROFILE = fileURLToPath(new URL('../fixtures/schemas/datapackage-2.0/datapackage.json', import.meta.url));

type Row = Record<string, string>;
type JsonRow = Record<string, unknown>;

let sources: SourcePlan[];
let publicSlugs: string[];
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const csvRows = (path: string): { header: string[]; rows: Row[] } => {
  const parsed = Papa.parse<Row>(read(path), { header: true, delimiter: ',', skipEmptyLines: true });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
};
const jsonRows = (path: string) => JSON.parse(read(path)) as JsonRow[];
const descriptor = (path: string) => JSON.parse(read(path)) as { resources: { name: string; path: string; bytes: number; hash: string; schema: TableSchema }[]; [k: string]: unknown };

beforeAll(() => {
  requireDist();
  sources = readSourcePlans();
  publicSlugs = sources.filter((s) => s.plan.fictional !== true).map((s) => s.slug);
});

// --- Expected values, from the sources ----------------------------------------------------------

const loose = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const items = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);
const PRECISION: Record<string, string> = { day: 'jour', month: 'mois', season: 'saison', quarter: 'trimestre', half: 'semestre', year: 'annee' };
// « Début 2020 », « fin septembre 2019 »: a third of a year or of a month.
const THIRD_PRECISION: Record<string, string> = { month: 'tiers_mois', year: 'tiers_annee' };

/**
 * The status an action without one takes from its sub-actions (content/README.md, « Les états
 * d'avancement »), written again here from the guide rather than imported: the unknown ones do not
 * count; all alike gives that one; else the least advanced open one; else none.
 */
function derivedStatus(subStatuses: Status[]): Status | undefined {
  const known: Status[] = subStatuses.filter((s) => s !== 'non_renseigne');
  if (known.length === 0) return undefined;
  if (new Set(known).size === 1) return known[0];
  return (['a_discuter', 'a_venir', 'bloque', 'en_pause', 'en_retard', 'en_cours'] as Status[]).find((s) => known.includes(s));
}
const BUDGET_KIND: Record<string, string> = { none: 'aucun', unknown: 'inconnu', amount: 'montant', range: 'fourchette', sum: 'somme', text: 'texte' };
const num = (s: string) => (s === '' ? '' : String(Number(s)));

/** Records every difference between a source row and its exported row, column by column. */
class Differences {
  readonly list: string[] = [];
  eq(where: string, expected: string, actual: string | undefined) {
    if (expected !== (actual ?? '<colonne absente>')) this.list.push(`${where} : attendu « ${expected} », exporté « ${actual} »`);
  }

  /** One source column, against the export column(s) it becomes (see src/lib/export/schema.ts). */
  field(where: string, f: FieldSpec, raw: string, row: Row, statuses: Record<string, Status>, table: string) {
    const at = `${where}.${f.name}`;
    switch (f.type) {
      case 'status-label': {
        this.eq(`${at}_label`, raw, row[`${f.name}_label`]);
        const st = normaliseStatus(raw, statuses);
        // An action without status may take one from its sub-actions: checked with the actions.
        if (raw === '' && table === 'actions') return;
        const canonical = raw === '' ? (table === 'updates' ? '' : 'non_renseigne') : st.ok ? st.status : '?';
        this.eq(at, canonical, row[f.name]);
        return;
      }
      case 'date-text': {
        this.eq(`${at}_raw`, raw, row[`${f.name}_raw`]);
        const d = normaliseDate(raw);
        this.eq(`${at}_date_min`, d.kind === 'date' ? d.start! : '', row[`${f.name}_date_min`]);
        this.eq(`${at}_date_max`, d.kind === 'date' ? d.end! : '', row[`${f.name}_date_max`]);
        this.eq(`${at}_precision`, d.kind === 'date' ? ((d.qualifier && THIRD_PRECISION[d.precision!]) || PRECISION[d.precision!]) : '', row[`${f.name}_precision`]);
        return;
      }
      case 'budget-text': {
        this.eq(`${at}_raw`, raw, row[`${f.name}_raw`]);
        const b = normaliseBudget(raw);
        const has = ['amount', 'range', 'sum'].includes(b.kind);
        this.eq(`${at}_kind`, BUDGET_KIND[b.kind], row[`${f.name}_kind`]);
        this.eq(`${at}_min`, has && b.min !== undefined ? String(b.min) : '', row[`${f.name}_min`]);
        this.eq(`${at}_max`, has && b.max !== undefined ? String(b.max) : '', row[`${f.name}_max`]);
        this.eq(`${at}_tax`, has ? (b.tax ?? '') : '', row[`${f.name}_tax`]);
        this.eq(`${at}_uncertain`, has ? String(Boolean(b.uncertain)) : '', row[`${f.name}_uncertain`]);
        return;
      }
      case 'refs':
      case 'list':
        this.eq(at, items(raw).join(' ; '), row[f.name]);
        return;
      case 'enums':
        this.eq(at, items(raw).map(loose).join(' ; '), loose(row[f.name] ?? ''));
        return;
      case 'enum':
        this.eq(at, loose(raw), loose(row[f.name] ?? ''));
        return;
      case 'integer':
      case 'number':
      case 'year':
        this.eq(at, num(raw), row[f.name] === undefined ? undefined : num(row[f.name]));
        return;
      default:
        this.eq(at, raw, row[f.name]);
    }
  }
}

/** Actions of a plan: CSV rows completed by their fiches (a fiche fills empty fields), and fiche-only actions. */
function sourceActions(p: SourcePlan): { values: SourceRow; fiche?: string }[] {
  const byId = new Map<string, { values: SourceRow; fiche?: string }>();
  for (const row of p.tables['actions.csv'] ?? []) byId.set(row.id, { values: { ...row } });
  // A translated fiche (`<id>.nl.md`) carries the action's texts in another language, not its values.
  for (const f of p.fiches.filter((fiche) => !/\.[a-z]{2}\.mdx?$/.test(fiche.file))) {
    const values = Object.fromEntries(Object.entries(f.data).map(([k, v]) => [k, cellOf(v)]));
    const existing = byId.get(values.id);
    if (!existing) {
      byId.set(values.id, { values, fiche: f.file });
      continue;
    }
    existing.fiche = f.file;
    for (const [k, v] of Object.entries(values)) if (v && !existing.values[k]) existing.values[k] = v;
  }
  return [...byId.values()];
}

function gitDay(slug: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', join(CONTENT, slug), join(DATA, slug)], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out ? out.slice(0, 10) : undefined;
  } catch {
    return undefined;
  }
}

/** The expected last-update day: git history of the plan's files, else its newest update or adoption day. */
function lastUpdated(p: SourcePlan): string {
  const content = [...(p.tables['updates.csv'] ?? []).map((u) => u.date), String(p.plan.adopted ?? '')].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().at(-1);
  return gitDay(p.slug) ?? content ?? '';
}

/** Compares one plan's exported rows (from a CSV file of the plan, or of all plans) with its sources. */
function compareWithSources(p: SourcePlan, rowsOf: (table: string) => Row[], label: string): string[] {
  const d = new Differences();
  const statuses = (p.plan.statuses ?? {}) as Record<string, Status>;
  const fictif = String(p.plan.fictional === true);
  const levels = new Map(((p.plan.levels ?? []) as { id: string; label: string }[]).map((l) => [l.id, l.label]));

  /** Matches exported rows to source rows by key: every source row exported once, nothing else. */
  const match = (table: string, expected: { key: string; source: SourceRow }[], keyOf: (r: Row) => string) => {
    const rows = rowsOf(table);
    const byKey = new Map<string, Row>();
    for (const r of rows) {
      if (byKey.has(keyOf(r))) d.list.push(`${label} ${table} : ligne ${keyOf(r)} exportée deux fois`);
      byKey.set(keyOf(r), r);
    }
    for (const e of expected) if (!byKey.has(e.key)) d.list.push(`${label} ${table} : ligne ${e.key} de la source absente de l'export`);
    const known = new Set(expected.map((e) => e.key));
    for (const r of rows) if (!known.has(keyOf(r))) d.list.push(`${label} ${table} : ligne ${keyOf(r)} exportée sans source`);
    for (const r of rows) {
      d.eq(`${label} ${table} ${keyOf(r)}.plan`, p.slug, r.plan);
      d.eq(`${label} ${table} ${keyOf(r)}.fictif`, fictif, r.fictif);
    }
    return expected.filter((e) => byKey.has(e.key)).map((e) => ({ ...e, row: byKey.get(e.key)! }));
  };
  const fields = (table: keyof typeof TABLES, where: string, source: SourceRow, row: Row) => {
    for (const f of TABLES[table].fields) {
      if (f.name === 'order') continue;
      d.field(where, f, source[f.name] ?? '', row, statuses, table);
    }
  };

  // plans
  const pm = p.plan;
  const [planRow] = match('plans', [{ key: p.slug, source: {} }], (r) => r.plan);
  if (planRow) {
    const r = planRow.row;
    const at = `${label} plans`;
    d.eq(`${at}.title`, String(pm.title), r.title);
    d.eq(`${at}.short_title`, cellOf(pm.short_title), r.short_title);
    d.eq(`${at}.territory`, String(pm.territory), r.territory);
    d.eq(`${at}.territory_code_scheme`, cellOf(pm.territory_code?.scheme), r.territory_code_scheme);
    d.eq(`${at}.territory_code`, cellOf(pm.territory_code?.value), r.territory_code);
    d.eq(`${at}.kind`, cellOf(pm.kind), r.kind);
    d.eq(`${at}.description`, cellOf(pm.description), r.description);
    d.eq(`${at}.period_start`, cellOf(pm.period?.start), r.period_start);
    d.eq(`${at}.period_end`, cellOf(pm.period?.end), r.period_end);
    d.eq(`${at}.adopted`, cellOf(pm.adopted), r.adopted);
    d.eq(`${at}.document_title`, cellOf(pm.document?.title), r.document_title);
    d.eq(`${at}.document_url`, cellOf(pm.document?.url), r.document_url);
    d.eq(`${at}.licence`, cellOf(pm.licence?.name ?? 'Licence Ouverte 2.0'), r.licence);
    d.eq(`${at}.licence_url`, cellOf(pm.licence ? pm.licence.url : 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'), r.licence_url);
    d.eq(`${at}.last_updated`, lastUpdated(p), r.last_updated);
    d.eq(`${at}.url`, `${SITE_PREFIX}${p.slug}/`, r.url);
  }

  // hierarchy: order is the column's value, else the row's position in the file
  const hierarchy = p.tables['hierarchy.csv'] ?? [];
  for (const { source, row, key } of match('hierarchy', hierarchy.map((s) => ({ key: s.id, source: s })), (r) => r.id)) {
    const at = `${label} hierarchy ${key}`;
    fields('hierarchy', at, source, row);
    d.eq(`${at}.order`, source.order ? num(source.order) : String(hierarchy.indexOf(source)), row.order);
    d.eq(`${at}.level_label`, levels.get(source.level) ?? '', row.level_label);
    d.eq(`${at}.url`, `${SITE_PREFIX}${p.slug}/${source.level}/${source.id}/`, row.url);
  }

  // actions (CSV rows and fiches): order is the column's value, else a counter over the actions without one
  const actions = sourceActions(p);
  const subStatuses = new Map<string, Status[]>();
  for (const sub of p.tables['subactions.csv'] ?? []) {
    const st = normaliseStatus(sub.status ?? '', statuses);
    subStatuses.set(sub.action, [...(subStatuses.get(sub.action) ?? []), st.ok ? st.status : 'non_renseigne']);
  }
  let counter = 0;
  const orderOf = new Map(actions.map((a) => [a.values.id, a.values.order ? num(a.values.order) : String(counter++)]));
  for (const { source, row, key } of match('actions', actions.map((a) => ({ key: a.values.id, source: a.values })), (r) => r.id)) {
    const at = `${label} actions ${key}`;
    fields('actions', at, source, row);
    d.eq(`${at}.order`, orderOf.get(key)!, row.order);
    d.eq(`${at}.fiche`, actions.find((a) => a.values.id === key)!.fiche ?? '', row.fiche);
    d.eq(`${at}.url`, `${SITE_PREFIX}${p.slug}/actions/${key}/`, row.url);
    const derived = (source.status ?? '') === '' ? derivedStatus(subStatuses.get(key) ?? []) : undefined;
    if ((source.status ?? '') === '') d.eq(`${at}.status`, derived ?? 'non_renseigne', row.status);
    d.eq(`${at}.status_derived`, String(derived !== undefined), row.status_derived);
  }
  const links = actions.flatMap((a) => items(a.values.parent ?? '').map((parent, i) => ({ key: `${a.values.id}|${parent}`, source: { rank: String(i + 1) } })));
  for (const { source, row, key } of match('action_parents', links, (r) => `${r.action}|${r.parent}`)) d.eq(`${label} action_parents ${key}.rank`, source.rank, row.rank);

  // the other tables: one exported row per source row, same values (indicator values: one per
  // filled cell, an empty cell of a yearly table is no value)
  const simple: [keyof typeof TABLES, (r: Row) => string][] = [
    ['subactions', (r) => r.id],
    ['partners', (r) => r.id],
    ['indicators', (r) => r.id],
    ['indicator_values', (r) => `${r.indicator}|${r.year}|${loose(r.type)}`],
    ['budget_lines', (r) => `${r.action}|${r.year}|${loose(r.section)}|${loose(r.kind)}`],
    ['updates', (r) => r.id],
  ];
  for (const [table, keyOf] of simple) {
    const source = (p.tables[TABLES[table].file] ?? []).filter((s) => table !== 'indicator_values' || (s.value ?? '').trim() !== '');
    for (const { source: s, row, key } of match(table, source.map((s) => ({ key: keyOf(s), source: s })), keyOf)) {
      const at = `${label} ${table} ${key}`;
      fields(table, at, s, row);
      if (table === 'indicators') d.eq(`${at}.url`, `${SITE_PREFIX}${p.slug}/indicateurs/${s.id}/`, row.url);
      if (table === 'indicator_values') d.eq(`${at}.value_number`, /^-?\d+(\.\d+)?$/.test(s.value ?? '') ? num(s.value) : '', row.value_number);
    }
  }
  return d.list;
}

/** A JSON value written the way the CSV writes it. */
const asCell = (v: unknown) => (v === null ? '' : typeof v === 'boolean' ? String(v) : typeof v === 'number' ? String(v) : String(v));

function compareJsonWithCsv(csvPath: string, jsonPath: string): string[] {
  const { header, rows } = csvRows(csvPath);
  const json = jsonRows(jsonPath);
  const out: string[] = [];
  if (json.length !== rows.length) out.push(`${jsonPath} : ${json.length} lignes, ${csvPath} : ${rows.length}`);
  json.forEach((o, i) => {
    if (Object.keys(o).join(',') !== header.join(',')) out.push(`${jsonPath}[${i}] : clés ${Object.keys(o).join(',')} ≠ en-tête CSV`);
    for (const k of header) if (asCell(o[k]) !== rows[i]?.[k]) out.push(`${jsonPath}[${i}].${k} : ${JSON.stringify(o[k])} ≠ « ${rows[i]?.[k]} »`);
    for (const [k, v] of Object.entries(o)) if (v === '') out.push(`${jsonPath}[${i}].${k} : chaîne vide au lieu de null`);
  });
  return out;
}

const TABLE_NAMES = ['plans', 'hierarchy', 'actions', 'action_parents', 'subactions', 'partners', 'indicators', 'indicator_values', 'budget_lines', 'updates', 'extra_fields'];

// --- Round trip -------------------------------------------------------------------------------------

describe('round trip: exported tables = source files', () => {
  test('the seed plans are all exported, and the comparison is not vacuous', () => {
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const p of sources) expect(existsSync(join(DIST, 'donnees', p.slug, 'actions.csv')), p.slug).toBe(true);
    const compared = sources.reduce((n, p) => n + Object.values(p.tables).reduce((m, t) => m + t.length, 0) + p.fiches.length, 0);
    expect(compared).toBeGreaterThan(500);
  });

  test('each plan\'s CSV files hold every source row, field by field: zero differences', () => {
    const diffs = sources.flatMap((p) => compareWithSources(p, (t) => csvRows(`donnees/${p.slug}/${t}.csv`).rows, `${p.slug}/*.csv`));
    expect(diffs.slice(0, 40)).toEqual([]);
  });

  test('each plan\'s JSON files hold the same rows as its CSV files, typed (numbers, booleans, null)', () => {
    const diffs = sources.flatMap((p) => TABLE_NAMES.flatMap((t) => compareJsonWithCsv(`donnees/${p.slug}/${t}.csv`, `donnees/${p.slug}/${t}.json`)));
    expect(diffs.slice(0, 40)).toEqual([]);
  });

  test('the all-plans files hold exactly the public plans\' rows, the fictional plan\'s none', () => {
    const diffs: string[] = [];
    for (const t of TABLE_NAMES) {
      const all = csvRows(`donnees/tous/${t}.csv`);
      diffs.push(...compareJsonWithCsv(`donnees/tous/${t}.csv`, `donnees/tous/${t}.json`));
      const plans = new Set(all.rows.map((r) => r.plan));
      for (const slug of plans) if (!publicSlugs.includes(slug)) diffs.push(`tous/${t}.csv : lignes du plan non public ${slug}`);
      if (all.rows.some((r) => r.fictif !== 'false')) diffs.push(`tous/${t}.csv : ligne fictive`);
      const expected = publicSlugs.flatMap((slug) => csvRows(`donnees/${slug}/${t}.csv`).rows);
      if (JSON.stringify(all.rows) !== JSON.stringify(expected)) diffs.push(`tous/${t}.csv ≠ concaténation des fichiers des plans publics`);
    }
    expect(diffs).toEqual([]);
    const back = sources.filter((p) => publicSlugs.includes(p.slug)).flatMap((p) => compareWithSources(p, (t) => csvRows(`donnees/tous/${t}.csv`).rows.filter((r) => r.plan === p.slug), `tous(${p.slug})`));
    expect(back.slice(0, 40)).toEqual([]);
  });

  test('raw values sit next to their normalised forms (status, dates, budgets)', () => {
    const { header } = csvRows('donnees/tous/actions.csv');
    for (const c of ['status_label', 'status', 'start_raw', 'start_date_min', 'start_date_max', 'start_precision', 'budget_raw', 'budget_kind', 'budget_min', 'budget_max', 'budget_tax']) {
      expect(header).toContain(c);
    }
    const exemple = sources.find((s) => s.plan.fictional === true);
    if (exemple) {
      const rows = csvRows(`donnees/${exemple.slug}/actions.csv`).rows;
      const range = rows.find((r) => r.budget_raw === '17 à 27 M€');
      expect(range && [range.budget_kind, range.budget_min, range.budget_max]).toEqual(['fourchette', '17000000', '27000000']);
      const season = rows.find((r) => r.end_raw === 'été 2024');
      expect(season && [season.end_date_min, season.end_date_max, season.end_precision]).toEqual(['2024-06-21', '2024-09-22', 'saison']);
    }
  });

  test('bundled plans: Dijon’s grouped actions derived, « Début 2020 » a third of a year, Grand Besançon’s 92 targets', () => {
    const dijon = csvRows('donnees/dijon/actions.csv').rows;
    const derived = dijon.filter((r) => r.status_derived === 'true').map((r) => [r.id, r.status_label, r.status]);
    expect(derived).toEqual(['a5-2-1-1', 'a5-2-2-1', 'a5-2-2-4'].map((id) => [id, '', 'a_venir']));
    const early = dijon.find((r) => r.start_raw === 'Début 2020');
    expect(early && [early.start_date_min, early.start_date_max, early.start_precision]).toEqual(['2020-01-01', '2020-04-30', 'tiers_annee']);
    const targets = csvRows('donnees/grand-besancon/indicator_values.csv').rows.filter((r) => r.type === 'objectif');
    expect(targets).toHaveLength(92);
    expect(targets.filter((r) => r.value === '')).toEqual([]);
  });

  test('a difference or a missing row would be caught', () => {
    const p = sources.find((s) => (s.tables['actions.csv'] ?? []).length > 2)!;
    const rows = csvRows(`donnees/${p.slug}/actions.csv`).rows;
    const altered = rows.slice(1).map((r, i) => (i === 0 ? { ...r, title: `${r.title} (modifié)` } : r));
    const diffs = compareWithSources(p, (t) => (t === 'actions' ? altered : csvRows(`donnees/${p.slug}/${t}.csv`).rows), 'test');
    expect(diffs.some((x) => x.includes('absente de l\'export'))).toBe(true);
    expect(diffs.some((x) => x.includes('(modifié)'))).toBe(true);
  });
});

// --- Frictionless ---------------------------------------------------------------------------------

describe('datapackage.json', () => {
  const packages = () => ['donnees/datapackage.json', ...sources.map((p) => `donnees/${p.slug}/datapackage.json`)];

  test('every descriptor validates against the official Data Package v2 profile', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(PROFILE, 'utf8')));
    for (const path of packages()) {
      const ok = validate(descriptor(path));
      expect(ok ? [] : validate.errors, path).toEqual([]);
    }
    // Not vacuous: a resource without path or data, a field of an unknown type, are rejected.
    const broken = descriptor('donnees/datapackage.json');
    broken.resources[0].schema.fields[0].type = 'texte';
    expect(validate(broken)).toBe(false);
  });

  test('licence, sources and contributors (organisations); the fictional plan\'s package says so', () => {
    const main = descriptor('donnees/datapackage.json') as Record<string, any>;
    expect(main.licenses.length).toBeGreaterThan(0);
    expect(main.licenses[0]).toMatchObject({ name: 'etalab-2.0', title: 'Licence Ouverte 2.0' });
    expect(main.contributors.map((c: { title: string }) => c.title)).toEqual(expect.arrayContaining(sources.filter((s) => publicSlugs.includes(s.slug)).map((s) => s.plan.territory)));
    expect(main.sources.length).toBeGreaterThan(0);
    expect(main.fictif).toBeUndefined();
    for (const p of sources.filter((s) => s.plan.fictional === true)) {
      const pkg = descriptor(`donnees/${p.slug}/datapackage.json`) as Record<string, any>;
      expect(pkg.fictif).toBe(true);
      expect(pkg.keywords).toContain('plan fictif');
    }
  });

  test('titles and descriptions in the default language, their translations under x-translations', () => {
    for (const path of packages()) {
      const pkg = descriptor(path) as Record<string, any>;
      expect(pkg.languages, path).toEqual(['fr', 'nl', 'en']);
      for (const language of ['nl', 'en']) {
        expect(pkg['x-translations'][language].title, `${path} ${language}`).toBeTruthy();
        expect(pkg['x-translations'][language].description).not.toBe(pkg.description);
        for (const r of pkg.resources) {
          expect(r['x-translations'][language].title, `${path} ${r.name} ${language}`).toBeTruthy();
          for (const f of r.schema.fields) expect(f['x-translations'][language].description, `${path} ${r.name}.${f.name} ${language}`).toBeTruthy();
        }
      }
    }
    const actions = (descriptor('donnees/datapackage.json') as Record<string, any>).resources.find((r: { name: string }) => r.name === 'actions');
    expect(actions.title).toBe('Actions');
    expect(actions['x-translations'].nl.title).toBe('Acties');
  });

  test('every CSV row validates against its Table Schema, primary and foreign keys included', () => {
    const problems: string[] = [];
    for (const path of packages()) {
      const dir = path.replace(/datapackage\.json$/, '');
      const pkg = descriptor(path);
      // A plan's package also describes its changes file (lib/export/changes); the all-plans one does not.
      const expected = dir === 'donnees/' ? [...TABLE_NAMES] : [...TABLE_NAMES, 'changements'];
      expect(pkg.resources.map((r) => r.name).sort(), path).toEqual(expected.sort());
      const resources = pkg.resources.map((r) => ({ name: r.name, csv: read(dir + r.path), schema: r.schema }));
      for (const r of pkg.resources) {
        const body = readFileSync(join(DIST, dir + r.path));
        if (body.length !== r.bytes) problems.push(`${path} ${r.name} : bytes ${r.bytes} ≠ ${body.length}`);
        if (r.hash !== `sha256:${createHash('sha256').update(body).digest('hex')}`) problems.push(`${path} ${r.name} : hash`);
      }
      problems.push(...checkResources(resources).map((p) => `${dir}${formatTableProblem(p)}`));
      // Every declared key is really checked: each foreign key of a filled table resolves somewhere.
      expect(pkg.resources.some((r) => (r.schema.foreignKeys ?? []).length > 0)).toBe(true);
    }
    expect(problems.slice(0, 40)).toEqual([]);
  });
});

// --- Per-action files, ZIP, catalogue, feeds -----------------------------------------------------

describe('per-action downloads', () => {
  test('each action\'s JSON and CSV hold its rows of every table, as in the plan\'s files', () => {
    const diffs: string[] = [];
    let checked = 0;
    for (const p of sources) {
      const pkg = descriptor(`donnees/${p.slug}/datapackage.json`);
      const pk = new Map(pkg.resources.map((r) => [r.name, r.schema.primaryKey]));
      const csv = Object.fromEntries(TABLE_NAMES.map((t) => [t, csvRows(`donnees/${p.slug}/${t}.csv`).rows]));
      const json = Object.fromEntries(TABLE_NAMES.map((t) => [t, jsonRows(`donnees/${p.slug}/${t}.json`)]));
      for (const action of csv.actions) {
        const id = action.id;
        const indicators = new Set(csv.indicators.filter((r) => r.action === id).map((r) => r.id));
        const mine = (t: string, rows: Record<string, unknown>[]) =>
          t === 'plans' ? rows : t === 'hierarchy' ? [] : t === 'actions' ? rows.filter((r) => r.id === id) : t === 'indicator_values' ? rows.filter((r) => indicators.has(r.indicator as string)) : t === 'extra_fields' ? rows.filter((r) => r.entity === 'action' && r.id === id) : rows.filter((r) => r.action === id);
        const doc = JSON.parse(read(`donnees/${p.slug}/actions/${id}.json`));
        const expected = {
          plan: json.plans[0],
          action: mine('actions', json.actions)[0],
          ...Object.fromEntries(['action_parents', 'subactions', 'partners', 'indicators', 'indicator_values', 'budget_lines', 'updates', 'extra_fields'].map((t) => [t, mine(t, json[t])])),
        };
        for (const [k, v] of Object.entries(expected)) if (JSON.stringify(doc[k]) !== JSON.stringify(v)) diffs.push(`${p.slug}/actions/${id}.json : ${k}`);
        const lines = TABLE_NAMES.flatMap((t) =>
          (mine(t, csv[t]) as Row[]).flatMap((r) =>
            Object.entries(r)
              .filter(([k, v]) => v !== '' && k !== 'plan' && (k !== 'fictif' || t === 'plans'))
              .map(([k, v]) => ({ table: t, key: pk.get(t)!.map((c) => r[c]).join(' | '), field: k, value: v })),
          ),
        );
        const back = csvRows(`donnees/${p.slug}/actions/${id}.csv`);
        if (back.header.join(',') !== 'table,key,field,value') diffs.push(`${p.slug}/actions/${id}.csv : en-tête`);
        if (JSON.stringify(back.rows) !== JSON.stringify(lines)) diffs.push(`${p.slug}/actions/${id}.csv : lignes`);
        checked++;
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('every action page links to its CSV and JSON', () => {
    const missing: string[] = [];
    for (const p of sources) {
      for (const id of readdirSync(join(DIST, p.slug, 'actions'))) {
        const html = read(`${p.slug}/actions/${id}/index.html`);
        for (const ext of ['csv', 'json']) {
          if (!html.includes(`href="/plan-climat/donnees/${p.slug}/actions/${id}.${ext}"`)) missing.push(`${p.slug}/actions/${id}/ → .${ext}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('ZIP of everything', () => {
  test('holds a README and every public data file, byte for byte, and nothing of the fictional plan', () => {
    const entries = unzip(readFileSync(join(DIST, 'donnees/plans-climat-donnees.zip')));
    const names = entries.map((e) => e.path);
    // One README per site language, the default first, each in its language and naming the others.
    expect(names.slice(0, 3)).toEqual(['LISEZMOI.md', 'LEESMIJ.md', 'README.md']);
    expect(entries[0].data.toString('utf8')).toMatch(/Licence Ouverte 2\.0/);
    expect(entries[1].data.toString('utf8')).toMatch(/^# .* — open data\n[\s\S]*`LISEZMOI\.md`, `README\.md`[\s\S]*## Inhoud/);
    expect(entries[2].data.toString('utf8')).toMatch(/## Contents[\s\S]*Citation: “/);
    const distOf = (name: string) => (name === 'datapackage.json' ? 'donnees/datapackage.json' : /^[^/]+\/graphiques\//.test(name) ? name : `donnees/${name}`);
    const differ = entries.slice(3).filter((e) => Buffer.compare(e.data, readFileSync(join(DIST, distOf(e.path)))) !== 0).map((e) => e.path);
    expect(differ).toEqual([]);
    for (const slug of ['tous', ...publicSlugs]) {
      for (const t of TABLE_NAMES) expect(names, `${slug}/${t}.csv`).toContain(`${slug}/${t}.csv`);
      expect(names).toContain(`${slug}/${slug}.xlsx`);
    }
    const fictional = sources.filter((s) => s.plan.fictional === true).map((s) => s.slug);
    expect(names.filter((n) => fictional.some((f) => n.startsWith(`${f}/`)))).toEqual([]);
    // Chart files of public plans travel with the tables.
    for (const slug of publicSlugs) {
      const dir = join(DIST, slug, 'graphiques');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) expect(names).toContain(`${slug}/graphiques/${f}`);
    }
  });
});

describe('DCAT catalogue', () => {
  test('each dataset has identifier, title, description and licence; each file a download URL and media type', () => {
    const catalog = JSON.parse(read('catalog.jsonld'));
    expect(catalog['@type']).toBe('dcat:Catalog');
    const datasets = catalog['dcat:dataset'] as Record<string, any>[];
    const withCharts = publicSlugs.filter((s) => existsSync(join(DIST, s, 'graphiques')));
    expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual(
      [...['tous', ...publicSlugs].map((s) => `${SITE_PREFIX}donnees/#${s}`), ...withCharts.map((s) => `${SITE_PREFIX}donnees/#${s}-graphiques`)].sort(),
    );
    for (const s of withCharts) {
      const charts = datasets.find((d) => d['dct:identifier'].endsWith(`#${s}-graphiques`))!;
      expect(charts['dcat:distribution'].length).toBe(readdirSync(join(DIST, s, 'graphiques')).filter((f) => f.endsWith('.csv')).length);
    }
    for (const d of datasets) {
      expect(typeof d['dct:identifier'] === 'string' && d['dct:identifier'].length > 0, d['@id']).toBe(true);
      // Titles and descriptions are language-tagged literals: descriptions in each site language;
      // a plan's title in the languages the plan gives it (only French here), the others' in each.
      const tagged = (k: string) => d[k] as { '@value': string; '@language': string }[];
      const isPlan = !/#tous(-graphiques)?$/.test(d['dct:identifier']);
      for (const language of UI_LANGUAGES) {
        expect(tagged('dct:description').some((l) => l['@language'] === language && l['@value'].length > 0), `${d['@id']} ${language}`).toBe(true);
        if (language === 'fr' || !isPlan || d['dct:identifier'].endsWith('-graphiques')) {
          expect(tagged('dct:title').some((l) => l['@language'] === language && l['@value'].length > 0), `${d['@id']} title ${language}`).toBe(true);
        }
      }
      expect(d['dct:license']).toEqual({ '@id': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' });
      if (!d['dct:identifier'].endsWith('-graphiques')) expect(d['dcat:distribution'].length).toBeGreaterThan(20);
      for (const f of d['dcat:distribution']) {
        const url: string = f['dcat:downloadURL']['@id'];
        expect(url.startsWith(SITE_PREFIX), url).toBe(true);
        expect(existsSync(join(DIST, url.slice(SITE_PREFIX.length))), url).toBe(true);
        expect(f['dcat:mediaType']['@id']).toMatch(/^http:\/\/www\.iana\.org\/assignments\/media-types\/(text\/csv|application\/(json|zip|vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet))$/);
        expect(Number(f['dcat:byteSize']['@value'])).toBe(readFileSync(join(DIST, url.slice(SITE_PREFIX.length))).length);
      }
    }
  });
});

describe('Atom feeds', () => {
  /** Expected entries of a plan, read from its updates.csv: first update of each action, then status changes. */
  function expectedEntries(p: SourcePlan): string[] {
    const statuses = (p.plan.statuses ?? {}) as Record<string, Status>;
    const canonical = (label: string) => {
      const s = normaliseStatus(label, statuses);
      return s.ok ? s.status : label;
    };
    const source = p.tables['updates.csv'] ?? [];
    const updates = [...source].sort((a, b) => a.date.localeCompare(b.date) || source.indexOf(a) - source.indexOf(b));
    const last = new Map<string, string>();
    const ids: string[] = [];
    for (const u of updates) {
      if (!last.has(u.action)) ids.push(`${SITE_PREFIX}${p.slug}/actions/${u.action}/#maj-${u.id}`);
      else if (u.status && canonical(u.status) !== last.get(u.action)) ids.push(`${SITE_PREFIX}${p.slug}/actions/${u.action}/#maj-${u.id}`);
      if (u.status || !last.has(u.action)) last.set(u.action, u.status ? canonical(u.status) : '');
    }
    return ids.reverse();
  }
  const entryIds = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]*)<\/id>/g)].map((m) => decodeEntities(m[1]));

  test('each plan\'s feed lists its new actions and status changes, newest first', () => {
    let total = 0;
    for (const p of sources) {
      const xml = read(`${p.slug}/flux.atom`);
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
      expect(xml.match(/<entry>/g)?.length ?? 0).toBe(xml.match(/<\/entry>/g)?.length ?? 0);
      expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
      // Entries of the plan's updates, in order; the field changes from the history come in between.
      expect(entryIds(xml).filter((id) => !id.includes('#changement-')), p.slug).toEqual(expectedEntries(p));
      expect(entryIds(xml).some((id) => id.includes('#changement-')), `${p.slug} : changements de l'historique`).toBe(true);
      const dates = [...xml.matchAll(/<updated>([^<]*)<\/updated>/g)].map((m) => m[1]);
      if (dates.length > 1) expect(dates[0]).toBe(dates[1]); // the feed's date is its newest entry's
      total += entryIds(xml).length;
    }
    expect(total).toBeGreaterThan(0);
  });

  test('a feed per language of each plan, and per site language for the site; entries link to pages in that language', () => {
    for (const p of sources) {
      const languages: string[] = (p.plan.languages as string[] | undefined) ?? ['fr'];
      for (const language of ['nl', 'en']) {
        const path = `${language}/${p.slug}/flux.atom`;
        expect(existsSync(join(DIST, path)), path).toBe(languages.includes(language));
        if (!languages.includes(language)) continue;
        const xml = read(path);
        expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
        // The same entries as the default feed, each pointing at the page in the feed's language.
        const ids = entryIds(xml).filter((id) => !id.includes('#changement-'));
        expect(ids, path).toEqual(expectedEntries(p).map((id) => id.replace(SITE_PREFIX, `${SITE_PREFIX}${language}/`)));
      }
    }
    expect(read('nl/flux.atom')).toContain('xml:lang="nl"');
    expect(read('en/flux.atom')).toContain('<title>');
    const exemple = read('nl/exemple/flux.atom');
    expect(exemple).toMatch(/<title>Opvolging — /);
    expect(read('exemple/flux.atom')).toMatch(/<title>Suivi — /);
  });

  test('the site feed merges the public plans\' entries only', () => {
    const ids = entryIds(read('flux.atom'));
    const expected = sources.filter((p) => publicSlugs.includes(p.slug)).flatMap(expectedEntries);
    expect(new Set(ids)).toEqual(new Set(expected));
  });
});

// --- Pages -----------------------------------------------------------------------------------------

describe('the data page and the field documentation', () => {
  test('the data page lists every table of every plan with its row count, a citation line, the charts\' CSV', () => {
    const html = read('donnees/index.html');
    const textarea = (id: string) => decodeEntities(new RegExp(`<textarea id="${id}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1] ?? '');
    for (const slug of ['tous', ...sources.map((s) => s.slug)]) {
      for (const t of TABLE_NAMES) {
        for (const ext of ['csv', 'json']) expect(html, `${slug}/${t}.${ext}`).toContain(`href="/plan-climat/donnees/${slug}/${t}.${ext}"`);
      }
      const section = html.slice(html.indexOf(`<section class="dataset" id="${slug}"`), html.indexOf('</section>', html.indexOf(`<section class="dataset" id="${slug}"`)));
      // The row counts of the tables' table (a plan's bilans follow, with their files' sizes).
      const tables = section.slice(section.indexOf('<table class="dataset-files">'), section.indexOf('</table>', section.indexOf('<table class="dataset-files">')));
      const counts = [...tables.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => Number(decodeEntities(m[1]).replace(/\s/g, '')));
      expect(counts, slug).toEqual(TABLE_NAMES.map((t) => csvRows(`donnees/${slug}/${t}.csv`).rows.length));
      const citation = textarea(`citation-${slug}`);
      expect(citation).toContain(` — `);
      expect(citation).toContain(`, données téléchargées sur ${SITE_PREFIX}donnees/#${slug}, `);
      if (slug !== 'tous') {
        const p = sources.find((s) => s.slug === slug)!;
        expect(citation.startsWith(`${p.plan.territory} — ${p.plan.title}, `), citation).toBe(true);
        const day = lastUpdated(p);
        expect(citation).toMatch(day ? /, mise à jour du (1er|\d{1,2}) \p{L}+ \d{4}$/u : /date de mise à jour non renseignée$/);
        if (day) expect(section).toContain(`<time datetime="${day}">`);
      }
    }
    for (const p of sources) {
      const dir = join(DIST, p.slug, 'graphiques');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv'))) expect(html, f).toContain(`href="/plan-climat/${p.slug}/graphiques/${f}"`);
    }
    for (const path of ['donnees/plans-climat-donnees.zip', 'donnees/datapackage.json', 'catalog.jsonld', 'flux.atom', 'donnees/champs/']) {
      expect(html).toContain(`href="/plan-climat/${path}"`);
    }
  });

  test('each language\'s data page names the charts\' CSV files in its language', () => {
    const titles = (page: string) =>
      [...read(page).matchAll(/href="\/plan-climat\/exemple\/graphiques\/etats\.csv"[^>]*>([^<]*)<\/a>/g)].map((m) => decodeEntities(m[1]));
    expect(titles('donnees/index.html')).toEqual(['Actions par état d\'avancement']);
    expect(titles('en/donnees/index.html')).toEqual(['Actions by status']);
    expect(titles('nl/donnees/index.html')).toHaveLength(1);
    expect(titles('nl/donnees/index.html')[0]).not.toBe('Actions par état d\'avancement');
  });

  test('the field documentation describes every column of every table', () => {
    const html = read('donnees/champs/index.html');
    const pkg = descriptor(`donnees/${sources[0].slug}/datapackage.json`);
    let n = 0;
    for (const r of pkg.resources) {
      expect(html).toContain(`id="${r.name}"`);
      for (const f of r.schema.fields) {
        expect(html, `${r.name}.${f.name}`).toContain(`id="${r.name}-${f.name}"`);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
    // Every source column's own description, in each language's page (order is documented with
    // its fallback rule instead).
    for (const language of UI_LANGUAGES) {
      const text = decodeEntities(read(language === 'fr' ? 'donnees/champs/index.html' : `${language}/donnees/champs/index.html`));
      const docs = messages(language).data.tables;
      for (const t of Object.values(TABLES)) {
        const fields: Record<string, string> = docs[t.name].fields;
        for (const f of t.fields) if (f.name !== 'order') expect(text, `${language} ${t.name}.${f.name}`).toContain(f.name === 'source' ? docs.source : fields[f.name]);
      }
    }
  });

  test('the main navigation links to the data page, and pages announce their Atom feed', () => {
    const home = read('index.html');
    expect(home).toMatch(/<nav class="site-nav"[\s\S]*href="\/plan-climat\/donnees\/"[\s\S]*<\/nav>/);
    expect(home).toContain(`<link rel="alternate" type="application/atom+xml"`);
  });

  test('each plan’s home page links to that plan’s data tables, whose section exists on the data page', () => {
    const data = read('donnees/index.html');
    for (const { slug } of sources) {
      const home = decodeEntities(read(`${slug}/index.html`));
      expect(home, slug).toContain(`<a href="/plan-climat/donnees/#${slug}">Télécharger les données du plan</a>`);
      expect(data, slug).toContain(`id="${slug}"`);
    }
  });
});
