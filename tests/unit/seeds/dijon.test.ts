/**
 * Dijon Métropole, PCAET 2020–2026 (seed 002): the published files are exactly what the script
 * derives from the seed; every data row of the seed's tables is published (cited by an action's or
 * a sub-action's `source`) or deliberately excluded; published text is the seed's, word for word
 * but for the recorded OCR fixes; and every budget, date and status string of the seed has a
 * tested meaning through the normalisers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../../src/lib/model/load';
import { normaliseBudget, type Budget } from '../../../src/lib/normalise/budget';
import { normaliseDate, type PartialDate } from '../../../src/lib/normalise/date';
import { normaliseStatus, type Status } from '../../../src/lib/normalise/status';
import { ACTIONS, DOMAINS, EXCLUDED, TEXT_FIXES } from '../../../scripts/seeds/dijon-decisions';
import {
  citedLines,
  compareWithRepository,
  deriveDijon,
  OUTPUT_DIR,
  readSeed,
  readTables,
  REPO_ROOT,
  SEED_FILE,
  SEED_PATH,
  SEED_REF,
} from '../../../scripts/seeds/dijon';

const seed = readSeed();
const seedLines = seed.split(/\r?\n/);
const derived = deriveDijon(seed);
const roots = { content: join(REPO_ROOT, 'content'), data: join(REPO_ROOT, 'data') };

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
};
const action = (id: string) => tables.actions.find((a) => a.id === id)!;
const subsOf = (id: string) => tables.subactions.filter((s) => s.action === id);
const partnersOf = (id: string) => tables.partners.filter((p) => p.action === id);

/** The text of a seed line as a reader sees it once the recorded OCR fixes are applied. */
function readable(n: number): string {
  let text = seedLines[n - 1] ?? '';
  for (const fix of TEXT_FIXES) if (fix.lines.includes(n)) text = text.split(fix.from).join(fix.to);
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const citedText = (row: Row) => citedLines(row.source).map(readable).join('\n');

describe('Dijon (seed 002): reproducible derivation', () => {
  it('reads the seed from scripts/seeds/sources/, inside the repository', () => {
    expect(SEED_PATH).toBe(join(REPO_ROOT, 'scripts/seeds/sources', SEED_FILE));
    expect(existsSync(SEED_PATH), SEED_PATH).toBe(true);
  });

  it('the committed CSV files are exactly the output of scripts/seeds/dijon.ts', () => {
    for (const [path, text] of Object.entries(derived)) {
      expect(readFileSync(join(REPO_ROOT, path), 'utf8'), `${path} : relancez « npx tsx scripts/seeds/dijon.ts »`).toBe(text);
    }
    const committed = readdirSync(join(REPO_ROOT, OUTPUT_DIR)).map((f) => `${OUTPUT_DIR}/${f}`);
    expect(committed.sort()).toEqual(Object.keys(derived).sort());
    expect(compareWithRepository()).toEqual([]);
  });

  it('is deterministic and pure', () => {
    expect(deriveDijon(seed)).toEqual(derived);
  });

  it('refuses a seed whose copies disagree without a decision', () => {
    // Change one budget in the 2nd copy of l. 28 / l. 4: the derivation must not pick one.
    const tampered = seedLines.map((l, i) => (i === 3 ? l.replace('24 000 €', '42 000 €') : l)).join('\n');
    expect(() => deriveDijon(tampered)).toThrow(/l\. 28 budget/);
  });

  it('the plan loads as the build loads it, without error', () => {
    const { plans, issues } = loadPlans(roots);
    const errors = issues.filter((i) => i.severity === 'error' && (i.file.includes('/dijon/') || i.file.includes('dijon')));
    expect(errors).toEqual([]);
    const plan = plans.find((p) => p.meta.slug === 'dijon');
    expect(plan).toBeDefined();
    expect(plan!.actions).toHaveLength(tables.actions.length);
  });
});

describe('Dijon (seed 002): every data row of the seed is accounted for', () => {
  const table = readTables(seed);
  const entityRows = [...tables.actions, ...tables.subactions];
  const cited = new Set(entityRows.flatMap((r) => citedLines(r.source)));
  const excluded = new Map(EXCLUDED.flatMap((e) => e.lines.map((n) => [n, e] as const)));
  const isHeader = (n: number) => (seedLines[n - 1] ?? '').split('\t')[0].trim() === 'Thème';

  it('every action, sub-action and partner cites the seed file and at least one line', () => {
    for (const row of [...entityRows, ...tables.partners, ...tables.hierarchy]) {
      expect(row.source.startsWith(`${SEED_REF} l. `), row.source).toBe(true);
      expect(citedLines(row.source).length, row.id).toBeGreaterThan(0);
    }
  });

  it('every non-blank, non-header line maps to a published action or sub-action, or to the exclusion list', () => {
    const unaccounted = seedLines
      .map((text, i) => ({ no: i + 1, text: text.trim() }))
      .filter((l) => l.text && !isHeader(l.no) && !cited.has(l.no) && !excluded.has(l.no));
    expect(unaccounted).toEqual([]);
    // The table reader sees the same rows: every row it returns is cited.
    for (const r of table.rows) expect(cited.has(r.line), `l. ${r.line}`).toBe(true);
    expect(table.headers).toEqual(seedLines.map((_, i) => i + 1).filter((n) => seedLines[n - 1].trim() && isHeader(n)));
  });

  it('exclusions are commented, point at real lines, and are never also published', () => {
    expect(EXCLUDED.length).toBeGreaterThan(0);
    for (const e of EXCLUDED) {
      expect(e.what.length).toBeGreaterThan(0);
      expect(e.why.length).toBeGreaterThan(0);
      for (const n of e.lines) {
        expect(seedLines[n - 1].trim(), `l. ${n}`).not.toBe('');
        expect(cited.has(n), `l. ${n} est exclue et citée`).toBe(false);
      }
    }
  });

  it('cites only lines that exist and are data rows', () => {
    for (const n of cited) {
      expect(n).toBeLessThanOrEqual(seedLines.length);
      expect(seedLines[n - 1].trim(), `l. ${n}`).not.toBe('');
      expect(isHeader(n), `l. ${n}`).toBe(false);
    }
  });

  it('both copies of a duplicated row are cited together (« l. N et M »)', () => {
    expect(action('a1-2-3-1').source).toMatch(/ l\. 30 et 6 /);
    expect(action('a1-2-3-5').source).toMatch(/ l\. 34 et 9–10 /);
    expect(action('a3-3-5-2').source).toMatch(/ l\. 106 et 127 /);
  });
});

describe('Dijon (seed 002): published text is the seed text', () => {
  it('titles, pilots, partners, statuses, dates and budgets are found on the lines they cite', () => {
    const check = (row: Row, field: string, text: string) => {
      if (text) expect(citedText(row), `${row.id} ${field} : « ${text} »`).toContain(text);
    };
    for (const r of tables.hierarchy.filter((h) => h.level === 'mesure')) check(r, 'title', r.title);
    for (const r of tables.actions) {
      check(r, 'title', r.title);
      for (const part of r.pilot.split(' ; ')) check(r, 'pilot', part);
      for (const f of ['status', 'start', 'end', 'budget', 'concertation']) check(r, f, r[f]);
      for (const tag of r.tags.split(' ; ')) check(r, 'tags', tag);
    }
    for (const r of tables.subactions) for (const f of ['title', 'pilot', 'status', 'start', 'end']) check(r, f, r[f]);
    for (const r of tables.partners) check(r, 'name', r.name);
  });

  it('every correction is recorded in the source of the rows that carry it, with the original', () => {
    const published = [...tables.hierarchy, ...tables.actions, ...tables.subactions, ...tables.partners];
    for (const fix of TEXT_FIXES) {
      const carriers = published.filter((r) => citedLines(r.source).some((n) => fix.lines.includes(n)) && r.source.includes(`« ${fix.from} »`));
      expect(carriers.length, `${fix.from} → ${fix.to}`).toBeGreaterThan(0);
      for (const r of carriers) expect(r.source).toContain(`« ${fix.to} » corrigé`);
    }
  });

  it('no OCR typo or HTML survives in a published value (the source notes keep the originals)', () => {
    const values = [...tables.hierarchy, ...tables.actions, ...tables.subactions, ...tables.partners].flatMap((r) =>
      Object.entries(r)
        .filter(([k]) => k !== 'source')
        .map(([, v]) => v),
    );
    const all = values.join('\n');
    for (const typo of ['Neuveu', 'Cti', 'See ', 'Scie ', 'Soc Eclairage', 'Sec Eclairage', 'ONDIDION', 'ONDILION', 'ONDIDJON', 'Aumentation', 'dénué', 'Trajectoire', 'ARJU', 'Carnat', 'Forcine', 'Clanché', 'Chénobee', 'NRPNU', 'parapluie', 'Laiture', 'Became', 'Filtre', 'oncentration', 'Autococonsommation', 'Alerte Bourgogne', 'Albière']) {
      expect(all, typo).not.toContain(typo);
    }
    expect(all).not.toMatch(/<[a-z/]/i);
    expect(Object.values(derived).join('\n')).not.toMatch(/<(ul|li|p|b)\b/);
  });

  it('publishes no personal name, phone number or e-mail address', () => {
    const all = Object.values(derived).join('\n');
    expect(all).not.toMatch(/@|\b0\d(?:[ .]?\d\d){4}\b/);
    expect(all).not.toMatch(/\b(?:M\.|Mme|Mr|Monsieur|Madame) [A-Z]/);
  });
});

describe('Dijon (seed 002): the model', () => {
  it('6 domains named as the referential, 36 measures, 87 actions, 109 sub-actions, 102 partners', () => {
    const domains = tables.hierarchy.filter((h) => h.level === 'domaine');
    expect(domains.map((d) => [d.id, d.code, d.title])).toEqual([
      ['d1', '1', 'Planification territoriale'],
      ['d2', '2', 'Patrimoine de la collectivité'],
      ['d3', '3', 'Approvisionnement énergie, eau, assainissement'],
      ['d4', '4', 'Mobilité'],
      ['d5', '5', 'Organisation interne'],
      ['d6', '6', 'Coopération, communication'],
    ]);
    expect(DOMAINS).toHaveLength(6);
    const measures = tables.hierarchy.filter((h) => h.level === 'mesure');
    expect(measures).toHaveLength(36);
    for (const m of measures) {
      expect(m.id).toBe(`m${m.code.replace(/\./g, '-')}`);
      expect(m.parent).toBe(`d${m.code[0]}`);
      expect(tables.actions.some((a) => a.parent === m.id), m.id).toBe(true);
    }
    expect(tables.actions).toHaveLength(ACTIONS.length);
    expect(tables.actions).toHaveLength(87);
    expect(tables.subactions).toHaveLength(109);
    expect(tables.partners).toHaveLength(102);
  });

  it('the Thème column is the tags; partners carry the column they come from', () => {
    expect(action('a1-2-3-1').tags).toBe('Prévention déchets');
    expect(action('a3-3-4-6').tags).toBe('Adaptation au CC ; Biodiversité');
    expect(partnersOf('a1-2-3-1').map((p) => [p.name, p.role])).toEqual([
      ['Ademe BFC', 'financier'],
      ['CITEO', 'partenaire'],
    ]);
    expect(partnersOf('a1-3-2-1').filter((p) => p.role === 'financier').map((p) => p.name)).toEqual([
      'ANRU',
      'Anah',
      'Région BFC',
      'Villes',
      'Action Logement',
      'Caisse des dépôts',
    ]);
    // Commas inside parentheses do not split a partner.
    expect(partnersOf('a1-2-4-2').map((p) => p.name)).toContain('Organisations professionnelles (FFB, CAPEB, CMAI, UNPI)');
    // « En cours de choix » and « ... » are not organisations.
    expect(partnersOf('a3-3-5-1')).toEqual([]);
    expect(action('a3-3-5-1').summary).toContain('En cours de choix');
    expect(tables.partners.some((p) => p.name === '...')).toBe(false);
    expect(action('a1-1-1-1').concertation).toBe('Tous');
  });

  it('the shifted rows of the first extraction (mobile waste centre, EIT, Quetigny) keep their own values', () => {
    const eit = action('a1-2-3-4');
    expect(eit.title).toBe("Ecologie industrielle et territoriale sur les zones d'activité (EIT)");
    expect([eit.start, eit.end, eit.budget, eit.status, eit.concertation]).toEqual(['2018', '2020', '140 000 €', 'En cours', 'Acteurs du territoire']);
    expect(partnersOf('a1-2-3-4').map((p) => [p.name, p.role])).toEqual([
      ['Ademe BFC', 'financier'],
      ['CCI 21 CMA 21', 'partenaire'],
    ]);
    const mobile = action('a1-2-3-5');
    expect(mobile.title).toBe("Projet d'une déchetterie mobile pour la réhabilitation de sites en habitat dense");
    expect([mobile.start, mobile.end, mobile.budget, mobile.status]).toEqual(['2020', '/', '50 000€?', '']);
    expect(partnersOf('a1-2-3-5')).toEqual([]);
    const quetigny = action('a1-2-3-6');
    expect(quetigny.title).toBe('Rénovation de la déchetterie de Quetigny');
    expect([quetigny.start, quetigny.end, quetigny.budget]).toEqual(['2021', '2023', '1 000 000 €']);
  });

  it('the shifted cells of l. 123–127 and the 11-cell lines of l. 42–49 are read back in place', () => {
    const ilots = action('a3-3-4-4');
    expect([ilots.pilot, ilots.start, ilots.end, ilots.budget, ilots.status]).toEqual(['Sce Ecologie Urbaine', 'sept-19', '2021', 'En cours de calcul', 'Nouveau']);
    expect(partnersOf('a3-3-4-4').map((p) => p.name)).toEqual(['ARS', 'Université de Bourgogne', 'JDS', 'CCAS']);
    const methanisation = action('a3-3-5-1');
    expect([methanisation.pilot, methanisation.start, methanisation.end, methanisation.budget]).toEqual(['DM', '2020', '2023', '17 à 27 M€']);
    const broyeur = action('a1-2-3-10');
    expect([broyeur.start, broyeur.end, broyeur.budget, broyeur.concertation]).toEqual(['2020', '2025', '30 000 €', '']);
    const observatoire = action('a1-2-4-2');
    expect([observatoire.concertation, observatoire.start, observatoire.end, observatoire.budget, observatoire.status]).toEqual(['Habitants', 'mai-19', 'déc-22', '', 'En cours']);
    const poah = action('a1-2-4-1');
    expect([poah.start, poah.end, poah.status]).toEqual(['Début 2020', 'déc-30', 'En cours']);
    const logistique = subsOf('a5-2-2-4')[0];
    expect([logistique.pilot, logistique.start, logistique.end, logistique.status]).toEqual(['Logistique', '2019', '2021', 'Nouveau']);
  });

  it('between two copies, the value either copy has is kept and the readable one wins', () => {
    expect(action('a1-2-3-1').status).toBe('Nouveau');
    expect(action('a1-2-3-1').source).toContain('Neuveu');
    expect(action('a1-2-3-2').title).toContain('3 crèches test');
    expect(action('a1-1-1-2').summary).toContain('Profils de territoire ACE');
    expect(action('a3-1-1-1').status).toBe('Complète');
    expect(action('a3-1-1-1').source).toContain('Complété');
    expect(action('a3-3-5-2').title).toBe("Augmentation de la part d'énergie thermique produite par l'incinération des déchets sur lesd RCU");
    expect(action('a3-3-5-2').budget).toBe('5 000 000€ (usine) + 15 000 000€ (réseau)');
    expect(subsOf('a3-3-4-1')).toHaveLength(6);
    expect(subsOf('a1-3-2-3').map((s) => s.title)).toEqual(['Observation des écoquartiers propres à Dijon Métropole', "Réalisation d'observations a posteriori"]);
    expect(tables.hierarchy.find((h) => h.id === 'm1-3-2')!.title).toBe("Transcrire les enjeux climat-air-énergie dans les opérations d'aménagement");
    expect(tables.hierarchy.some((h) => h.id === 'm1-3-1')).toBe(false);
  });

  it('several lines of one fiche are one action with one sub-action per line, each with its own values', () => {
    const resto = subsOf('a5-2-2-1');
    expect(resto.map((s) => s.status)).toEqual(['En cours', 'En cours', 'Nouveau', 'En cours']);
    expect(resto.every((s) => s.pilot === 'DRM')).toBe(true);
    expect(action('a5-2-2-1').status).toBe('');
    const finance = subsOf('a5-2-1-1');
    expect(action('a5-2-1-1').title).toBe('Budgéter, financer et évaluer la politique climat air énergie');
    expect(finance).toHaveLength(9);
    expect(tables.partners.filter((p) => p.subaction === finance.find((s) => s.pilot === 'Eco Urbaine')!.id).map((p) => p.name)).toEqual(['ATMO BFC']);
  });

  it('a line without a Cit’ergie number sits under its domain, and says so', () => {
    const a = action('a4-vie-associative');
    expect(a.parent).toBe('d4');
    expect(a.summary).toContain('Renforcer le lien social et la solidarité');
  });

  it('labelled dates of l. 196 go to their sub-actions; the action keeps the cells as published', () => {
    const a = action('a6-4-1-1');
    expect([a.start, a.end, a.budget]).toEqual([
      'TI : Janvier 2018 ; PAT : septembre 2019 ; agriculture urbaine : 2015',
      'TI : 2030 ; PAT : 2021 ;',
      'TI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€',
    ]);
    expect(subsOf('a6-4-1-1').map((s) => [s.title.slice(0, 20), s.start, s.end])).toEqual([
      ['Agriculture urbaine ', '2015', ''],
      ['Programme Alimentair', 'septembre 2019', '2021'],
      ['Candidature TIGA sur', 'Janvier 2018', '2030'],
      ['Parcours botanique "', '', ''],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every budget, date and status string of the seed, through the normalisers

const table = readTables(seed);
const distinct = (field: 'budget' | 'start' | 'end' | 'status') =>
  [...new Set(table.rows.map((r) => r.cells[field]).filter((v): v is string => Boolean(v)))].sort();

/** Cross-check that does not rely on the layouts: the cells under the header's own columns. */
function underHeader(pattern: RegExp): Set<string> {
  const out = new Set<string>();
  let header: string[] = [];
  const excludedLines = new Set(EXCLUDED.flatMap((e) => e.lines));
  for (const [i, line] of seedLines.entries()) {
    const cells = line.split('\t').map((c) => c.trim());
    if (!line.trim() || excludedLines.has(i + 1)) continue;
    if (cells[0] === 'Thème') {
      header = cells;
      continue;
    }
    if (cells.length !== header.length) continue; // shifted lines: read through their layout only
    header.forEach((h, k) => {
      if (pattern.test(h) && cells[k]) out.add(cells[k]);
    });
  }
  return out;
}

// Expected readings. `min`/`max` in euros.
const BUDGETS: Record<string, Partial<Budget>> = {
  '24 000 €': { kind: 'amount', min: 24000, max: 24000 },
  '18 000 000 €': { kind: 'amount', min: 18_000_000, max: 18_000_000 },
  '225 000 €': { kind: 'amount', min: 225_000, max: 225_000 },
  '140 000 €': { kind: 'amount', min: 140_000, max: 140_000 },
  // A trailing « ? »: the figure, flagged uncertain.
  '50 000€?': { kind: 'amount', min: 50_000, max: 50_000, uncertain: true },
  '1 000 000 €': { kind: 'amount', min: 1_000_000, max: 1_000_000 },
  '250 000 €': { kind: 'amount', min: 250_000, max: 250_000 },
  '300 000 €': { kind: 'amount', min: 300_000, max: 300_000 },
  // « ? » alone: the plan says it does not know.
  '?': { kind: 'unknown' },
  '30 000 €': { kind: 'amount', min: 30_000, max: 30_000 },
  '5 760 000 €': { kind: 'amount', min: 5_760_000, max: 5_760_000 },
  // HT/TTC pair: the HT figure is the amount, both are kept as alternatives, never added.
  'budget global convention 154,2 millions € HT 174,1 millions € TTC': {
    kind: 'amount',
    min: 154_200_000,
    max: 154_200_000,
    tax: 'HT',
    alternatives: [
      { amount: 154_200_000, tax: 'HT' },
      { amount: 174_100_000, tax: 'TTC' },
    ],
    note: 'budget global convention',
  },
  '700 000,00 €': { kind: 'amount', min: 700_000, max: 700_000 },
  '800 000,00 €': { kind: 'amount', min: 800_000, max: 800_000 },
  // A range: the bare 17 takes the M€ of 27.
  '17 à 27 M€': { kind: 'range', min: 17_000_000, max: 27_000_000 },
  // A sum of labelled parts: 20 M€ in all, the parts kept.
  '5 000 000€ (usine) + 15 000 000€ (réseau)': {
    kind: 'sum',
    min: 20_000_000,
    max: 20_000_000,
    parts: [
      { amount: 5_000_000, label: 'usine' },
      { amount: 15_000_000, label: 'réseau' },
    ],
  },
  '7,055M€': { kind: 'amount', min: 7_055_000, max: 7_055_000 },
  '35,9M€': { kind: 'amount', min: 35_900_000, max: 35_900_000 },
  '346 000 €': { kind: 'amount', min: 346_000, max: 346_000 },
  // Labelled parts with one unknown: the known total is a floor, no maximum.
  'TI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€': {
    kind: 'sum',
    min: 47_000_000,
    uncertain: true,
    parts: [
      { amount: 45_000_000, label: 'TI' },
      { amount: 2_000_000, label: 'PAT' },
    ],
    note: 'montant inconnu : agriculture urbaine',
  },
};
/** Budgets whose total is a floor (a part is « ? »). */
const OPEN_ENDED = new Set(['TI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€']);
/** Budget cells that are words, not amounts: kept as published, on purpose. */
const RAW_ONLY_BUDGETS: Record<string, string> = {
  // A remark on the contract, in the budget column (l. 45); « 2019 » is not 2 019 €.
  'Marché attribué fin 2019': 'remarque sur le marché, sans montant',
  // The cost sits in another service's budget (l. 61, 77).
  "Intégré dans l'action du service énergie": 'coût porté par une autre action',
  // Not computed yet (l. 103, 124).
  'En cours de calcul': 'montant pas encore calculé',
};

const DATES: Record<string, Partial<PartialDate>> = {
  '2012': { kind: 'date', start: '2012-01-01', end: '2012-12-31', precision: 'year' },
  '2013': { kind: 'date', start: '2013-01-01', end: '2013-12-31', precision: 'year' },
  '2017': { kind: 'date', start: '2017-01-01', end: '2017-12-31', precision: 'year' },
  '2018': { kind: 'date', start: '2018-01-01', end: '2018-12-31', precision: 'year' },
  '2019': { kind: 'date', start: '2019-01-01', end: '2019-12-31', precision: 'year' },
  '2020': { kind: 'date', start: '2020-01-01', end: '2020-12-31', precision: 'year' },
  '2021': { kind: 'date', start: '2021-01-01', end: '2021-12-31', precision: 'year' },
  '2022': { kind: 'date', start: '2022-01-01', end: '2022-12-31', precision: 'year' },
  '2023': { kind: 'date', start: '2023-01-01', end: '2023-12-31', precision: 'year' },
  '2025': { kind: 'date', start: '2025-01-01', end: '2025-12-31', precision: 'year' },
  '2026': { kind: 'date', start: '2026-01-01', end: '2026-12-31', precision: 'year' },
  '2030': { kind: 'date', start: '2030-01-01', end: '2030-12-31', precision: 'year' },
  '2050': { kind: 'date', start: '2050-01-01', end: '2050-12-31', precision: 'year' },
  // « / »: a mark instead of a date, kept apart from an empty cell and shown as published.
  '/': { kind: 'unknown' },
  // « ? »: the plan does not know.
  '?': { kind: 'unknown' },
  // « Début 2020 »: the first third of 2020 (January–April), precision year, qualifier début.
  'Début 2020': { kind: 'date', start: '2020-01-01', end: '2020-04-30', precision: 'year', qualifier: 'debut' },
  // Spreadsheet months « mmm-yy »: two-digit years are 20xx, « déc-30 » is December 2030.
  'déc-30': { kind: 'date', start: '2030-12-01', end: '2030-12-31', precision: 'month' },
  'déc-22': { kind: 'date', start: '2022-12-01', end: '2022-12-31', precision: 'month' },
  'mai-19': { kind: 'date', start: '2019-05-01', end: '2019-05-31', precision: 'month' },
  'sept-19': { kind: 'date', start: '2019-09-01', end: '2019-09-30', precision: 'month' },
  'juin-19': { kind: 'date', start: '2019-06-01', end: '2019-06-30', precision: 'month' },
  'mars-20': { kind: 'date', start: '2020-03-01', end: '2020-03-31', precision: 'month' },
  // A season: summer 2019, from 21 June to 22 September.
  'été 2019': { kind: 'date', start: '2019-06-21', end: '2019-09-22', precision: 'season' },
  // Days, day first: 01/11/2019 is 1 November 2019.
  '01/01/2018': { kind: 'date', start: '2018-01-01', end: '2018-01-01', precision: 'day' },
  '01/11/2019': { kind: 'date', start: '2019-11-01', end: '2019-11-01', precision: 'day' },
};
/** Date cells that hold several labelled dates: kept as published on the action, on purpose. */
const RAW_ONLY_DATES: Record<string, string> = {
  // One start per component of l. 196; each component's date is published on its sub-action.
  'TI : Janvier 2018 ; PAT : septembre 2019 ; agriculture urbaine : 2015': 'trois débuts étiquetés',
  'TI : 2030 ; PAT : 2021 ;': 'deux fins étiquetées',
};
/** The parts of l. 196 published on sub-actions. */
const SUBACTION_DATE_PARTS: Record<string, Partial<PartialDate>> = {
  'Janvier 2018': { kind: 'date', start: '2018-01-01', end: '2018-01-31', precision: 'month' },
  'septembre 2019': { kind: 'date', start: '2019-09-01', end: '2019-09-30', precision: 'month' },
  '2015': { kind: 'date', start: '2015-01-01', end: '2015-12-31', precision: 'year' },
};

const STATUSES: Record<string, Status> = {
  'En cours': 'en_cours',
  Nouveau: 'a_venir',
  // OCR typo of « Nouveau » (l. 30): published as « Nouveau », and declared in plan.md anyway.
  Neuveu: 'a_venir',
  'Non démarré': 'a_venir',
  Complète: 'realise',
  Complété: 'realise',
};

describe('Dijon (seed 002): every budget, date and status string of the seed has a tested meaning', () => {
  const plan = loadPlans(roots).plans.find((p) => p.meta.slug === 'dijon')!;

  it('the expectation tables list exactly the distinct strings of the seed', () => {
    expect(distinct('budget')).toEqual(Object.keys({ ...BUDGETS, ...RAW_ONLY_BUDGETS }).sort());
    expect([...new Set([...distinct('start'), ...distinct('end')])].sort()).toEqual(
      Object.keys({ ...DATES, ...RAW_ONLY_DATES }).sort(),
    );
    expect(distinct('status')).toEqual(Object.keys(STATUSES).sort());
    // The cells under the headers' own columns (aligned lines) are among them.
    for (const v of underHeader(/^Budget/)) expect(distinct('budget')).toContain(v);
    for (const v of underHeader(/^(Début|Fin)$/)) expect([...distinct('start'), ...distinct('end')]).toContain(v);
    for (const v of underHeader(/^Indicateur/)) expect(distinct('status')).toContain(v);
  });

  it.each(Object.entries(BUDGETS))('budget « %s » is parsed', (raw, expected) => {
    const b = normaliseBudget(raw);
    expect(b.raw).toBe(raw);
    expect(b.kind).not.toBe('text');
    expect(b).toMatchObject(expected);
    // A sum with an unknown part has no maximum: its total is a floor.
    if (OPEN_ENDED.has(raw)) expect(b.max).toBeUndefined();
    else expect(b.max).toBe(expected.max ?? b.max);
  });

  it.each(Object.entries(RAW_ONLY_BUDGETS))('budget « %s » stays raw text (%s)', (raw) => {
    expect(normaliseBudget(raw)).toEqual({ raw, kind: 'text' });
  });

  it('« / » and « ? » have one meaning in every column: no date or amount given, shown as published', () => {
    // « / » appears only as an end date in the seed, « ? » as an end date and a budget (l. 13, 38).
    // A date « / » is `unknown` like « ? », so the page shows the mark rather than « non renseigné ».
    expect(normaliseDate('/')).toEqual({ raw: '/', kind: 'unknown' });
    expect(normaliseBudget('/')).toEqual({ raw: '/', kind: 'none' });
    expect(normaliseDate('?')).toEqual({ raw: '?', kind: 'unknown' });
    expect(normaliseBudget('?')).toEqual({ raw: '?', kind: 'unknown' });
    expect(normaliseStatus('?')).toEqual({ ok: true, status: 'non_renseigne', raw: '?' });
  });

  it.each(Object.entries(DATES))('date « %s » is parsed', (raw, expected) => {
    const d = normaliseDate(raw);
    expect(d.raw).toBe(raw);
    expect(d.kind).not.toBe('text');
    expect(d).toMatchObject(expected);
  });

  it.each(Object.entries(RAW_ONLY_DATES))('date « %s » stays raw text (%s)', (raw) => {
    expect(normaliseDate(raw)).toEqual({ raw, kind: 'text' });
  });

  it.each(Object.entries(SUBACTION_DATE_PARTS))('sub-action date « %s » is parsed', (raw, expected) => {
    expect(normaliseDate(raw)).toMatchObject(expected);
  });

  it.each(Object.entries(STATUSES))('status « %s » maps to %s with the plan’s own labels', (raw, status) => {
    expect(normaliseStatus(raw, plan.meta.statusLabels)).toEqual({ ok: true, status, raw });
  });

  it('« Neuveu » needs the plan’s declaration; every other status is in the built-in dictionary', () => {
    expect(normaliseStatus('Neuveu').ok).toBe(false);
    for (const raw of Object.keys(STATUSES).filter((s) => s !== 'Neuveu')) expect(normaliseStatus(raw).ok, raw).toBe(true);
  });

  it('every published status, date and budget is one of these strings (or a part of l. 196)', () => {
    const rows = [...tables.actions, ...tables.subactions];
    for (const r of rows) {
      if (r.status) expect(Object.keys(STATUSES), r.id).toContain(r.status);
      for (const f of ['start', 'end']) {
        if (r[f]) expect(Object.keys({ ...DATES, ...RAW_ONLY_DATES, ...SUBACTION_DATE_PARTS }), `${r.id} ${f}`).toContain(r[f]);
      }
    }
    for (const a of tables.actions) if (a.budget) expect(Object.keys({ ...BUDGETS, ...RAW_ONLY_BUDGETS }), a.id).toContain(a.budget);
  });
});
