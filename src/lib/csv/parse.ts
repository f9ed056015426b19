import Papa from 'papaparse';
import type { IssueLog } from '../model/issues';

/** One data row with the 1-based line of the file where it starts (the header is line 1). */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** One record as papaparse read it, with the line it starts on. */
interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Parses a canonical CSV file (UTF-8, comma, header row) into rows keyed by header name.
 *
 * Line ends: CRLF, LF and a lone CR (old Mac files, mixed files from several editors) each end a
 * line, as in any text editor, so that every message names the line the staff see. The line of a
 * row is where papaparse itself started reading it, so a line number can never drift from the
 * parse. What a stray quote could do is reported: a quote never closed (on the line of the quote),
 * a quote inside a quoted cell that is not doubled, and a quoted cell spanning lines that look like
 * whole rows of the table (a quote closed too late would silently swallow them). Also reported: a
 * row whose field count differs from the header, a duplicate column name (the values of one of the
 * two would be lost), a BOM, a `;`/tab delimiter in a file that must use commas, and invalid UTF-8.
 * Values are trimmed of surrounding whitespace; an empty cell is the empty string (= missing).
 */
export function parseCsv(text: string, file: string, log: IssueLog): CsvTable {
  if (text.startsWith('\uFEFF')) {
    log.error(file, 1, '-', 'le fichier commence par un BOM (enregistrez-le en UTF-8 sans BOM)');
    text = text.slice(1);
  }
  text = text.replace(/\r\n?/g, '\n');
  const lineAt = lineLocator(text);
  if (text.includes('\uFFFD')) {
    log.error(file, lineAt(text.indexOf('\uFFFD')), '-', "caractère illisible « \uFFFD » (texte abîmé par un mauvais encodage : recopiez la valeur d'origine, en UTF-8)");
  }
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (!firstLine.includes(',') && /[;\t]/.test(firstLine)) {
    log.error(file, 1, '-', "le séparateur doit être la virgule (« , »), pas « ; » ni la tabulation");
    return { file, header: [], rows: [] };
  }

  const records: CsvRecord[] = [];
  /** Records whose quotes are already reported: their field count says nothing more. */
  const badQuotes = new Set<number>();
  let offset = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, line: lineAt(offset) });
      for (const err of result.errors) {
        // `index` is just past the opening quote of the cell at fault.
        const quoteLine = err.index !== undefined ? lineAt(Math.max(0, err.index - 1)) : lineAt(offset);
        if (err.code === 'MissingQuotes' || err.code === 'InvalidQuotes') badQuotes.add(records.length - 1);
        if (err.code === 'MissingQuotes') {
          log.error(file, quoteLine, '-', 'guillemet non fermé : la suite du fichier serait avalée dans une cellule (attendu : un guillemet fermant, ou une cellule sans guillemet)');
        } else if (err.code === 'InvalidQuotes') {
          log.error(file, quoteLine, '-', "guillemet mal placé dans la cellule entre guillemets qui commence ici (attendu : un guillemet doublé « \"\" » à l'intérieur d'une cellule, un seul guillemet pour la fermer)");
        } else if (err.code !== 'UndetectableDelimiter' && err.code !== 'TooFewFields' && err.code !== 'TooManyFields') {
          log.error(file, quoteLine, '-', `CSV illisible : ${err.message}`);
        }
      }
      offset = result.meta.cursor;
    },
  });

  const header = (records[0]?.cells ?? []).map((h) => h.trim());
  const firstColumn = new Map<string, number>();
  header.forEach((name, i) => {
    const first = firstColumn.get(name);
    if (first === undefined) firstColumn.set(name, i);
    else log.error(file, 1, name, `colonne en double (colonnes ${first + 1} et ${i + 1}) : les valeurs de l'une seraient perdues (attendu : chaque colonne une seule fois)`);
  });

  const rows: CsvRow[] = [];
  for (const [index, { cells, line }] of records.entries()) {
    if (index === 0) continue; // header
    // A blank line, or a row of separators only (« ,,,, », the empty rows a spreadsheet leaves):
    // no value to keep, nothing to report.
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (badQuotes.has(index)) continue;
    if (cells.length !== header.length) {
      log.error(file, line, '-', `${cells.length} colonne(s) au lieu de ${header.length} (vérifiez les virgules et les guillemets)`);
      continue;
    }
    const swallowed = swallowedRowLine(cells, line, header.length);
    if (swallowed) {
      log.error(
        file,
        swallowed.from,
        '-',
        `guillemet fermé trop tard ? La cellule entre guillemets qui commence ici va jusqu'à la ligne ${swallowed.to} et contient des lignes qui ressemblent à des lignes du tableau (attendu : un guillemet fermant à la fin de la cellule)`,
      );
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = cells[i].trim()));
    rows.push({ line, values });
  }
  return { file, header, rows };
}

/** Maps an offset in `text` (line ends already `\n`) to its 1-based line, by binary search. */
function lineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * A quoted cell that runs over several lines is legitimate (a Markdown list in a summary), unless
 * one of the lines it swallowed reads as a row of the table: as many comma-separated fields as the
 * header (three at least: two would catch any "a, b" sentence), the first one shaped like an id.
 * Returns the lines the cell spans, or undefined.
 */
function swallowedRowLine(cells: string[], line: number, columns: number): { from: number; to: number } | undefined {
  let at = line;
  for (const cell of cells) {
    const lines = cell.split('\n');
    if (columns >= 3 && lines.slice(1).some((l) => looksLikeRow(l, columns))) return { from: at, to: at + lines.length - 1 };
    at += lines.length - 1;
  }
  return undefined;
}

const looksLikeRow = (line: string, columns: number): boolean => {
  const fields = line.split(',');
  return fields.length === columns && /^[a-z0-9][a-z0-9_.-]*$/.test(fields[0].trim());
};
