import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Line } from '../../../src/lib/import/decode';
import { detectDelimiter, parseDelimited } from '../../../src/lib/import/grid';
import { guessHeader } from '../../../src/lib/import/headers';
import { htmlToMarkdown, markdownToPlain } from '../../../src/lib/import/html';
import { readSheet } from '../../../src/lib/import/read-sheet';
import { splitCode, slugify } from '../../../src/lib/import/ids';
import { cp1252 } from '../../helpers/cp1252';

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('Début;Fin'), 'utf-8', 'Début;Fin'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Début')]), 'utf-8 (BOM)', 'Début'],
    ['Windows-1252', cp1252('Début;Coût : 24 000 € ; œuvre’s'), 'windows-1252', 'Début;Coût : 24 000 € ; œuvre’s'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...[...'Été'].flatMap((c) => [c.charCodeAt(0), 0])]), 'utf-16le', 'Été'],
  ])('%s', (_label, bytes, encoding, text) => {
    expect(decodeText(bytes)).toEqual({ encoding, text });
  });

  it('finds the line of the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8Line(new TextEncoder().encode('a\nb'))).toBe(0);
    expect(firstInvalidUtf8Line(cp1252('id,title\na1,Un\na2,Été\n'))).toBe(3);
  });
});

describe('delimiters', () => {
  it.each([
    ['comma', 'a,b,c\n1,"x, y",3\n', ','],
    ['semicolon with decimal commas', 'Intitulé;Budget;Début\nA;700 000,00 €;2019\nB;1,5 M€;2020\n', ';'],
    ['tab with commas in text', 'Action\tPartenaires\tFin\nA\tAtmo, DREAL, Ademe\t2026\nB\tCiteo\t2022\n', '\t'],
  ])('%s', (_label, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  it('keeps line breaks inside quoted cells and numbers rows by the line they start on', () => {
    const grid = parseDelimited('Action;Description\nA;"ligne 1\nligne 2"\nB;x\n');
    expect(grid.rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Action', 'Description']],
      [2, ['A', 'ligne 1\nligne 2']],
      [4, ['B', 'x']],
    ]);
  });
});

describe('French headers', () => {
  it.each([
    ["Intitulé de l'action", { kind: 'field', field: 'title' }],
    ['Fiche action chapeau', { kind: 'field', field: 'title' }],
    ['FICHE ACTION', { kind: 'field', field: 'title' }],
    ["Porteur de l'action", { kind: 'field', field: 'pilot' }],
    ['Service pilote', { kind: 'field', field: 'pilot' }],
    ['Partenaires Financiers', { kind: 'partners', role: 'financier' }],
    ['Autres Partenaires', { kind: 'partners', role: 'partenaire' }],
    ['Début', { kind: 'field', field: 'start' }],
    ['Date de fin', { kind: 'field', field: 'end' }],
    ['Fin', { kind: 'field', field: 'end' }],
    ["Budget global de l'action", { kind: 'field', field: 'budget' }],
    ["Budget globale de l'action", { kind: 'field', field: 'budget' }],
    ["État d'avancement", { kind: 'field', field: 'status' }],
    ["Indicateur d'avancement de la mesure (menu)", { kind: 'field', field: 'status' }],
    ['Avancement (%)', { kind: 'field', field: 'progress' }],
    ['Thème', { kind: 'field', field: 'tags' }],
    ["Mesure Cti'ergie", { kind: 'level', level: 'mesure', label: 'Mesure' }],
    ['Axe Stratégique', { kind: 'level', level: 'axe', label: 'Axe stratégique' }],
    ['Objectif stratégique', { kind: 'level', level: 'objectif', label: 'Objectif stratégique' }],
    ['Action', { kind: 'field', field: 'title' }],
    ['Coût de fonctionnement HT', { kind: 'field', field: 'budget_operating' }],
  ])('« %s »', (header, target) => {
    expect(guessHeader(header)).toEqual(target);
  });

  it('does not guess an unknown header', () => {
    expect(guessHeader('Caractéristiques')).toBeUndefined();
  });
});

describe('HTML in cells', () => {
  it('turns lists, paragraphs and bold into Markdown, hand bullets into list items', () => {
    const cell = '<p>La convention concerne :</p> <ul style="list-style-type: none"> <li>- Le Mail</li> <li>- La <b>Fontaine</b> d&#39;Ouche</li> </ul>';
    expect(htmlToMarkdown(cell)).toEqual({ text: "La convention concerne :\n\n* Le Mail\n* La **Fontaine** d'Ouche", changed: true, removed: [] });
    expect(markdownToPlain(htmlToMarkdown(cell).text)).toBe("La convention concerne : Le Mail ; La Fontaine d'Ouche");
  });

  it('removes and reports scripts, event handlers and javascript: links', () => {
    const r = htmlToMarkdown('<p onclick="x()">Texte<script>alert(1)</script> <a href="javascript:alert(2)">lien</a> <img src=x onerror=alert(3)></p>');
    expect(r.text).toBe('Texte lien');
    expect(r.removed).toEqual(['attribut onclick', 'balise <script>', 'lien « javascript: »', 'attribut onerror']);
  });

  it('leaves a cell without HTML untouched', () => {
    expect(htmlToMarkdown('a < b et c > d')).toEqual({ text: 'a < b et c > d', changed: false, removed: [] });
  });
});

describe('codes and ids', () => {
  it.each([
    ['TA1 Une gestion des ressources humaines', { code: 'TA1', title: 'Une gestion des ressources humaines' }],
    ['1.1.1. Définir la vision', { code: '1.1.1', title: 'Définir la vision' }],
    ['3.2.2 Augmenter', { code: '3.2.2', title: 'Augmenter' }],
    ['Axe 2 : Mobilité', { code: '2', title: 'Mobilité' }],
    ['2017 : une année', { title: '2017 : une année' }],
    ['Renforcer le lien social', { title: 'Renforcer le lien social' }],
  ])('splitCode(%s)', (cell, expected) => {
    expect(splitCode(cell)).toEqual(expected);
  });

  it('slugifies titles into short ids', () => {
    expect(slugify("Déploiement des sites de compostage partagé (résidences, entreprises…)", 40)).toBe('deploiement-des-sites-de-compostage');
    expect(slugify('Œuvre')).toBe('oeuvre');
  });
});

describe('readSheet', () => {
  it('reads an XLSX workbook: dates at their precision, money, formulas by result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.addRow(["Intitulé de l'action", 'Début', 'Budget global', 'Avancement (%)']);
    ws.addRow(['Pistes cyclables', new Date(Date.UTC(2019, 8, 1)), 24000, { formula: 'B5*2', result: 0.5 }]);
    ws.getCell('B2').numFmt = 'mmm-yy';
    ws.getCell('C2').numFmt = '# ##0 "€"';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const grid = await readSheet(bytes, 'plan.xlsx');
    expect(grid.format).toBe('classeur XLSX, feuille « Plan »');
    expect(grid.rows[1]).toEqual({ line: 2, cells: ['Pistes cyclables', '2019-09', '24000 €', '0.5'] });
  });

  it.each([
    ['an empty file', new Uint8Array(), 'x.csv', /fichier vide/],
    ['an old .xls', new Uint8Array([0xd0, 0xcf]), 'x.xls', /\.xls/],
    ['a .xlsx that is not a workbook', new TextEncoder().encode('a,b'), 'x.xlsx', /pas un classeur/],
    ['a binary file', new Uint8Array([0x25, 0x50, 0, 0, 0, 0, 1, 2]), 'x.pdf', /binaire/],
  ])('refuses %s with a one-line reason', async (_label, bytes, name, message) => {
    await expect(readSheet(bytes, name)).rejects.toThrow(message);
  });
});
