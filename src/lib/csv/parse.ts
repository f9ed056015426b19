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

/**
 * Parses a canonical CSV file (UTF-8, comma, header row) into rows keyed by header name.
 *
 * Why not trust papaparse's row count alone: a stray quote makes it swallow every following line
 * into one cell. We therefore count physical records independently (a line that opens no quote is
 * one record) and report any row whose field count differs from the header, any unclosed quote,
 * a BOM, a `;`/tab delimiter in a file that must use commas, and invalid UTF-8. Values are trimmed
 * of surrounding whitespace; an empty cell is the empty string (= missing).
 */
export function parseCsv(text: string, file: string, log: IssueLog): CsvTable {
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    log.error(file, line, '-', "caractère illisible « \uFFFD » (texte abîmé par un mauvais encodage : recopiez la valeur d'origine, en UTF-8)");
  }
  if (text.startsWith('\uFEFF')) {
    log.error(file, 1, '-', 'le fichier commence par un BOM (enregistrez-le en UTF-8 sans BOM)');
    text = text.slice(1);
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',') && /[;\t]/.test(firstLine)) {
    log.error(file, 1, '-', "le séparateur doit être la virgule (« , »), pas « ; » ni la tabulation");
    return { file, header: [], rows: [] };
  }

  const result = Papa.parse<string[]>(text, {
    delimiter: ',',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });

  const starts = recordStartLines(text);

  for (const err of result.errors) {
    const line = err.row !== undefined ? (starts[err.row + 1] ?? 0) : 0;
    if (err.code === 'MissingQuotes') {
      // An unclosed quote runs to the end of the file: the last record is the one it opens.
      const opened = starts[starts.length - 1] ?? line;
      log.error(file, opened, '-', 'guillemet non fermé : la suite du fichier serait avalée dans une cellule (attendu : un guillemet fermant, ou une cellule sans guillemet)');
      continue;
    }
    if (err.code !== 'UndetectableDelimiter' && err.code !== 'TooFewFields' && err.code !== 'TooManyFields') {
      log.error(file, line, '-', `CSV illisible : ${err.message}`);
    }
  }

  const records = result.data;
  const header = (records[0] ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const cells = records[r];
    const line = starts[r] ?? 0;
    if (cells.length === 1 && cells[0].trim() === '') continue; // blank line
    if (cells.length !== header.length) {
      log.error(
        file,
        line,
        '-',
        `${cells.length} colonne(s) au lieu de ${header.length} (vérifiez les virgules et les guillemets)`,
      );
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = cells[i].trim()));
    rows.push({ line, values });
  }
  return { file, header, rows };
}

/**
 * Physical line on which each CSV record starts. A newline inside double quotes does not start a
 * record; `""` is an escaped quote. Independent of papaparse so that row counts can be cross-checked.
 */
export function recordStartLines(text: string): number[] {
  const starts: number[] = [1];
  let inQuotes = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
    } else if (ch === '\n') {
      line++;
      if (!inQuotes && i + 1 < text.length) starts.push(line);
    }
  }
  return starts;
}
