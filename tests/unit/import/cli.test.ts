/**
 * `npm run import` as staff run it: a child process on files the tests build (a Windows-1252 CSV
 * with `;`, an XLSX workbook), writing into temporary content and data folders, then
 * `npm run check` on what it wrote.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cp1252 } from '../../helpers/cp1252';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

async function cli(script: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [TSX, script, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  return { dir, env: { CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data') } };
}

// A spreadsheet as Excel saves it on a French Windows: « CSV (séparateur : point-virgule) ».
const SHEET = [
  "Axe;Intitulé de l'action;Porteur de l'action;Partenaires financiers;Autres partenaires;Début;Date de fin;Budget global de l'action;État d'avancement;Description",
  'Axe 1 : Mobilité;Créer des pistes cyclables;Service Voirie;"Ademe ; Région";Département, Communes (hors centre);sept-19;2022;17 à 27 M€;En cours;"<p>Relier les quartiers.</p><ul><li>- Tronçon nord</li><li>- Tronçon <b>sud</b></li></ul><script>alert(1)</script>"',
  ';Ateliers de réparation de vélos;Service Voirie;;;été 2020;?;24 000 €;Complété;<p onclick="x()">Ateliers mensuels</p>',
  ';Créer des pistes cyclables;Service Voirie;;;sept-19;2022;17 à 27 M€;En cours;',
  'Axe 2 : Bâtiments;Rénover les écoles;Direction du patrimoine;;;2021;2019;environ la moitié du budget;Presque fini;',
  ';;Service Voirie;;;;;;;',
].join('\r\n');

describe('npm run import', { timeout: 120_000 }, () => {
  it('imports a Windows-1252 « ; » CSV into content the check accepts, with a report', async () => {
    const { dir, env } = workspace();
    const file = join(dir, 'tableau.csv');
    writeFileSync(file, cp1252(SHEET));
    const run = await cli('scripts/import.ts', [file, '--plan', 'ville'], env);
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toContain('Lecture : texte windows-1252, séparateur « ; ».');
    expect(out).toMatch(/Lignes lues : 5 /);
    expect(out).toMatch(/→ 3 actions, 1 doublon fusionné, 0 ligne de niveau seul, 1 ligne refusée/);
    expect(out).toMatch(/l\. 4 → l\. 2 : même action/);
    expect(out).toMatch(/l\. 3 status : « Complété » → Réalisé/);
    expect(out).toMatch(/l\. 2, 4 start : « sept-19 » → septembre\s2019 \(2019-09-01 → 2019-09-30\)/);
    expect(out).toMatch(/l\. 5 budget : « environ la moitié du budget » — pas de montant lisible/);
    expect(out).toMatch(/status : « Presque fini » — état inconnu du site/);
    expect(out).toMatch(/l\. 2 Description : balise <script> retiré\(e\)/);
    expect(out).toMatch(/l\. 3 Description : attribut onclick retiré\(e\)/);
    expect(out).toMatch(/l\. 6 : intitulé de l'action vide/);

    const actions = readFileSync(join(env.DATA_DIR, 'ville/actions.csv'), 'utf8');
    expect(actions.split('\n')[0]).toBe('id,parent,title,summary,status,pilot,start,end,budget,source');
    expect(actions).toContain('axe-1-a01,axe-1,Créer des pistes cyclables,"Relier les quartiers.\n\n* Tronçon nord\n* Tronçon **sud**",En cours,Service Voirie,sept-19,2022,17 à 27 M€,"tableau.csv l. 2, 4"');
    expect(readFileSync(join(env.DATA_DIR, 'ville/hierarchy.csv'), 'utf8')).toBe(
      'id,level,code,title,source\naxe-1,axe,1,Mobilité,tableau.csv l. 2\naxe-2,axe,2,Bâtiments,tableau.csv l. 5\n',
    );
    expect(readFileSync(join(env.DATA_DIR, 'ville/partners.csv'), 'utf8')).toBe(
      'id,action,name,role,source\n' +
        'axe-1-a01-p1,axe-1-a01,Ademe,financier,tableau.csv l. 2\n' +
        'axe-1-a01-p2,axe-1-a01,Région,financier,tableau.csv l. 2\n' +
        'axe-1-a01-p3,axe-1-a01,Département,partenaire,tableau.csv l. 2\n' +
        'axe-1-a01-p4,axe-1-a01,Communes (hors centre),partenaire,tableau.csv l. 2\n',
    );
    const plan = readFileSync(join(env.CONTENT_DIR, 'ville/plan.md'), 'utf8');
    expect(plan).toContain('#   "Presque fini": a_venir');

    // The check finds what is left to do: the unknown status, and the end before the start.
    const check = await cli('scripts/check-content.ts', [], env);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/ville\/actions\.csv:7: status: statut inconnu « Presque fini »/);
    expect(check.stdout).toMatch(/ville\/actions\.csv:7: end: la fin \(« 2019 »\) précède le début \(« 2021 »\)/);
    expect(check.stdout.split('\n').filter((l) => /: (?!.*avertissement)/.test(l) && /\.csv:\d+:/.test(l))).toHaveLength(2);
  });

  it('never overwrites without --force, writes nothing with --dry-run, keeps ids with --force', async () => {
    const { dir, env } = workspace();
    const file = join(dir, 'tableau.csv');
    writeFileSync(file, cp1252(SHEET));
    expect((await cli('scripts/import.ts', [file, '--plan', 'ville'], env)).code).toBe(0);
    const before = readFileSync(join(env.DATA_DIR, 'ville/actions.csv'), 'utf8');

    // The sheet gains a row at the top: the existing actions keep their ids.
    const grown = SHEET.replace('\r\nAxe 1 : Mobilité;', '\r\nAxe 1 : Mobilité;Zones 30;Service Voirie;;;2023;2024;;Nouveau;\r\n;');
    writeFileSync(file, cp1252(grown));
    const refused = await cli('scripts/import.ts', [file, '--plan', 'ville'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/Rien n’a été écrit : .*actions\.csv.* --force/);
    expect(readFileSync(join(env.DATA_DIR, 'ville/actions.csv'), 'utf8')).toBe(before);

    const dry = await cli('scripts/import.ts', [file, '--plan', 'ville', '--dry-run', '--force'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Rien n’a été écrit (--dry-run).');
    expect(readFileSync(join(env.DATA_DIR, 'ville/actions.csv'), 'utf8')).toBe(before);

    const forced = await cli('scripts/import.ts', [file, '--plan', 'ville', '--force'], env);
    expect(forced.code, forced.stderr).toBe(0);
    const after = readFileSync(join(env.DATA_DIR, 'ville/actions.csv'), 'utf8');
    const idOf = (text: string, title: string) => text.split('\n').find((l) => l.includes(`,${title},`))?.split(',')[0];
    expect(idOf(after, 'Créer des pistes cyclables')).toBe(idOf(before, 'Créer des pistes cyclables'));
    expect(idOf(after, 'Ateliers de réparation de vélos')).toBe(idOf(before, 'Ateliers de réparation de vélos'));
    // A new action takes the next free number, never an id the plan already used.
    expect(idOf(after, 'Zones 30')).toBe('axe-1-a03');
  });

  it('imports an XLSX workbook', async () => {
    const { dir, env } = workspace();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.addRow(['Objectif stratégique', 'Action', 'Service pilote', 'Début', 'Fin', 'Avancement (%)']);
    ws.addRow(['Sobriété des bâtiments', 'Éteindre les bureaux la nuit', 'Direction du patrimoine', new Date(Date.UTC(2021, 0, 15)), 2023, 0.5]);
    ws.getCell('D2').numFmt = 'dd/mm/yyyy';
    ws.getCell('F2').numFmt = '0%';
    ws.addRow([null, 'Chauffer à 19 °C', 'Direction du patrimoine', 2021, 2026, 1]);
    ws.getCell('F3').numFmt = '0%';
    ws.mergeCells('A2:A3');
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = await cli('scripts/import.ts', [file, '--plan', 'patrimoine'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Lecture : classeur XLSX, feuille « Actions ».');
    expect(readFileSync(join(env.DATA_DIR, 'patrimoine/actions.csv'), 'utf8')).toBe(
      'id,parent,title,progress,pilot,start,end,source\n' +
        'objectif-1-a01,objectif-1,Éteindre les bureaux la nuit,50,Direction du patrimoine,2021-01-15,2023,plan.xlsx l. 2\n' +
        'objectif-1-a02,objectif-1,Chauffer à 19 °C,100,Direction du patrimoine,2021,2026,plan.xlsx l. 3\n',
    );
    const check = await cli('scripts/check-content.ts', [], env);
    expect(check.stdout).toMatch(/ 0 erreur\(s\)/);
  });

  it.each([
    ['a missing file', ['absent.csv', '--plan', 'x'], /^Import impossible : fichier introuvable : absent\.csv$/],
    ['a missing --plan', ['package.json'], /^Import impossible : --plan manquant/],
    ['an invalid plan id', ['package.json', '--plan', 'Mon Plan'], /^Import impossible : --plan « Mon Plan »/],
    ['a file without any known header', ['package.json', '--plan', 'x'], /^Import impossible : aucune ligne d'en-tête reconnue/],
  ])('exits 1 with a one-line reason on %s', async (_label, args, message) => {
    const { env } = workspace();
    const run = await cli('scripts/import.ts', args, env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(env.DATA_DIR)).toBe(false);
  });
});
