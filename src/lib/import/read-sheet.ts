import { decodeText, isZip } from './decode';
import { parseDelimited, type Delimiter, type Grid } from './grid';
import { ImportError } from './import-plan';
import { readXlsx } from './xlsx';

export interface ReadOptions {
  /** Worksheet of an XLSX workbook (name or 1-based position). */
  sheet?: string;
  /** Forces the delimiter of a text file instead of detecting it. */
  delimiter?: Delimiter;
}

/**
 * Reads a spreadsheet file's bytes into a grid: XLSX (by extension or ZIP signature) through
 * exceljs, anything else as delimited text (encoding and delimiter detected).
 *
 * @param name the file name, for its extension
 * @throws ImportError with a one-line French reason when the file cannot be read at all
 */
export async function readSheet(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<Grid> {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new ImportError('fichier vide');
  if (ext === 'xls') throw new ImportError('format Excel 97-2003 (.xls) non pris en charge : enregistrez le classeur en .xlsx ou en CSV');
  if (ext === 'ods') throw new ImportError('format OpenDocument (.ods) non pris en charge : enregistrez le classeur en .xlsx ou en CSV');
  if (ext === 'xlsx' || isZip(bytes)) {
    if (!isZip(bytes)) throw new ImportError('ce fichier .xlsx n’est pas un classeur Excel (il ne commence pas comme une archive ZIP)');
    try {
      return await readXlsx(bytes, options.sheet);
    } catch (error) {
      throw new ImportError((error as Error).message);
    }
  }
  const { text, encoding } = decodeText(bytes);
  // A text export has no NUL characters; a binary file (PDF, image, .doc) has many.
  if ((text.match(/\u0000/g)?.length ?? 0) > 2) throw new ImportError('fichier binaire : attendu un CSV, un texte tabulé ou un classeur .xlsx');
  const grid = parseDelimited(text, options.delimiter);
  return { ...grid, format: `texte ${encoding}, ${grid.format}` };
}
