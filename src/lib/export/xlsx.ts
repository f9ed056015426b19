/**
 * The spreadsheet-friendly variant of the exports: an XLSX workbook, one sheet per table.
 *
 * Why XLSX rather than a "BOM + ; + decimal comma" CSV: in a workbook every cell carries its
 * type, so accents, columns and numbers come out right in Excel and LibreOffice whatever their
 * locale; a text such as "1.1.1", "41-1" or "sept-19" stays text (a CSV opened in Excel becomes a
 * date); and text starting with "=", "+", "-" or "@" is a text cell, which no spreadsheet runs as
 * a formula, so values are kept unchanged (no apostrophe to strip).
 *
 * Written by hand (SpreadsheetML inline strings, a bold header, the first row frozen) and zipped
 * with `zip.ts`: the output is byte-for-byte reproducible, which exceljs's (dated zip entries) is
 * not. Dates are kept as ISO text ("2024-03-01"), as in the CSV.
 */
import { plainNumber } from './csv';
import type { Cell, Row } from './rows';
import { escapeXml } from './xml';
import { zip, zipChunks, type ZipEntry } from './zip';

export interface Sheet {
  /** Sheet name: at most 31 characters, none of []:*?/\ */
  name: string;
  columns: { name: string }[];
  /** Read twice (the column widths, then the cells): an array, or rows made again each time. */
  rows: Iterable<Row>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellXml(ref: string, value: Cell, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${plainNumber(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** A sheet's XML, a row at a time (zipChunks deflates it as it comes). */
function* sheetXml(sheet: Sheet): Generator<string> {
  const longest = sheet.columns.map((c) => c.name.length);
  for (const r of sheet.rows) sheet.columns.forEach((c, i) => (longest[i] = Math.max(longest[i], String(r[c.name] ?? '').length)));
  const widths = longest.map((n) => Math.min(60, Math.max(8, n + 2)));
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const header = `<row r="1">${sheet.columns.map((c, i) => cellXml(`${columnLetters(i)}1`, c.name, 1)).join('')}</row>`;
  yield XML_HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${cols}</cols><sheetData>${header}`;
  // Row 1 is the header.
  let line = 2;
  for (const row of sheet.rows) {
    yield `<row r="${line}">${sheet.columns.map((c, i) => cellXml(`${columnLetters(i)}${line}`, row[c.name] ?? null)).join('')}</row>`;
    line++;
  }
  yield '</sheetData></worksheet>';
}

const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * Builds an XLSX workbook.
 * @param day YYYY-MM-DD stamped on the archive entries (content-derived, never "now")
 */
export function xlsx(sheets: Sheet[], day?: string): Uint8Array {
  return zip(workbookEntries(sheets), day);
}

/** The bytes of xlsx(sheets, day), one sheet's XML at a time (see zipChunks). */
export function xlsxChunks(sheets: Sheet[], day?: string): Generator<Uint8Array> {
  return zipChunks(workbookEntries(sheets), day);
}

/** The workbook's parts; each sheet's XML is made only when its entry is written. */
function workbookEntries(sheets: Sheet[]): ZipEntry[] {
  for (const s of sheets) {
    if (s.name.length > 31 || /[[\]:*?/\\]/.test(s.name)) throw new Error(`nom de feuille invalide : ${s.name}`);
  }
  const types =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '</Types>';
  const rootRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>';
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
    sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  const workbookRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    '</Relationships>';
  return [
    { path: '[Content_Types].xml', data: types },
    { path: '_rels/.rels', data: rootRels },
    { path: 'xl/workbook.xml', data: workbook },
    { path: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { path: 'xl/styles.xml', data: STYLES },
    ...sheets.map((s, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, data: () => sheetXml(s) })),
  ];
}
