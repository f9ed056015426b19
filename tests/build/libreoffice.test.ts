// LibreOffice Calc (headless) opens the exported files of dist/: the canonical CSV (UTF-8, comma)
// and the spreadsheet variant (XLSX). Accented text and numbers must come out as they went in.
// Needs `soffice` (Debian: apt-get install libreoffice-calc; .ci/run installs it). A missing
// LibreOffice is a failure, never a skip. Set SOFFICE_PATH to use another binary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, requireDist } from '../helpers/site';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const TIMEOUT = 240_000;
let work: string;

beforeAll(() => {
  requireDist();
  if (!existsSync(SOFFICE)) {
    throw new Error(
      `LibreOffice introuvable (${SOFFICE}) : apt-get install libreoffice-calc, ou SOFFICE_PATH=… . ` +
        `Ce test vérifie que les fichiers de données s'ouvrent dans un tableur ; il n'est jamais ignoré.`,
    );
  }
  work = mkdtempSync(join(tmpdir(), 'lo-exports-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs LibreOffice headless with its own profile (parallel runs and a user's LibreOffice stay apart). */
function soffice(args: string[]): void {
  execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: TIMEOUT,
  });
}

type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** The fictional plan's actions: accents in every title, budgets in millions, decimals, booleans. */
function pickTable(): { dir: string; file: string; rows: Row[] } {
  const plans = readdirSync(join(DIST, 'donnees'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'tous' && d.name !== 'champs');
  const candidates = plans.map((d) => ({ dir: d.name, file: join(DIST, 'donnees', d.name, 'actions.csv') }));
  const scored = candidates.map((c) => ({ ...c, rows: parse(readFileSync(c.file, 'utf8')) })).sort((a, b) => b.rows.filter((r) => r.budget_min).length - a.rows.filter((r) => r.budget_min).length);
  return scored[0];
}

describe('LibreOffice Calc', () => {
  test(
    'opens the canonical CSV (UTF-8, comma): accented text stays text, numbers are numbers',
    async () => {
      const { file, rows } = pickTable();
      const accented = rows.find((r) => /[éèàçôû]/.test(r.title))!;
      const withBudget = rows.find((r) => r.budget_min && Number(r.budget_min) >= 1000)!;
      expect(accented && withBudget).toBeTruthy();
      // Field separator 44 (,), text delimiter 34 ("), charset 76 (UTF-8), from line 1, en-US numbers:
      // what the import dialog proposes for this file.
      soffice(['--infilter=CSV:44,34,76,1,,1033', '--convert-to', 'xlsx', '--outdir', work, file]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(work, 'actions.xlsx'));
      const sheet = book.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      expect(header).toEqual(Object.keys(rows[0]));
      const col = (name: string) => header.indexOf(name) + 1;
      const rowOf = (id: string) => {
        for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col('id')).value === id) return sheet.getRow(r);
        throw new Error(`ligne ${id} introuvable`);
      };
      expect(sheet.rowCount).toBe(rows.length + 1);
      expect(rowOf(accented.id).getCell(col('title')).value).toBe(accented.title);
      const budget = rowOf(withBudget.id).getCell(col('budget_min')).value;
      expect(typeof budget).toBe('number');
      expect(budget).toBe(Number(withBudget.budget_min));
    },
    TIMEOUT,
  );

  test(
    'opens the XLSX workbook: every sheet, every cell as in the canonical CSV',
    () => {
      const { dir } = pickTable();
      const book = join(DIST, 'donnees', dir, `${dir}.xlsx`);
      // Export every sheet (last token -1) to UTF-8 CSV, comma, values as stored.
      soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1', '--outdir', work, book]);
      const differences: string[] = [];
      let cells = 0;
      for (const table of ['actions', 'budget_lines', 'indicator_values', 'subactions', 'partners']) {
        const expected = parse(readFileSync(join(DIST, 'donnees', dir, `${table}.csv`), 'utf8'));
        const back = parse(readFileSync(join(work, `${dir}-${table}.csv`), 'utf8'));
        if (back.length !== expected.length) differences.push(`${table} : ${back.length} lignes au lieu de ${expected.length}`);
        expected.forEach((row, i) => {
          for (const [k, v] of Object.entries(row)) {
            const got = back[i]?.[k] ?? '<absent>';
            // Calc writes booleans in capitals; numbers must be equal as numbers.
            const same = got === v || got.toLowerCase() === v || (v !== '' && /^-?\d/.test(v) && Number(got) === Number(v));
            if (!same) differences.push(`${table}[${i}].${k} : « ${v} » devenu « ${got} »`);
            cells++;
          }
        });
      }
      expect(differences.slice(0, 20)).toEqual([]);
      expect(cells).toBeGreaterThan(1000);
      const actions = parse(readFileSync(join(work, `${dir}-actions.csv`), 'utf8'));
      expect(actions.some((r) => /é/.test(r.title))).toBe(true);
    },
    TIMEOUT,
  );
});
