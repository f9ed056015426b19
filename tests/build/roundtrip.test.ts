// The round trip staff make: download the plan's workbook, open and save it in LibreOffice, give
// it back to `npm run import -- <plan>.xlsx --plan <plan> --update`. Untouched, it changes
// nothing, for every bundled plan; with one status changed, the diff names exactly that action
// and both statuses; an edited derived column is refused with the column to edit instead. Runs on
// copies of content/ and data/ (some plans are locked to their seed), one LibreOffice conversion
// for all workbooks.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, requireDist } from '../helpers/site';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const TIMEOUT = 240_000;
let work: string;
let plans: string[];

beforeAll(() => {
  requireDist();
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice introuvable (${SOFFICE}) : ce test n'est jamais ignoré.`);
  work = mkdtempSync(join(tmpdir(), 'roundtrip-'));
  cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(work, 'data'), { recursive: true });
  plans = readdirSync(join(DIST, 'donnees'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DIST, 'donnees', d.name, `${d.name}.xlsx`)) && d.name !== 'tous')
    .map((d) => d.name);
  mkdirSync(join(work, 'in'));
  for (const p of plans) cpSync(join(DIST, 'donnees', p, `${p}.xlsx`), join(work, 'in', `${p}.xlsx`));
  execFileSync(
    SOFFICE,
    ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', 'xlsx', '--outdir', join(work, 'lo'), ...plans.map((p) => join(work, 'in', `${p}.xlsx`))],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT },
  );
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function update(file: string, plan: string, ...flags: string[]) {
  const env = { ...process.env, CONTENT_DIR: join(work, 'content'), DATA_DIR: join(work, 'data'), IMPORT_DATE: '2026-11-27' };
  try {
    const { stdout } = await exec(process.execPath, [TSX, 'scripts/import.ts', file, '--plan', plan, '--update', ...flags], { cwd: ROOT, env });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: `${e.stdout}${e.stderr}` };
  }
}

/** A copy of a LibreOffice-saved workbook with one cell of the actions sheet changed. */
async function edited(plan: string, column: string, value: (old: string) => string): Promise<{ file: string; row: Record<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(work, 'lo', `${plan}.xlsx`));
  const ws = wb.getWorksheet('actions')!;
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => header.set(String(cell.value), col));
  const r = ws.getRow(2);
  const row = Object.fromEntries([...header].map(([h, col]) => [h, String(r.getCell(col).value ?? '')]));
  r.getCell(header.get(column)!).value = value(row[column]);
  const file = join(work, `${plan}-${column}.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, row };
}

describe('round trip through the published workbook and LibreOffice', { timeout: TIMEOUT }, () => {
  test('every bundled plan’s workbook, re-saved untouched, gives an empty diff', async () => {
    expect(plans.length).toBeGreaterThanOrEqual(6);
    const results = await Promise.all(plans.map(async (p) => ({ p, ...(await update(join(work, 'lo', `${p}.xlsx`), p, '--dry-run')) })));
    for (const r of results) {
      expect(r.code, `${r.p}: ${r.stdout}`).toBe(0);
      expect(r.stdout, r.p).toContain('Différences : aucune.');
    }
  });

  test('one status changed: the diff names exactly that action and both statuses, and updates.csv records it', async () => {
    const plan = 'exemple';
    const { file, row } = await edited(plan, 'status_label', (old) => (old === 'En retard' ? 'En cours' : 'En retard'));
    const after = row.status_label === 'En retard' ? 'En cours' : 'En retard';
    const dry = await update(file, plan, '--dry-run');
    expect(dry.code, dry.stdout).toBe(0);
    const diff = dry.stdout.split('\n').filter((l) => /^ {2}\S/.test(l));
    expect(diff).toEqual([`  ${row.code || row.id} État : ${row.status_label || '(vide)'} → ${after}`, "  1 point(s) d'étape daté(s) ajouté(s) à updates.csv (état ou avancement modifié)."]);
    const before = readFileSync(join(work, 'data', plan, 'actions.csv'), 'utf8');
    const run = await update(file, plan);
    expect(run.code, run.stdout).toBe(0);
    const changed = readFileSync(join(work, 'data', plan, 'actions.csv'), 'utf8').split('\n').filter((l, i) => l !== before.split('\n')[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain(after);
    expect(readFileSync(join(work, 'data', plan, 'updates.csv'), 'utf8')).toContain(`${row.id}-import-2026-11-27,${row.id},2026-11-27,${after},,Mise à jour importée du tableur ${plan}-status_label.xlsx.`);
  });

  test('an edited derived column is refused, naming the column to edit instead', async () => {
    const { file } = await edited('dijon', 'status', (old) => (old === 'en_retard' ? 'en_cours' : 'en_retard'));
    const run = await update(file, 'dijon', '--dry-run');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/feuille « actions », ligne 2, colonne status : colonne calculée par le site, modifiée ici .* modifiez status_label à la place/);
  });
});
