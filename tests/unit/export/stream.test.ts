// The streamed writers of the all-plans files yield exactly the bytes of the whole-file writers:
// streaming a file changes how it is written, never what it contains.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../src/lib/export/csv';
import { csvChunks, jsonChunks, measureChunks } from '../../../src/lib/export/stream';
import { xlsx, xlsxChunks } from '../../../src/lib/export/xlsx';
import { zip, zipChunks } from '../../../src/lib/export/zip';
import type { Row } from '../../../src/lib/export/rows';

const columns = [{ name: 'id' }, { name: 'title' }, { name: 'amount' }, { name: 'done' }];
const tables: [string, Row[]][] = [
  ['no row', []],
  ['one row', [{ id: 'a1', title: 'Vélo', amount: 12.5, done: true }]],
  [
    'quotes, commas, line breaks, formulas, missing cells',
    [
      { id: 'a1', title: 'Un « titre », avec virgule', amount: 27000000, done: false },
      { id: 'a2', title: 'Deux\nlignes et "guillemets"', amount: null, done: null },
      { id: 'a3', title: '=SOMME(A1)', amount: -5, done: true },
      { id: 'a4', title: ' espace au début', amount: 1e21, done: false },
      { id: 'a5' },
    ],
  ],
];

const text = (chunks: Iterable<string>) => [...chunks].join('');

describe('streamed tables', () => {
  it.each(tables)('CSV, %s: the chunks make toCsv', (_, rows) => {
    expect(text(csvChunks(columns, rows))).toBe(toCsv(columns, rows));
  });
  it.each(tables)('JSON, %s: the chunks make toJson', (_, rows) => {
    expect(text(jsonChunks(columns, rows))).toBe(toJson(columns, rows));
  });
  it('measures bytes and SHA-256 as of the whole file', () => {
    const rows = tables[2][1];
    const whole = toCsv(columns, rows);
    expect(measureChunks(csvChunks(columns, rows))).toEqual({
      bytes: Buffer.byteLength(whole, 'utf8'),
      sha256: createHash('sha256').update(whole).digest('hex'),
    });
  });
});

describe('streamed archives', () => {
  const entries = [
    { path: 'LISEZMOI.md', data: '# Données\n'.repeat(200) },
    { path: 'tous/actions.csv', data: () => toCsv(columns, tables[2][1]) },
    { path: 'données/é.bin', data: new Uint8Array([0, 1, 2]) },
  ];
  it('a ZIP written entry by entry is the ZIP written at once', () => {
    expect(Buffer.concat([...zipChunks(entries, '2024-03-01')])).toEqual(Buffer.from(zip(entries, '2024-03-01')));
  });
  it('a workbook written sheet by sheet is the workbook written at once', () => {
    const sheets = [{ name: 'actions', columns, rows: tables[2][1] }];
    expect(Buffer.concat([...xlsxChunks(sheets, '2024-03-01')])).toEqual(Buffer.from(xlsx(sheets, '2024-03-01')));
  });
  it('a sheet whose rows are made again each time they are read is the sheet of the same rows as an array', () => {
    const rows = tables[2][1];
    let reads = 0;
    const again = { *[Symbol.iterator]() { reads++; yield* rows.map((r) => ({ ...r })); } };
    const sheets = (r: Iterable<(typeof rows)[number]>) => [{ name: 'actions', columns, rows: r }];
    expect(Buffer.from(xlsx(sheets(again), '2024-03-01'))).toEqual(Buffer.from(xlsx(sheets(rows), '2024-03-01')));
    // Read twice: the column widths, then the cells.
    expect(reads).toBe(2);
  });
  it('a ZIP entry made by a function is made only when the archive reaches it', () => {
    let made = 0;
    const lazy = [{ path: 'a', data: 'x' }, { path: 'b', data: () => (made++, 'y') }];
    const it = zipChunks(lazy);
    it.next();
    expect(made).toBe(0);
    [...it];
    expect(made).toBe(1);
  });
});
