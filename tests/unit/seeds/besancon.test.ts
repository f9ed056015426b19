/**
 * Grand Besançon, PCAET axe 5 (seed 001): the published files are exactly what the script derives
 * from the seed, every non-blank line of the seed is either published (cited by a row's `source`)
 * or deliberately excluded with a reason, and the published values are the seed's, word for word.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../../src/lib/model/load';
import { EXCLUDED } from '../../../scripts/seeds/besancon-decisions';
import { deriveBesancon, OUTPUT_DIR, readSeed, REPO_ROOT, SEED_FILE, SEED_PATH, SEED_REF } from '../../../scripts/seeds/besancon';

const seed = readSeed();
const seedLines = seed.split(/\r?\n/);
const derived = deriveBesancon(seed);

type Row = Record<string, string>;
function readCsv(name: string): Row[] {
  const text = readFileSync(join(REPO_ROOT, OUTPUT_DIR, name), 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}
const tables = {
  hierarchy: readCsv('hierarchy.csv'),
  actions: readCsv('actions.csv'),
  subactions: readCsv('subactions.csv'),
  partners: readCsv('partners.csv'),
  indicators: readCsv('indicators.csv'),
  values: readCsv('indicator_values.csv'),
};
const allRows = Object.values(tables).flat();

/** Seed lines cited by a `source` cell: « l. 13 », « l. 55, 57 », « l. 49–53 ». */
function citedLines(source: string): number[] {
  const lines: number[] = [];
  for (const m of source.matchAll(/\bl\. (\d+(?:–\d+)?(?:, \d+(?:–\d+)?)*)/g)) {
    for (const part of m[1].split(', ')) {
      const [a, b = a] = part.split('–').map(Number);
      for (let n = a; n <= b; n++) lines.push(n);
    }
  }
  return lines;
}
const seedLine = (n: number) => seedLines[n - 1] ?? '';
const citedText = (row: Row) => citedLines(row.source).map(seedLine).join('\n');

describe('Grand Besançon (seed 001): reproducible derivation', () => {
  it('reads the seed from scripts/seeds/sources/, inside the repository', () => {
    expect(SEED_PATH).toBe(join(REPO_ROOT, 'scripts/seeds/sources', SEED_FILE));
    expect(existsSync(SEED_PATH), SEED_PATH).toBe(true);
  });

  it('the committed CSV files are exactly the output of scripts/seeds/besancon.ts', () => {
    for (const [path, text] of Object.entries(derived)) {
      expect(readFileSync(join(REPO_ROOT, path), 'utf8'), `${path} : relancez « npx tsx scripts/seeds/besancon.ts »`).toBe(text);
    }
    const committed = readdirSync(join(REPO_ROOT, OUTPUT_DIR)).map((f) => `${OUTPUT_DIR}/${f}`);
    expect(committed.sort()).toEqual(Object.keys(derived).sort());
  });

  it('is deterministic and pure', () => {
    expect(deriveBesancon(seed)).toEqual(derived);
  });

  it('the plan loads as the build loads it, without error', () => {
    const { plans, issues } = loadPlans({ content: join(REPO_ROOT, 'content'), data: join(REPO_ROOT, 'data') });
    const errors = issues.filter((i) => i.severity === 'error' && i.file.includes('grand-besancon'));
    expect(errors).toEqual([]);
    const plan = plans.find((p) => p.meta.slug === 'grand-besancon');
    expect(plan).toBeDefined();
    expect(plan!.actions).toHaveLength(11);
  });
});

describe('Grand Besançon (seed 001): every line of the seed is accounted for', () => {
  const cited = new Set(allRows.flatMap((r) => citedLines(r.source)));
  const excluded = new Map(EXCLUDED.flatMap((e) => e.lines.map((n) => [n, e] as const)));

  it('every row cites the seed file and at least one line', () => {
    for (const row of allRows) {
      expect(row.source.startsWith(`${SEED_REF} l. `), row.source).toBe(true);
      expect(citedLines(row.source).length).toBeGreaterThan(0);
    }
  });

  it('every non-blank line is published or explicitly excluded', () => {
    const unaccounted = seedLines
      .map((text, i) => ({ no: i + 1, text: text.trim() }))
      .filter((l) => l.text && !cited.has(l.no) && !excluded.has(l.no));
    expect(unaccounted).toEqual([]);
  });

  it('exclusions are commented, point at real lines, and are never also published', () => {
    for (const e of EXCLUDED) {
      expect(e.what.length).toBeGreaterThan(0);
      expect(e.why.length).toBeGreaterThan(0);
      for (const n of e.lines) {
        expect(seedLine(n).trim(), `l. ${n}`).not.toBe('');
        expect(cited.has(n), `l. ${n} est exclue et citée`).toBe(false);
      }
    }
  });

  it('cites only lines that exist', () => {
    for (const n of cited) expect(n).toBeLessThanOrEqual(seedLines.length);
  });

  it('each published text is found, word for word, on the lines its row cites', () => {
    const check = (row: Row, text: string) => {
      if (text) expect(citedText(row), `${row.id ?? row.indicator} : « ${text} »`).toContain(text);
    };
    for (const r of tables.hierarchy) check(r, r.title);
    for (const r of tables.actions) check(r, r.title);
    for (const r of tables.subactions) {
      check(r, r.title);
      check(r, r.pilot);
    }
    for (const r of tables.partners) check(r, r.name);
    for (const r of tables.indicators) check(r, r.label);
    for (const r of tables.values) check(r, r.value);
  });

  it('publishes no personal name, phone number or e-mail address', () => {
    const all = Object.values(derived).join('\n');
    // The committed source already has its credits replaced (scripts/seeds/redact.ts); the
    // captions that carried them are excluded, so neither credit nor placeholder is published.
    for (const credit of ['©', '[crédit retiré]', '[nom retiré]']) expect(all).not.toContain(credit);
    expect(all).not.toMatch(/@|\b0\d(?:[ .]?\d\d){4}\b/);
  });
});

describe('Grand Besançon (seed 001): the model', () => {
  it('publishes 1 axe and 5 engagements, 11 actions (36–46), 26 mesures, 24 partners', () => {
    expect(tables.hierarchy.filter((r) => r.level === 'axe').map((r) => r.id)).toEqual(['axe5']);
    expect(tables.hierarchy.filter((r) => r.level === 'engagement').map((r) => r.id)).toEqual(['e5-1', 'e5-2', 'e5-3', 'e5-4', 'e5-5']);
    expect(tables.actions.map((r) => r.code)).toEqual(['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46']);
    expect(tables.subactions).toHaveLength(26);
    expect(tables.partners).toHaveLength(24);
    expect(tables.partners.every((p) => p.role === 'partenaire' && p.subaction.startsWith(`${p.action}-m`))).toBe(true);
  });

  it('action 41 is one row and one page, under two engagements', () => {
    const rows = tables.actions.filter((r) => r.code === '41');
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe('a41');
    expect(rows[0].parent).toBe('e5-2 ; e5-3');
    const { plans } = loadPlans({ content: join(REPO_ROOT, 'content'), data: join(REPO_ROOT, 'data') });
    const plan = plans.find((p) => p.meta.slug === 'grand-besancon')!;
    const pages = plan.actions.filter((a) => a.code === '41');
    expect(pages).toHaveLength(1);
    expect(pages[0].parents).toEqual(['e5-2', 'e5-3']);
  });

  it('no pilot names a person: pilots are services of the CAGB or the Ville', () => {
    for (const r of tables.subactions) {
      if (r.pilot) expect(r.pilot, r.id).toMatch(/^CAGB/);
    }
  });
});

describe('Grand Besançon (seed 001): indicator targets', () => {
  const YEARS = ['2015', '2016', '2017', '2018'];

  it('39 indicators, each attached to its action, kind left empty (the source does not say)', () => {
    expect(tables.indicators).toHaveLength(39);
    const actionIds = new Set(tables.actions.map((a) => a.id));
    for (const i of tables.indicators) {
      expect(actionIds.has(i.action), i.id).toBe(true);
      expect(i.id.startsWith(`i${i.action.slice(1)}-`)).toBe(true);
      expect(i.kind).toBe('');
    }
  });

  it('every indicator has exactly one objectif per year 2015–2018, and no result', () => {
    expect(tables.values).toHaveLength(39 * 4);
    for (const i of tables.indicators) {
      const rows = tables.values.filter((v) => v.indicator === i.id);
      expect(rows.map((v) => v.year), i.id).toEqual(YEARS);
      expect(rows.every((v) => v.type === 'objectif')).toBe(true);
    }
    expect(tables.values.some((v) => v.type === 'resultat')).toBe(false);
  });

  it('targets are the seed cells word for word: text stays text, empty stays empty (never 0)', () => {
    for (const i of tables.indicators) {
      // Independent reading of the table row: the last four tab-separated cells are 2015–2018.
      const line = citedLines(i.source)[0];
      const cells = seedLine(line).split('\t').slice(-4).map((c) => c.trim());
      const published = tables.values.filter((v) => v.indicator === i.id).map((v) => v.value);
      expect(published, `${i.id} (l. ${line})`).toEqual(cells);
    }
    expect(tables.values.some((v) => v.value === '0')).toBe(false);
  });

  it('keeps qualitative targets as text and shows empty cells as empty', () => {
    const value = (id: string, year: string) => tables.values.find((v) => v.indicator === id && v.year === year)!.value;
    expect(value('i36-1', '2016')).toBe('1 colloque et 3 matinales organisées');
    expect(value('i45-2', '2015')).toBe('30 % des marchés concernés par des clauses environnementales (parmi les marchés pouvant être concernés)');
    expect(value('i36-2', '2017')).toBe('');
    expect(value('i36-5', '2015')).toBe('');
    expect(value('i44-1', '2015')).toBe('1 label obtenu');
    const empty = tables.values.filter((v) => v.value === '');
    expect(empty.length).toBeGreaterThan(0);
    for (const v of empty) expect(v.source).toContain('non renseigné');
  });
});
