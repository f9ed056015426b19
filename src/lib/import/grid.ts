import Papa from 'papaparse';

/**
 * A spreadsheet as rows of text cells, whatever it came from (CSV, tab-separated text, XLSX),
 * each row remembering where it starts in the source so that the import report can name it.
 */
export interface GridRow {
  /** 1-based line in a text file, or row number in a worksheet. */
  line: number;
  cells: string[];
}

export interface Grid {
  rows: GridRow[];
  /** How the source was read, for the report: "texte, séparateur « ; », windows-1252". */
  format: string;
  /** Problems of the file as a whole (an unclosed quote at the end). */
  problems: { line: number; message: string }[];
  /** Formula cells of a workbook, with the value it cached (`cached: false` when it has none). */
  formulas?: { line: number; column: number; formula: string; result: string; cached: boolean }[];
}

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: Delimiter[] = ['\t', ';', ','];

export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': '« , »', ';': '« ; »', '\t': 'tabulation' };

function parseWith(text: string, delimiter: Delimiter): { rows: GridRow[]; problems: Grid['problems'] } {
  const rows: GridRow[] = [];
  const problems: Grid['problems'] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ line, cells: result.data });
      for (const err of result.errors) {
        if (err.code === 'MissingQuotes') {
          problems.push({ line, message: 'guillemet non fermé : la fin du fichier a été lue dans une seule cellule' });
        }
      }
      const end = result.meta.cursor;
      for (let i = start; i < end && i < text.length; i++) if (text[i] === '\n') line++;
      start = end;
    },
  });
  return { rows, problems };
}

/**
 * Which delimiter a text export uses: the candidate under which most non-blank records have the
 * same number of cells (at least two). A tab seldom occurs in prose, so it wins ties; commas lose
 * them, because French text and decimal commas are full of them.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.split(/\r?\n/).slice(0, 200).join('\n');
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of CANDIDATES) {
    const { rows } = parseWith(sample, delimiter);
    const counts = new Map<number, number>();
    for (const row of rows) {
      if (row.cells.every((c) => c.trim() === '')) continue;
      counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
    }
    // Records that split into several cells, weighted by how consistently they do.
    let score = 0;
    for (const [n, count] of counts) if (n >= 2) score = Math.max(score, count);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Reads delimited text into a grid. Line breaks inside quoted cells are kept in the cell; the row's
 * `line` is the line where it starts.
 *
 * @param delimiter forced delimiter; detected when omitted
 */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): Grid & { delimiter: Delimiter } {
  const { rows, problems } = parseWith(text.replace(/\r\n?/g, '\n'), delimiter);
  // A trailing newline yields one empty record: not a row of the sheet.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '') rows.pop();
  return { rows, problems, delimiter, format: `séparateur ${DELIMITER_NAMES[delimiter]}` };
}
