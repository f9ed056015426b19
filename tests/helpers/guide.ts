/**
 * The verified examples of content/README.md (convention written in its « Les commandes »
 * section), read from the guide's Markdown tree (satteri), never from its lines:
 * - a ```console test``` block: `$ npm run …` commands, each followed by its expected output, where
 *   `…` alone on a line stands for any lines and `…` inside a line for any text;
 * - a ```csv test ajouter <path>``` block: rows to append to `<path>`; its header names columns of
 *   the file (some or all, in any order), the others are left empty;
 * - a ```csv test créer <path>``` block: a new file `<path>` (relative, inside the copy of the
 *   project, e.g. the staff's own spreadsheet that a later command imports) holding the block;
 * - a ```csv test compléter <path>``` block: cells to fill in rows of `<path>`; its first column
 *   names the rows (`id`), the others are set, a column the file lacks (`title_nl`) being added.
 */
import Papa from 'papaparse';
import { markdownToMdast } from 'satteri';

export type GuideStep =
  | { kind: 'command'; line: number; command: string; expected: string[] }
  | { kind: 'append'; line: number; file: string; csv: string }
  | { kind: 'create'; line: number; file: string; csv: string }
  | { kind: 'complete'; line: number; file: string; csv: string };

interface Node {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

function* codeBlocks(node: Node): Generator<Node> {
  if (node.type === 'code') yield node;
  for (const child of node.children ?? []) yield* codeBlocks(child);
}

/** The guide's verified steps, in the order of the guide. */
export function guideSteps(markdown: string): GuideStep[] {
  const steps: GuideStep[] = [];
  for (const block of codeBlocks(markdownToMdast(markdown) as unknown as Node)) {
    const meta = (block.meta ?? '').trim().split(/\s+/);
    if (meta[0] !== 'test') continue;
    const start = block.position!.start.line;
    const lines = (block.value ?? '').split('\n');
    if (block.lang === 'console') {
      lines.forEach((text, i) => {
        if (text.startsWith('$ ')) steps.push({ kind: 'command', line: start + 1 + i, command: text.slice(2), expected: [] });
        else {
          const last = steps.at(-1);
          if (last?.kind !== 'command' || last.line < start) throw new Error(`content/README.md:${start + 1 + i}: sortie sans commande avant elle`);
          last.expected.push(text);
        }
      });
    } else if (block.lang === 'csv' && meta[1] === 'ajouter' && meta[2]) {
      steps.push({ kind: 'append', line: start, file: meta[2], csv: block.value ?? '' });
    } else if (block.lang === 'csv' && meta[1] === 'compléter' && meta[2]) {
      steps.push({ kind: 'complete', line: start, file: meta[2], csv: block.value ?? '' });
    } else if (block.lang === 'csv' && meta[1] === 'créer' && meta[2]) {
      if (!isInsideProject(meta[2])) throw new Error(`content/README.md:${start}: « ${meta[2]} » : chemin relatif attendu, sans « .. »`);
      steps.push({ kind: 'create', line: start, file: meta[2], csv: `${(block.value ?? '').replace(/\n*$/, '')}\n` });
    } else {
      throw new Error(`content/README.md:${start}: bloc « ${block.lang} ${block.meta} » : convention inconnue (console test, csv test ajouter <fichier>, csv test compléter <fichier>, ou csv test créer <fichier>)`);
    }
  }
  return steps;
}

/** A path that stays inside the copy of the project: relative, no `..` segment. */
function isInsideProject(path: string): boolean {
  const segments = path.split(/[\\/]/);
  return !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !segments.includes('..') && segments.every((s) => s !== '');
}

/** One expected line as a pattern: `…` stands for any text. */
function linePattern(expected: string): RegExp {
  return new RegExp(`^${expected.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** Whether the actual output lines are what the guide shows (`…` alone: any number of lines). */
export function matchesOutput(expected: string[], actual: string[]): boolean {
  const match = (e: number, a: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e].trim() === '…') {
      for (let skip = a; skip <= actual.length; skip++) if (match(e + 1, skip)) return true;
      return false;
    }
    return a < actual.length && linePattern(expected[e].trimEnd()).test(actual[a].trimEnd()) && match(e + 1, a + 1);
  };
  return match(0, 0);
}

/**
 * The rows of an append block laid out as the file's own rows (its columns, in its order, the
 * others empty), as CSV lines to append; an error names a block column the file does not have.
 */
export function rowsToAppend(block: string, fileText: string): string {
  const [header, ...rows] = Papa.parse<string[]>(block.trim(), { skipEmptyLines: true }).data;
  const columns = Papa.parse<string[]>(fileText, { preview: 1 }).data[0];
  const unknown = header.filter((h) => !columns.includes(h));
  if (unknown.length > 0) throw new Error(`colonne(s) absente(s) du fichier : ${unknown.join(', ')} (colonnes du fichier : ${columns.join(', ')})`);
  const laidOut = rows.map((row) => columns.map((c) => (header.includes(c) ? row[header.indexOf(c)] ?? '' : '')));
  return `${Papa.unparse(laidOut, { newline: '\n' })}\n`;
}

/**
 * A file's text with the cells of a `compléter` block filled in: the block's first column names
 * the rows by that column of the file, its other columns are set on them, and a column the file
 * lacks is added at the end of every row. An error names a row the file does not have.
 */
export function completedFile(block: string, fileText: string): string {
  const [header, ...rows] = Papa.parse<string[]>(block.trim(), { skipEmptyLines: true }).data;
  const [columns, ...lines] = Papa.parse<string[]>(fileText, { skipEmptyLines: true }).data;
  const key = columns.indexOf(header[0]);
  if (key < 0) throw new Error(`colonne « ${header[0]} » absente du fichier (colonnes du fichier : ${columns.join(', ')})`);
  for (const name of header.slice(1)) if (!columns.includes(name)) columns.push(name);
  for (const line of lines) while (line.length < columns.length) line.push('');
  for (const row of rows) {
    const line = lines.find((l) => l[key] === row[0]);
    if (!line) throw new Error(`aucune ligne « ${row[0] ?? ''} » dans la colonne ${header[0]}`);
    header.slice(1).forEach((name, i) => (line[columns.indexOf(name)] = row[i + 1] ?? ''));
  }
  return `${Papa.unparse([columns, ...lines], { newline: '\n' })}\n`;
}
