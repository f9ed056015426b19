/**
 * The all-plans files as streams of chunks, so that a portal of a thousand plans never holds one of
 * them whole: a table's CSV and JSON one row at a time, the ZIP one entry at a time. Each writer
 * yields exactly the bytes of its whole-file twin (toCsv, toJson in csv.ts; zip in zip.ts, which is
 * built on zipChunks): the files stay byte-identical, whichever way they are written.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { cellText, CSV_NEWLINE, pick } from './csv';
import type { Row } from './rows';

const UNPARSE = { delimiter: ',', newline: CSV_NEWLINE, quotes: false, escapeFormulae: false } as const;

/** The canonical CSV of toCsv, a header then one row per chunk. */
export function* csvChunks(columns: { name: string }[], rows: Iterable<Row>): Generator<string> {
  const fields = columns.map((c) => c.name);
  // Papa writes the header of an empty table with its line break ("a,b\r\n"); toCsv then adds
  // the final one, so a table without rows ends with an empty line, kept as it was.
  yield Papa.unparse({ fields, data: [] }, { ...UNPARSE, header: true });
  let empty = true;
  for (const row of rows) {
    yield Papa.unparse([fields.map((f) => cellText(row[f] ?? null))], { ...UNPARSE, header: false }) + CSV_NEWLINE;
    empty = false;
  }
  if (empty) yield CSV_NEWLINE;
}

/** The JSON array of toJson (two-space indentation, final newline), one row object per chunk. */
export function* jsonChunks(columns: { name: string }[], rows: Iterable<Row>): Generator<string> {
  let first = true;
  for (const row of rows) {
    // A row object indented one level deeper: JSON strings escape line breaks, so every line
    // break here is JSON's own.
    yield (first ? '[\n  ' : ',\n  ') + JSON.stringify(pick(columns, row), null, 2).replace(/\n/g, '\n  ');
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

const encoder = new TextEncoder();

/** Size in bytes and SHA-256 of a stream of chunks, read once and not kept. */
export function measureChunks(chunks: Iterable<string | Uint8Array>): { bytes: number; sha256: string } {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const chunk of chunks) {
    const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    bytes += data.length;
    hash.update(data);
  }
  return { bytes, sha256: hash.digest('hex') };
}
