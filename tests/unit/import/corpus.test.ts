/**
 * The importer on a corpus of sheets as staff have them: extra columns, a data row that looks like
 * a header, formulas with and without a cached value, merged cells, a Windows-1252 `;` export,
 * seed 003's leading blank lines and title. Each case says what the staff member sees.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importPlan, type ImportResult } from '../../../src/lib/import/import-plan';
import { readSheet } from '../../../src/lib/import/read-sheet';
import { formatReport } from '../../../src/lib/import/write';
import { seedPath } from '../../../scripts/seeds/derivation';
import { cp1252 } from '../../helpers/cp1252';

async function importBytes(bytes: Uint8Array, name: string, extra: { headerRow?: number } = {}): Promise<ImportResult> {
  return importPlan(await readSheet(bytes, name), { plan: 'ville', sourceName: name, ...extra });
}
const utf8 = (text: string) => new TextEncoder().encode(text);

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Actions'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('import corpus', () => {
  it('keeps a column the site does not know, « Commentaire », as an extra field of each action', async () => {
    const sheet = ["Intitulé de l'action;Porteur;Commentaire", 'Rénover les écoles;Patrimoine;Chantier de la 2e école en cours', 'Planter des haies;Espaces verts;', 'Créer des pistes;Voirie;Retard : appel d’offres infructueux'].join('\n');
    const r = await importBytes(utf8(sheet), 'suivi.csv');
    expect(r.tables.extra_fields).toEqual([
      { entity: 'action', id: 'renover-les-ecoles', field: 'Commentaire', value: 'Chantier de la 2e école en cours', source: 'suivi.csv l. 2' },
      { entity: 'action', id: 'creer-des-pistes', field: 'Commentaire', value: 'Retard : appel d’offres infructueux', source: 'suivi.csv l. 4' },
    ]);
    const text = formatReport(r.report);
    expect(text).toContain('« Commentaire » → champ propre au plan (extra_fields.csv) (2 cellules remplies)');
    expect(text).not.toMatch(/non reconnue|non importée/);
  });

  it('keeps an extra cell of a row that states an axis only on that axis', async () => {
    const sheet = ["Axe;Intitulé de l'action;Commentaire", 'Axe 1 : Mobilité;;Axe prioritaire en 2025', ';Créer des pistes;'].join('\n');
    const r = await importBytes(utf8(sheet), 'axes.csv');
    expect(r.tables.extra_fields).toEqual([{ entity: 'node', id: 'axe-1', field: 'Commentaire', value: 'Axe prioritaire en 2025', source: 'axes.csv l. 2' }]);
  });

  it('reads a data row that looks like a header as data: 4 actions of 4', async () => {
    const sheet = [
      "Axe;Intitulé de l'action;Porteur de l'action",
      'Axe 1 : Mobilité;Créer des pistes cyclables;Voirie',
      'Axe 2 : Bâtiments;Action 12 — Rénover les écoles;Patrimoine',
      ';Isoler les gymnases;Patrimoine',
      ';Remplacer les chaudières fioul;Patrimoine',
    ].join('\n');
    const r = await importBytes(utf8(sheet), 'plan.csv');
    expect(r.report.headers.map((h) => h.line)).toEqual([1]);
    expect(r.report.actionRows).toBe(4);
    expect(r.report.refused).toEqual([]);
    expect(r.tables.actions!.map((a) => a.title)).toContain('Action 12 — Rénover les écoles');
  });

  it('takes the header from --header-row, and reads every later row as data', async () => {
    const sheet = ['Intitulé;Porteur', "Titre;Porteur de l'action", 'Rénover les écoles;Patrimoine'].join('\n');
    const r = await importBytes(utf8(sheet), 'plan.csv', { headerRow: 2 });
    expect(r.report.headers.map((h) => h.line)).toEqual([2]);
    expect(r.tables.actions!.map((a) => [a.title, a.pilot])).toEqual([['Rénover les écoles', 'Patrimoine']]);
  });

  it('lists each formula with its cached value, and refuses a formula without one', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(["Intitulé de l'action", 'Budget', 'Début']);
      ws.addRow(['Rénover les écoles', null, 2024]);
      ws.getCell('B2').value = { formula: 'C3*10', result: 24000 } as ExcelJS.CellFormulaValue;
      ws.addRow(['Isoler les gymnases', 2400, 2025]);
      ws.addRow(['Planter des haies', null, 2026]);
      ws.getCell('B4').value = { formula: 'B3*2' } as ExcelJS.CellFormulaValue;
    });
    const r = await importBytes(bytes, 'budget.xlsx');
    expect(r.report.formulas).toEqual([{ line: 2, column: 'B', formula: 'C3*10', result: '24000' }]);
    expect(r.report.errors).toEqual([{ line: 4, message: expect.stringMatching(/^cellule B4 : formule « =B3\*2 » sans valeur calculée/) }]);
    expect(formatReport(r.report)).toContain('l. 2 cellule B2 : =C3*10 → « 24000 »');
    expect(formatReport(r.report)).toContain('Erreurs (rien ne sera écrit) (1)');
  });

  it('spreads an axis merged down a column over every action of the block', async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(['Axe', "Intitulé de l'action"]);
      ws.addRow(['Axe 1 : Mobilité', 'Créer des pistes']);
      ws.addRow([null, 'Ateliers vélo']);
      ws.addRow(['Axe 2 : Bâtiments', 'Rénover les écoles']);
      ws.mergeCells('A2:A3');
    });
    const r = await importBytes(bytes, 'fusion.xlsx');
    expect(r.tables.actions!.map((a) => [a.parent, a.title])).toEqual([
      ['axe-1', 'Créer des pistes'],
      ['axe-1', 'Ateliers vélo'],
      ['axe-2', 'Rénover les écoles'],
    ]);
  });

  it('reads a Windows-1252 « ; » export with its extra column', async () => {
    const r = await importBytes(cp1252("Intitulé de l'action;État d'avancement;Élu référent\r\nRénover l’école;En cours;Mme la maire-adjointe\r\n"), 'export.csv');
    expect(r.report.format).toBe('texte windows-1252, séparateur « ; »');
    expect(r.tables.actions![0]).toMatchObject({ title: 'Rénover l’école', status: 'En cours' });
    expect(r.tables.extra_fields).toEqual([expect.objectContaining({ field: 'Élu référent', value: 'Mme la maire-adjointe' })]);
  });

  it('skips seed 003’s leading blank lines and takes its title line as the plan title', async () => {
    const r = await importBytes(readFileSync(seedPath('003_90985226b51309a9.txt')), '003.txt');
    expect(r.report.headers[0].line).toBe(37);
    expect(r.report.blankLines).toBeGreaterThanOrEqual(34);
    expect(r.titleHint).toBe("Transformer l'administration pour réussir la transition");
    expect(r.report.ignored[0]).toEqual({ line: 35, reason: "avant la première ligne d'en-tête : « Transformer l'administration pour réussir la transition »" });
  });
});
