/**
 * `npm run import -- FILE --plan SLUG --update` as staff run it: a plan imported once, then the
 * sheet edited one way at a time (status, budget, date, new row, removed row, ambiguous code), each
 * edit giving the expected diff and files. `--dry-run` writes nothing: `git status --porcelain`
 * stays empty in a git repository made for the test.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { planUpdate } from '../../../src/lib/import/update';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

const HEADER = "N°;Axe;Intitulé de l'action;État d'avancement;Début;Budget global de l'action;Commentaire";
const ROWS = [
  '1.1;Axe 1 : Mobilité;Créer des pistes cyclables;En cours;2021;?;Tronçon nord livré',
  '1.2;Axe 1 : Mobilité;Ateliers de réparation de vélos;À venir;2024;24 000 €;',
  '2.1;Axe 2 : Bâtiments;Rénover les écoles;En cours;2022;1,2 M€;',
];
const sheet = (rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

async function cli(dir: string, args: string[]) {
  const env = { ...process.env, CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data'), IMPORT_DATE: '2026-11-27' };
  try {
    const { stdout, stderr } = await exec(process.execPath, [TSX, join(ROOT, 'scripts/import.ts'), ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A plan imported from the sheet above, in its own git repository (committed). */
let base: string | undefined;
async function plan(): Promise<string> {
  if (!base) {
    base = mkdtempSync(join(tmpdir(), 'update-base-'));
    writeFileSync(join(base, 'plan.csv'), sheet(ROWS));
    const run = await cli(base, [join(base, 'plan.csv'), '--plan', 'ville']);
    expect(run.code, run.stderr).toBe(0);
  }
  const dir = mkdtempSync(join(tmpdir(), 'update-'));
  cpSync(join(base, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(base, 'data'), join(dir, 'data'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString();
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'plan');
  return dir;
}

const diffLines = (stdout: string) => stdout.slice(stdout.indexOf('Différences')).split('\n').filter((l) => /^ {2}\S/.test(l));
const data = (dir: string, file: string) => readFileSync(join(dir, 'data/ville', file), 'utf8');
const status = (dir: string) => execFileSync('git', ['status', '--porcelain'], { cwd: dir }).toString();

describe('npm run import --update', { timeout: 120_000 }, () => {
  it.each([
    ['status', [ROWS[0], ROWS[1].replace('À venir', 'En retard'), ROWS[2]], ['  1.2 État : À venir → En retard', "  1 point(s) d'étape daté(s) ajouté(s) à updates.csv (état ou avancement modifié)."], ['actions.csv', 'updates.csv']],
    ['budget', [ROWS[0].replace(';?;', ';15 000 €;'), ROWS[1], ROWS[2]], ['  1.1 Budget : « ? » → « 15 000 € »'], ['actions.csv']],
    ['date', [ROWS[0], ROWS[1], ROWS[2].replace(';2022;', ';sept-22;')], ['  2.1 Début : « 2022 » → « sept-22 »'], ['actions.csv']],
    ['extra field', [ROWS[0].replace('Tronçon nord livré', 'Tronçon sud livré'), ROWS[1], ROWS[2]], ['  1.1 Commentaire : « Tronçon nord livré » → « Tronçon sud livré »'], ['extra_fields.csv']],
    ['emptied extra cell', [ROWS[0].replace('Tronçon nord livré', ''), ROWS[1], ROWS[2]], ['  1.1 Commentaire : « Tronçon nord livré » → (vide)'], ['extra_fields.csv']],
    ['new row', [...ROWS, '2.2;Axe 2 : Bâtiments;Isoler les gymnases;À venir;2025;;'], ['  + 2.2 « Isoler les gymnases » : ajoutée'], ['actions.csv']],
    ['removed row', [ROWS[0], ROWS[2]], ['  - 1.2 « Ateliers de réparation de vélos » : absente du tableur, gardée (--remove-missing pour la retirer)'], []],
  ])('%s: the diff names it, and only the files that change are written', async (_kind, rows, expectedDiff, written) => {
    const dir = await plan();
    writeFileSync(join(dir, 'edit.csv'), sheet(rows as string[]));
    const before = Object.fromEntries(['actions.csv', 'updates.csv', 'extra_fields.csv'].map((f) => [f, existsSync(join(dir, 'data/ville', f)) ? data(dir, f) : '']));
    const dry = await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(diffLines(dry.stdout)).toEqual(expectedDiff);
    expect(status(dir)).toBe('?? edit.csv\n');
    const run = await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update']);
    expect(run.code, run.stderr).toBe(0);
    const changed = status(dir).split('\n').filter((l) => l !== '' && l !== '?? edit.csv').map((l) => l.slice(3).replace('data/ville/', ''));
    expect(changed.sort()).toEqual(written);
    for (const f of written as string[]) expect(data(dir, f)).not.toBe(before[f]);
  });

  it('records a status change in updates.csv, dated and marked as coming from an import', async () => {
    const dir = await plan();
    writeFileSync(join(dir, 'edit.csv'), sheet([ROWS[0], ROWS[1].replace('À venir', 'En retard'), ROWS[2]]));
    await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update']);
    expect(data(dir, 'updates.csv')).toBe('id,action,date,status,note,source\n1.2-import-2026-11-27,1.2,2026-11-27,En retard,Mise à jour importée du tableur edit.csv.,npm run import --update edit.csv\n');
    expect((await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update'])).stdout).toContain('Différences : aucune.');
  });

  it('removes a missing action, with what hangs on it, only with --remove-missing', async () => {
    const dir = await plan();
    writeFileSync(join(dir, 'edit.csv'), sheet([ROWS[1], ROWS[2]]));
    const run = await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update', '--remove-missing']);
    expect(diffLines(run.stdout)).toEqual(['  - 1.1 « Créer des pistes cyclables » : absente du tableur, retirée']);
    expect(data(dir, 'actions.csv')).not.toContain('Créer des pistes cyclables');
    expect(data(dir, 'extra_fields.csv')).not.toContain('Tronçon nord');
  });

  it('refuses a code that matches two actions, naming both, and writes nothing', async () => {
    const dir = await plan();
    const actions = data(dir, 'actions.csv').replace(',2.1,Rénover les écoles', ',1.2,Rénover les écoles');
    writeFileSync(join(dir, 'data/ville/actions.csv'), actions);
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'same code'], { cwd: dir });
    writeFileSync(join(dir, 'edit.csv'), sheet([ROWS[0], '1.2;Axe 3 : Énergie;Ateliers vélo;En cours;2024;;']));
    const run = await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Erreur : « Ateliers vélo » : le code « 1\.2 » correspond à plusieurs actions du plan \(1\.2 « Ateliers de réparation de vélos », 2\.1 « Rénover les écoles »\)/);
    expect(status(dir)).toBe('?? edit.csv\n');
  });

  it('refuses --update with --force, which replaces a plan wholesale', async () => {
    const dir = await plan();
    const run = await cli(dir, [join(dir, 'edit.csv'), '--plan', 'ville', '--update', '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--update .* et --force .* ne vont pas ensemble/);
  });
});

describe('planUpdate', () => {
  it('matches by code, tells two actions with one code apart by their parent', () => {
    const existing = { actions: [{ id: 'a', code: '1', parent: 'x', title: 'A' }, { id: 'b', code: '1', parent: 'y', title: 'B' }] };
    const u = planUpdate(existing, { actions: [{ id: 'new-id', code: '1', parent: 'y', title: 'B bis' }] }, { tables: ['actions'], fields: { actions: ['title'] }, matchByCode: true, removeMissing: false, date: '2026-01-01', sourceName: 's.csv' });
    expect(u.errors).toEqual([]);
    expect(u.changed).toEqual([{ table: 'actions', key: 'b', label: '1', changes: [{ column: 'title', field: 'title', before: 'B', after: 'B bis' }] }]);
  });
});
