// The export writers (src/lib/export): canonical CSV and JSON, the formula rule, the ZIP and XLSX
// writers, feeds and citation, and determinism: exporting the same content twice gives the same bytes.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildExports, fileContent, fileText, isStreamed } from '../../../src/lib/export/bundle';
import { readChunks, spillTo } from '../../../src/integrations/data-files';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedEvents, eventTitle } from '../../../src/lib/export/atom';
import { citationLine } from '../../../src/lib/export/citation';
import { cellText, formulaLikeCells, plainNumber, toCsv, toJson } from '../../../src/lib/export/csv';
import type { Column } from '../../../src/lib/export/schema';
import { xlsx } from '../../../src/lib/export/xlsx';
import { crc32, zip } from '../../../src/lib/export/zip';
import { loadPlans } from '../../../src/lib/model/load';
import { unzip } from '../../helpers/unzip';

const ROOTS = {
  content: fileURLToPath(new URL('../../../content', import.meta.url)),
  data: fileURLToPath(new URL('../../../data', import.meta.url)),
};

describe('cells and CSV', () => {
  test.each([
    [27000000, '27000000'],
    [12.5, '12.5'],
    [-5, '-5'],
    [0, '0'],
    [1e21, '1000000000000000000000'],
    [true, 'true'],
    [false, 'false'],
    [null, ''],
    ['été 2019', 'été 2019'],
  ])('%s is written %s', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  test('plain numbers never use an exponent or grouping', () => {
    expect(plainNumber(0.000001)).toBe('0.000001');
    expect(plainNumber(1234567.89)).toBe('1234567.89');
  });

  const columns: Column[] = [
    { name: 'id', type: 'string', nature: 'brut', origin: '', description: '' },
    { name: 'texte', type: 'string', nature: 'brut', origin: '', description: '' },
    { name: 'montant', type: 'number', nature: 'brut', origin: '', description: '' },
  ];
  const rows = [
    { id: 'a', texte: '=SOMME(A1:A2)', montant: -5 },
    { id: 'b', texte: 'Réseau « vélo », 2e tranche', montant: 12.5 },
    { id: 'c', texte: '-5 000 €', montant: null },
    { id: 'd', texte: 'ligne 1\nligne 2 "citée"', montant: 0 },
    { id: 'e', texte: '@cmd', montant: null },
    { id: 'f', texte: '-5', montant: null },
  ];

  test('canonical CSV: header, comma, CRLF, quotes only when needed, text kept unchanged', () => {
    const csv = toCsv(columns, rows);
    expect(csv).toBe(
      'id,texte,montant\r\n' +
        'a,=SOMME(A1:A2),-5\r\n' +
        'b,"Réseau « vélo », 2e tranche",12.5\r\n' +
        'c,-5 000 €,\r\n' +
        'd,"ligne 1\nligne 2 ""citée""",0\r\n' +
        'e,@cmd,\r\n' +
        'f,-5,\r\n',
    );
    const back = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(back.data.map((r) => r.texte)).toEqual(rows.map((r) => r.texte));
  });

  test('JSON: typed values, null for missing, keys in column order', () => {
    const json = JSON.parse(toJson(columns, rows));
    expect(json[0]).toEqual({ id: 'a', texte: '=SOMME(A1:A2)', montant: -5 });
    expect(Object.keys(json[2])).toEqual(['id', 'texte', 'montant']);
    expect(json[2].montant).toBeNull();
  });

  test('formula-like text cells are counted; numbers and "-5" are not', () => {
    expect(formulaLikeCells(columns, rows).map((c) => c.value)).toEqual(['=SOMME(A1:A2)', '-5 000 €', '@cmd']);
  });
});

describe('zip', () => {
  test('CRC-32 matches zlib, in one piece or continued piece by piece', () => {
    const data = new TextEncoder().encode('Données : « été 2019 »');
    expect(crc32(data)).toBe(zlibCrc32(data));
    expect(crc32(data.subarray(9), crc32(data.subarray(0, 9)))).toBe(zlibCrc32(data));
  });

  test('an entry given in chunks is deflated as they come and reads back whole, with its CRC', () => {
    // 3.5 MB of rows in small chunks: several deflated parts, one deflate stream.
    const rows = Array.from({ length: 40_000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 104729}</v></c><c><t>été ${i % 97}</t></c></row>`);
    const text = rows.join('');
    const archive = zip([{ path: 'feuille.xml', data: () => rows }, { path: 'vide.xml', data: () => [] }], '2025-03-31');
    const [sheet, empty] = unzip(archive);
    expect(sheet.data.toString('utf8')).toBe(text);
    expect(sheet.method).toBe(8);
    expect(sheet.crc).toBe(zlibCrc32(Buffer.from(text, 'utf8')));
    expect(empty.data.length).toBe(0);
    expect(empty.crc).toBe(0);
  });

  test('entries read back identical, stamped with the given day, and the archive is reproducible', () => {
    const entries = [
      { path: 'LISEZMOI.md', data: '# Données\n'.repeat(50) },
      { path: 'tous/actions.csv', data: 'id,titre\r\na,Été\r\n' },
      { path: 'vide.txt', data: '' },
    ];
    const a = zip(entries, '2025-03-31');
    const b = zip(entries, '2025-03-31');
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const back = unzip(a);
    expect(back.map((e) => e.path)).toEqual(entries.map((e) => e.path));
    back.forEach((e, i) => expect(e.data.toString('utf8')).toBe(entries[i].data));
    expect(back[0].method).toBe(8); // repetitive text is deflated
    expect(back[0].dosDate).toBe(((2025 - 1980) << 9) | (3 << 5) | 31);
    expect(() => zip([entries[0], entries[0]])).toThrow(/double/);
  });
});

describe('xlsx', () => {
  test('a workbook opens in exceljs with text as text, numbers as numbers, no formula', async () => {
    const book = xlsx(
      [
        {
          name: 'actions',
          columns: [{ name: 'id' }, { name: 'titre' }, { name: 'budget_min' }, { name: 'fictif' }, { name: 'code' }],
          rows: [
            { id: 'a1', titre: '=HYPERLINK("http://x")', budget_min: 17000000, fictif: false, code: '1.1' },
            { id: 'a2', titre: 'Aménager la voie verte « été »', budget_min: 12.5, fictif: true, code: 'sept-19' },
            { id: 'a3', titre: null, budget_min: -5, fictif: null, code: null },
          ],
        },
      ],
      '2025-01-01',
    );
    expect(Buffer.compare(Buffer.from(book), Buffer.from(xlsx([{ name: 'actions', columns: [{ name: 'id' }], rows: [] }])))).not.toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(book) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('actions')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'id', 'titre', 'budget_min', 'fictif', 'code']);
    expect(sheet.getCell('B2').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.getCell('B2').formula).toBeUndefined();
    expect(sheet.getCell('C2').value).toBe(17000000);
    expect(sheet.getCell('D2').value).toBe(false);
    expect(sheet.getCell('E2').value).toBe('1.1');
    expect(sheet.getCell('B3').value).toBe('Aménager la voie verte « été »');
    expect(sheet.getCell('C3').value).toBe(12.5);
    expect(sheet.getCell('E3').value).toBe('sept-19');
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('C4').value).toBe(-5);
  });

  test('sheet names are checked', () => {
    expect(() => xlsx([{ name: 'a/b', columns: [], rows: [] }])).toThrow(/feuille/);
  });
});

describe('citation and feeds', () => {
  test('the citation line follows « Territoire — plan, données téléchargées sur URL, mise à jour du date »', () => {
    expect(citationLine('Grand Besançon', 'PCAET', 'https://example.org/donnees/#grand-besancon', '2026-01-01')).toBe(
      'Grand Besançon — PCAET, données téléchargées sur https://example.org/donnees/#grand-besancon, mise à jour du 1er janvier 2026',
    );
    expect(citationLine('X', 'Y', 'https://e.org/', undefined)).toMatch(/date de mise à jour non renseignée$/);
  });

  test('feed events: the first dated update of an action is a new action, later status changes follow', () => {
    const { plans } = loadPlans(ROOTS);
    const exemple = plans.find((p) => p.meta.fictional)!;
    const events = feedEvents(exemple);
    expect(events.length).toBeGreaterThan(0);
    const dates = events.map((e) => e.update.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const firsts = new Map<string, string>();
    for (const u of [...exemple.updates].sort((a, b) => a.date.localeCompare(b.date) || a.origin[0].line - b.origin[0].line)) {
      if (!firsts.has(u.action)) firsts.set(u.action, u.id);
    }
    expect(new Set(events.filter((e) => e.kind === 'nouvelle').map((e) => e.update.id))).toEqual(new Set(firsts.values()));
    for (const e of events.filter((x) => x.kind === 'etat')) {
      expect(e.previous?.status).not.toBe(e.update.status?.status);
      expect(eventTitle(e)).toMatch(/ → /);
    }
    // The feed's own words in its language; the plan's action title as published.
    const change = events.find((x) => x.kind === 'etat' && x.previous?.status === 'en_cours' && x.update.status?.status === 'en_retard');
    expect(change, 'exemple: an action delayed after being in progress').toBeDefined();
    expect(eventTitle(change!, 'nl')).toMatch(/: Lopend → Vertraagd$/);
    const added = events.find((x) => x.kind === 'nouvelle')!;
    expect(eventTitle(added, 'en')).toMatch(new RegExp(`^New action tracked: .*${added.action.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }, 30_000);
});

describe('buildExports', () => {
  const input = () => {
    const { plans } = loadPlans(ROOTS);
    return {
      plans,
      siteUrl: 'https://example.org/plan-climat/',
      site: { title: 'Plans climat', tagline: 'Suivre les plans', publisher: 'Éditeur' },
      lastUpdated: Object.fromEntries(plans.map((p) => [p.meta.slug, '2025-06-30'])),
      charts: [],
    };
  };

  test('two exports of the same content are byte-identical', () => {
    const a = buildExports(input());
    const b = buildExports(input());
    expect(a.files.map((f) => f.path)).toEqual(b.files.map((f) => f.path));
    const differ = a.files.filter((f, i) => Buffer.compare(Buffer.from(fileContent(f)), Buffer.from(fileContent(b.files[i]))) !== 0).map((f) => f.path);
    expect(differ).toEqual([]);
  }, 60_000);

  test('plans given as sources are made whole once each, in catalogue order, into the same files', () => {
    const i = input();
    const loaded: string[] = [];
    const sources = i.plans.map((plan) => ({ meta: plan.meta, load: () => (loaded.push(plan.meta.slug), structuredClone(plan)) }));
    const lazy = buildExports({ ...i, plans: sources });
    expect(loaded).toEqual(i.plans.map((p) => p.meta.slug));
    const made = buildExports(i);
    expect(lazy.files.map((f) => [f.path, f.bytes])).toEqual(made.files.map((f) => [f.path, f.bytes]));
    const differ = lazy.files.filter((f, n) => Buffer.compare(Buffer.from(fileContent(f)), Buffer.from(fileContent(made.files[n]))) !== 0).map((f) => f.path);
    expect(differ).toEqual([]);
  }, 60_000);

  test('files written to scratch files and read back (as a build does) are the files made from the rows', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'exports-'));
    try {
      const spilled = new Set<string>();
      const read = buildExports({
        ...input(),
        spill: (path, body) => {
          spilled.add(path);
          return { bytes: spillTo(scratch, path, body()), body: () => readChunks(join(scratch, path)) };
        },
      });
      const made = buildExports(input());
      // Every table file, workbook, action file and the archive went through the scratch folder.
      expect(spilled.size).toBe(made.files.filter(isStreamed).length);
      expect(spilled.has('donnees/plans-climat-donnees.zip')).toBe(true);
      expect(read.files.map((f) => [f.path, f.bytes])).toEqual(made.files.map((f) => [f.path, f.bytes]));
      const differ = read.files.filter((f, i) => Buffer.compare(Buffer.from(fileContent(f)), Buffer.from(fileContent(made.files[i]))) !== 0).map((f) => f.path);
      expect(differ).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);

  test('fictional plans stay out of the all-plans files, the archive and the catalogue', () => {
    const { plans } = loadPlans(ROOTS);
    const fictional = plans.filter((p) => p.meta.fictional).map((p) => p.meta.slug);
    expect(fictional.length).toBeGreaterThan(0);
    const ex = buildExports(input());
    const all = fileText(ex.byPath.get('donnees/tous/actions.csv')!);
    const rows = Papa.parse<Record<string, string>>(all, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.fictif !== 'false' || fictional.includes(r.plan))).toEqual([]);
    const own = Papa.parse<Record<string, string>>(fileText(ex.byPath.get(`donnees/${fictional[0]}/actions.csv`)!), { header: true, skipEmptyLines: true }).data;
    expect(own.every((r) => r.fictif === 'true')).toBe(true);
    expect(JSON.parse(fileText(ex.byPath.get(`donnees/${fictional[0]}/datapackage.json`)!)).fictif).toBe(true);
    expect(unzip(fileContent(ex.zip)).filter((e) => fictional.some((f) => e.path.startsWith(`${f}/`)))).toEqual([]);
    expect(fileText(ex.catalog)).not.toMatch(new RegExp(`#${fictional[0]}"`));
  }, 30_000);

  test('a site whose only plan is fictional still writes the all-plans files, with headers only', () => {
    const i = input();
    i.plans = i.plans.filter((p) => p.meta.fictional);
    const ex = buildExports(i);
    expect((fileText(ex.byPath.get('donnees/tous/actions.csv')!)).split('\r\n').filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(fileText(ex.byPath.get('donnees/tous/actions.json')!))).toEqual([]);
  }, 30_000);

  test('in a site of three languages: descriptions in each, a feed per plan language, a README per language', () => {
    const ex = buildExports({ ...input(), languages: ['fr', 'nl', 'en'] });
    const main = JSON.parse(fileText(ex.byPath.get('donnees/datapackage.json')!));
    expect(main.languages).toEqual(['fr', 'nl', 'en']);
    expect(main.title).toBe('Plans climat — tous les plans publics');
    expect(main['x-translations'].nl.title).toBe('Plans climat — alle openbare plannen');
    expect(main['x-translations'].en.description).toMatch(/^The tables of all the site’s public plans combined/);
    const actions = main.resources.find((r: { name: string }) => r.name === 'actions');
    expect([actions.title, actions['x-translations'].nl.title, actions['x-translations'].en.title]).toEqual(['Actions', 'Acties', 'Actions']);
    // Feeds: bruxelles is published in fr and nl, so no English feed; exemple in all three.
    const paths = new Set(ex.files.map((f) => f.path));
    for (const path of ['flux.atom', 'nl/flux.atom', 'en/flux.atom', 'bruxelles/flux.atom', 'nl/bruxelles/flux.atom', 'en/exemple/flux.atom']) expect(paths, path).toContain(path);
    expect(paths).not.toContain('en/bruxelles/flux.atom');
    const nl = fileText(ex.byPath.get('nl/exemple/flux.atom')!);
    expect(nl).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">');
    expect(nl).toMatch(/<title>Opvolging — /);
    expect(nl).toMatch(/<link rel="alternate" type="text\/html" href="https:\/\/example\.org\/plan-climat\/nl\/exemple\/actions\/[^"]+#suivi"\/>/);
    expect(nl).toMatch(/<summary type="text">Status: /);
    // The site feed in English links a French-only plan's actions to their French pages.
    const dataset = ex.datasets.find((d) => d.scope === 'bruxelles')!;
    expect(Object.keys(dataset.feeds).sort()).toEqual(['fr', 'nl']);
    expect(dataset.citations.nl).toMatch(/gegevens gedownload van https:\/\/example\.org\/plan-climat\/nl\/donnees\/#bruxelles, bijgewerkt op 30 juni 2025$/);
    // The ZIP: one README per language, the default first.
    expect(unzip(fileContent(ex.zip)).slice(0, 3).map((e) => e.path)).toEqual(['LISEZMOI.md', 'LEESMIJ.md', 'README.md']);
    // DCAT: language-tagged literals.
    const catalog = JSON.parse(fileText(ex.catalog));
    expect(catalog['dct:language'].map((l: { '@id': string }) => l['@id'].slice(-3))).toEqual(['FRA', 'NLD', 'ENG']);
    const tous = catalog['dcat:dataset'].find((d: { '@id': string }) => d['@id'].endsWith('#tous'));
    expect(tous['dct:title']).toEqual([
      { '@value': 'Plans climat — tous les plans publics', '@language': 'fr' },
      { '@value': 'Plans climat — alle openbare plannen', '@language': 'nl' },
      { '@value': 'Plans climat — all public plans', '@language': 'en' },
    ]);
    // A plan title that exists only in French is tagged French, once.
    const dijon = catalog['dcat:dataset'].find((d: { '@id': string }) => d['@id'].endsWith('#dijon'));
    expect(dijon['dct:title'].map((l: { '@language': string }) => l['@language'])).toEqual(['fr']);
    expect(dijon['dct:description'].map((l: { '@language': string }) => l['@language'])).toEqual(['fr', 'nl', 'en']);
  }, 60_000);

  test('a plan folder named like the all-plans folder is refused', () => {
    const i = input();
    i.plans[0] = { ...i.plans[0], meta: { ...i.plans[0].meta, slug: 'tous' } };
    expect(() => buildExports(i)).toThrow(/réservé/);
  }, 30_000);
});
