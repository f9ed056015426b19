/**
 * Derives `data/dijon/*.csv` from the text of Dijon Métropole's PCAET 2020–2026 action table
 * (`seeds/002_f99ae2e276f84227.txt`).
 *
 *   npx tsx scripts/seeds/dijon.ts           writes the CSV files
 *   npx tsx scripts/seeds/dijon.ts --check   compares them with the committed files (exit 1 on difference)
 *
 * `deriveDijon(seedText)` is pure: seed text in, `{ path: file text }` out.
 *
 * How the seed is read (every editorial choice lives in `dijon-decisions.ts`):
 * 1. The seed is a spreadsheet extracted twice, as tab-separated lines grouped in tables, each
 *    table opened by a header line (« Thème », « Mesure Cit'ergie »…). A data line is split into
 *    cells and each cell is given a column by the header's layout, or by a per-line layout
 *    (`LAYOUTS`) when the line has more or fewer cells than its header (shifted cells).
 * 2. Evident OCR typos are corrected cell by cell (`TEXT_FIXES`, the original kept in `source`).
 * 3. A line that exists in both extractions is read with its copy (`COPIES`): a value only one
 *    copy has is kept; when both have a value and they differ, `RESOLVE` must say which one wins
 *    (the derivation refuses to guess).
 * 4. Lines become actions (`ACTIONS`): the « Fiche action chapeau » is the action's title, the
 *    « Sous-actions » cell becomes sub-actions, a summary, or nothing, as each action says.
 *    Several lines with one fiche are one action with one sub-action (or more) per line.
 * 5. The Cit'ergie measure (`1.2.3 …`) gives the parent; its first digit gives the domain.
 *
 * The derivation throws when a non-blank line of the seed is neither read nor excluded, when a
 * cell lands in a column that must be empty, when a fix does not find its text, or when two
 * copies disagree without a decision: nothing is dropped or chosen silently.
 */
import { TABLES, type TableName } from '../../src/lib/model/tables';
import {
  ACTIONS,
  COPIES,
  DOMAINS,
  EXCLUDED,
  LAYOUTS,
  MEASURE_TITLES,
  JOINED_PARTNERS,
  NOT_PARTNERS,
  RESOLVE,
  SUBACTION_DATES,
  TEXT_FIXES,
  type Field,
} from './dijon-decisions';
import { compareDerivation, readSeedFile, REPO_ROOT, runDerivationCli, seedPath } from './derivation';

export const SEED_FILE = '002_f99ae2e276f84227.txt';
/** How rows cite the seed in their `source` column. */
export const SEED_REF = `seeds/${SEED_FILE}`;
export const PLAN_SLUG = 'dijon';
export const OUTPUT_DIR = `data/${PLAN_SLUG}`;

type Row = Record<string, string>;

/** Column names as the headers write them, for the notes of `source`. */
export const FIELD_LABELS: Record<Field, string> = {
  theme: 'Thème',
  measure: 'Mesure',
  fiche: 'Fiche action chapeau',
  sous: 'Sous-actions',
  pilot: "Porteur de l'action",
  fin: 'Partenaires Financiers',
  partners: 'Partenaires',
  concertation: 'Concertation, Mobilisation',
  start: 'Début',
  end: 'Fin',
  budget: "Budget global de l'action",
  status: "Indicateur d'avancement",
};

/** The 12-column tables (domain 1) name two columns differently. */
function labelOf(field: Field, wide: boolean): string {
  if (wide && field === 'partners') return 'Autres Partenaires';
  if (wide && field === 'sous') return 'Description, Définition des sous-actions';
  return FIELD_LABELS[field];
}

/** The two header layouts of the seed (12 columns for domain 1, 10 for the others). */
export const HEADER_LAYOUTS: Record<number, (Field | null)[]> = {
  12: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'fin', 'partners', 'concertation', 'start', 'end', 'budget', 'status'],
  10: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'partners', 'start', 'end', 'budget', 'status'],
};

/** One data line of a table, its cells named by column (raw text, trimmed, before any fix). */
export interface SeedRow {
  /** 1-based line number in the seed. */
  line: number;
  /** Line of the table's header. */
  header: number;
  cells: Partial<Record<Field, string>>;
  /** Why the line was read with its own layout (`LAYOUTS`). */
  layoutNote?: string;
}

export interface SeedTable {
  headers: number[];
  /** Header line → number of columns. */
  headerSizes: Map<number, number>;
  rows: SeedRow[];
  /** Blank lines and lines listed in `EXCLUDED` are not rows. */
  excluded: number[];
}

function fail(line: number, message: string): never {
  throw new Error(`${SEED_REF}:${line}: ${message}`);
}

/** « l. 63, 65, 67 » or « l. 49–53 »: consecutive lines become a range. */
export function formatLines(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(', ');
}

/** Seed lines cited by a `source` cell: « l. 13 », « l. 30 et 6 », « l. 160–163 », « l. 34 et 9, 10 ». */
export function citedLines(source: string): number[] {
  const lines: number[] = [];
  for (const m of source.matchAll(/\bl\. (\d+(?:–\d+)?(?:(?:, | et )\d+(?:–\d+)?)*)/g)) {
    for (const part of m[1].split(/, | et /)) {
      const [a, b = a] = part.split('–').map(Number);
      for (let n = a; n <= b; n++) lines.push(n);
    }
  }
  return lines;
}

/**
 * Reads the tables of the seed: headers, and each data line with its cells named by column.
 * Pure and exported for the tests (every budget, date and status string of the seed).
 */
export function readTables(seedText: string): SeedTable {
  const lines = seedText.split(/\r?\n/);
  const excludedLines = new Set(EXCLUDED.flatMap((e) => e.lines));
  const headers: number[] = [];
  const headerSizes = new Map<number, number>();
  const rows: SeedRow[] = [];
  const excluded: number[] = [];
  let header: { line: number; size: number } | undefined;
  lines.forEach((raw, i) => {
    const no = i + 1;
    if (!raw.trim()) return;
    if (excludedLines.has(no)) {
      excluded.push(no);
      return;
    }
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells[0] === 'Thème') {
      if (!HEADER_LAYOUTS[cells.length]) fail(no, `en-tête de ${cells.length} colonnes inattendu`);
      header = { line: no, size: cells.length };
      headers.push(no);
      headerSizes.set(no, cells.length);
      return;
    }
    if (!header) fail(no, 'ligne avant tout en-tête de tableau');
    const override = LAYOUTS.find((l) => l.lines.includes(no));
    let layout: (Field | null)[];
    if (override) layout = override.layout;
    else if (cells.length === header.size) layout = HEADER_LAYOUTS[header.size];
    else fail(no, `${cells.length} cellules sous un en-tête de ${header.size} colonnes : disposition à décider (LAYOUTS)`);
    if (layout.length !== cells.length) fail(no, `la disposition décidée a ${layout.length} colonnes, la ligne ${cells.length} cellules`);
    const named: Partial<Record<Field, string>> = {};
    layout.forEach((field, k) => {
      const value = cells[k];
      if (field === null) {
        if (value) fail(no, `cellule ${k + 1} « ${value} » dans une position que la disposition déclare vide`);
        return;
      }
      if (value) named[field] = value;
    });
    rows.push({ line: no, header: header.line, cells: named, ...(override ? { layoutNote: `l. ${no} : ${override.why}` } : {}) });
  });
  for (const n of excludedLines) if (!lines[n - 1]?.trim()) fail(n, 'ligne exclue vide ou absente');
  return { headers, headerSizes, rows, excluded };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** HTML of a cell to plain text: tags dropped, spaces collapsed. */
export function plain(cell: string): string {
  return cell
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A title or list item: plain text without the leading bullet « - », nor a trailing « ; » (list
 * punctuation) or a period detached by a space (« les Dijonnais . »).
 */
export function clean(cell: string): string {
  return plain(cell)
    .replace(/^-\s*/, '')
    .replace(/\s*;$/, '')
    .replace(/\s+\.$/, '')
    .trim();
}

/** Comparison key of two copies of a cell: case, spacing, bullets and end punctuation ignored. */
function canon(cell: string): string {
  return clean(cell)
    .replace(/^(\d\.\d\.\d)\.? /, '$1 ')
    .normalize('NFC')
    .replace(/[’]/g, "'")
    .replace(/[\s.,;]+$/, '')
    .toLowerCase();
}

/** The items of a list cell: `<li>`/`<p>` elements, or « - a - b » bullets. */
function listItems(cell: string, forceDash = false): string[] {
  if (/<(li|p)\b/.test(cell)) {
    return [...cell.matchAll(/<(li|p)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => clean(m[2])).filter(Boolean);
  }
  const text = plain(cell);
  if (!text.startsWith('- ') && !forceDash) return [clean(text)];
  return text
    .replace(/^-\s*/, '')
    .split(/\s+(?:;\s+)?-\s+/)
    .map((s) => clean(s))
    .filter(Boolean);
}

/** « A1 : Accompagner… » → code A1 and the title. */
function splitCode(item: string): { code: string; title: string } {
  const m = item.match(/^([A-Z]\d) : (.+)$/);
  return m ? { code: m[1], title: m[2] } : { code: '', title: item };
}

/** Partner names of a cell: `<li>` items, else split on « ; » and « , » outside parentheses. */
function partnerNames(cell: string): string[] {
  if (/<li\b/.test(cell)) return listItems(cell);
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of plain(cell)) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ';' || ch === ',') && depth === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  return names.map((n) => n.trim()).filter(Boolean);
}

const q = (s: string) => `« ${s} »`;
const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117).trimEnd()}…` : s);

// ---------------------------------------------------------------------------------------------
// Cells with their fixes, and copies merged

/** A note on a cell; `fixed` is the corrected text when the note is about one correction. */
interface Note {
  text: string;
  fixed?: string;
}

/** A cell after fixes, with the notes that tell what was corrected or chosen. */
interface Cell {
  value: string;
  notes: Note[];
}

function fixedCells(row: SeedRow): Partial<Record<Field, Cell>> {
  const out: Partial<Record<Field, Cell>> = {};
  for (const [field, raw] of Object.entries(row.cells) as [Field, string][]) {
    out[field] = { value: raw, notes: [] };
  }
  for (const fix of TEXT_FIXES.filter((f) => f.lines.includes(row.line))) {
    const cell = out[fix.field];
    if (!cell || !cell.value.includes(fix.from)) fail(row.line, `correction introuvable : ${q(fix.from)} dans la colonne ${fix.field}`);
    cell.value = cell.value.split(fix.from).join(fix.to);
    cell.notes.push({ text: `${q(fix.to)} corrigé (l. ${row.line} : ${q(fix.from)})`, fixed: fix.to });
  }
  return out;
}

/** A primary line merged with its copies: one value per column, and what was decided. */
export interface MergedRow {
  line: number;
  /** Under a 12-column header (domain 1). */
  wide: boolean;
  /** Notes on how the copies were matched. */
  notes: string[];
  /** Lines of the other extraction that carry the same row (possibly split over two lines). */
  copies: number[];
  cells: Partial<Record<Field, Cell>>;
}

function mergeRows(table: SeedTable): { merged: Map<number, MergedRow>; copyOf: Map<number, number[]> } {
  const byLine = new Map(table.rows.map((r) => [r.line, r]));
  const merged = new Map<number, MergedRow>();
  const copyOf = new Map<number, number[]>();
  const resolved = new Set<string>();
  const unresolved: string[] = [];

  for (const row of table.rows) {
    const copySpec = COPIES.find((c) => c.line === row.line);
    const wide = table.headerSizes.get(row.header) === 12;
    const label = (f: Field) => labelOf(f, wide);
    const cells = fixedCells(row);
    const copies: number[] = [];
    const copyNotes: string[] = row.layoutNote ? [row.layoutNote] : [];
    if (copySpec) {
      for (const part of copySpec.copies) {
        const other = byLine.get(part.line);
        if (!other) fail(part.line, `copie de la l. ${row.line} introuvable parmi les lignes de tableau`);
        if (other === row) fail(row.line, 'ligne copie d’elle-même');
        copies.push(part.line);
        if (part.note) copyNotes.push(part.note);
        if (other.layoutNote && !copyNotes.includes(other.layoutNote)) copyNotes.push(other.layoutNote);
        copyOf.set(part.line, [...(copyOf.get(part.line) ?? []), row.line]);
        const otherCells = fixedCells(other);
        for (const [from, cell] of Object.entries(otherCells) as [Field, Cell][]) {
          const field = part.remap?.[from] ?? from;
          if (part.only && !part.only.includes(from)) continue;
          if (part.except?.includes(from)) continue;
          const mine = cells[field];
          if (!mine) {
            cells[field] = { value: cell.value, notes: [...cell.notes, { text: `${label(field)} repris de la l. ${part.line}` }] };
            continue;
          }
          if (canon(mine.value) === canon(cell.value)) {
            // Same text but for spacing, case or bullets: a fix applied to the copy only is still worth noting.
            mine.notes.push(...cell.notes.filter((n) => !mine.notes.some((m) => m.text === n.text)));
            continue;
          }
          const key = `${row.line}:${field}`;
          const decision = RESOLVE.find((r) => r.line === row.line && r.field === field);
          if (!decision) {
            unresolved.push(`l. ${row.line} ${field} : ${q(short(mine.value))} ≠ l. ${part.line} ${q(short(cell.value))}`);
            continue;
          }
          resolved.add(key);
          if (decision.take === 'copy') {
            const note = decision.note ?? `${label(field)} repris de la l. ${part.line} (la l. ${row.line} écrit ${q(short(plain(mine.value)))})`;
            cells[field] = { value: cell.value, notes: [...cell.notes, { text: note }] };
          } else {
            const note = decision.note ?? `${label(field)} : la l. ${part.line} écrit ${q(short(plain(cell.value)))}`;
            mine.notes.push({ text: note });
          }
        }
      }
    }
    merged.set(row.line, { line: row.line, wide, copies, cells, notes: copyNotes });
  }
  if (unresolved.length) throw new Error(`copies en désaccord sans décision (RESOLVE) :\n${unresolved.join('\n')}`);
  for (const r of RESOLVE) if (!resolved.has(`${r.line}:${r.field}`)) fail(r.line, `décision RESOLVE sans désaccord (${r.field})`);
  for (const c of COPIES) for (const p of c.copies) if ((copyOf.get(p.line) ?? []).length === 0) fail(p.line, 'copie non lue');
  return { merged, copyOf };
}

// ---------------------------------------------------------------------------------------------
// Actions

interface Built {
  hierarchy: Row[];
  actions: Row[];
  subactions: Row[];
  partners: Row[];
}

const measureRe = /^(\d)\.(\d)\.(\d)\.?\s+(.+)$/;

function source(primary: number[], copies: number[], notes: string[]): string {
  const lines = `l. ${formatLines(primary)}${copies.length ? ` et ${formatLines(copies)}` : ''}`;
  // « l. 172 : x », « l. 173 : x » → « l. 172–173 : x ».
  const grouped = new Map<string, number[]>();
  const uniq: string[] = [];
  for (const note of new Set(notes.filter(Boolean))) {
    const m = note.match(/^l\. (\d+) : (.+)$/);
    if (!m) {
      uniq.push(note);
      continue;
    }
    if (!grouped.has(m[2])) uniq.push(`\u0000${m[2]}`);
    grouped.set(m[2], [...(grouped.get(m[2]) ?? []), Number(m[1])]);
  }
  const text = uniq.map((n) => (n.startsWith('\u0000') ? `l. ${formatLines(grouped.get(n.slice(1))!)} : ${n.slice(1)}` : n));
  return [`${SEED_REF} ${lines}`, ...text].join(' ; ');
}

function build(seedText: string): Built {
  const table = readTables(seedText);
  const { merged, copyOf } = mergeRows(table);

  // Every data line is a primary line of exactly one action, or a copy of one.
  const owner = new Map<number, string>();
  for (const a of ACTIONS) {
    for (const r of a.rows) {
      if (!merged.has(r.line)) fail(r.line, `${a.id} : ligne de tableau inconnue`);
      if (copyOf.has(r.line)) fail(r.line, `${a.id} : cette ligne est la copie d'une autre (COPIES)`);
      if (owner.has(r.line)) fail(r.line, `${a.id} : ligne déjà publiée par ${owner.get(r.line)}`);
      owner.set(r.line, a.id);
    }
  }
  for (const row of table.rows) {
    if (!owner.has(row.line) && !copyOf.has(row.line)) fail(row.line, 'ligne de tableau ni publiée (ACTIONS), ni copie (COPIES), ni exclue (EXCLUDED)');
  }

  const actions: Row[] = [];
  const subactions: Row[] = [];
  const partners: Row[] = [];
  interface MeasureEntry {
    code: string;
    titles: Map<string, number[]>;
    lines: number[];
    notes: string[];
  }
  const measures = new Map<string, MeasureEntry>();
  const usedNotPartners = new Set<string>();
  const usedSubDates = new Set<string>();
  const usedJoined = new Set<string>();

  const value = (row: MergedRow, f: Field) => row.cells[f]?.value ?? '';
  const notesOf = (row: MergedRow, ...fields: Field[]) => fields.flatMap((f) => (row.cells[f]?.notes ?? []).map((n) => n.text));

  for (const spec of ACTIONS) {
    const rows = spec.rows.map((r) => merged.get(r.line)!);
    const primaryLines = rows.map((r) => r.line);
    const copyLines = rows.flatMap((r) => r.copies);
    const actionNotes: string[] = [];

    // Parent: the Cit'ergie measure, the same on every line of the action.
    const measureCells = [...new Set(rows.map((r) => value(r, 'measure')))];
    let parent = spec.parent ?? '';
    for (const cell of measureCells) {
      const m = plain(cell).match(measureRe);
      if (!m) {
        if (!spec.parent) fail(rows[0].line, `${spec.id} : mesure sans numéro ${q(cell)} (parent à décider)`);
        continue;
      }
      const code = `${m[1]}.${m[2]}.${m[3]}`;
      const id = `m${m[1]}-${m[2]}-${m[3]}`;
      if (spec.parent) fail(rows[0].line, `${spec.id} : parent décidé alors que la mesure ${code} est donnée`);
      if (parent && parent !== id) fail(rows[0].line, `${spec.id} : lignes sous deux mesures`);
      parent = id;
      const entry: MeasureEntry = measures.get(code) ?? { code, titles: new Map(), lines: [], notes: [] };
      for (const r of rows.filter((r) => value(r, 'measure') === cell)) {
        entry.titles.set(m[4], [...(entry.titles.get(m[4]) ?? []), r.line]);
        entry.lines.push(r.line, ...r.copies);
        entry.notes.push(...notesOf(r, 'measure'));
      }
      measures.set(code, entry);
    }
    if (!parent) fail(rows[0].line, `${spec.id} : parent introuvable`);
    actionNotes.push(...new Set(rows.flatMap((r) => notesOf(r, 'measure'))));
    if (spec.parentNote) actionNotes.push(spec.parentNote);

    // Title: the fiche of the line that gives it (the only non-empty one), or the sous-actions
    // cell when the fiche is empty and the action says so.
    const ficheRows = rows.filter((r) => value(r, 'fiche'));
    const fiches = [...new Set(ficheRows.map((r) => canon(value(r, 'fiche'))))];
    let title: string;
    const titleRow = rows.find((r) => spec.rows.find((s) => s.line === r.line)?.read?.as === 'title');
    if (titleRow) {
      if (ficheRows.length) fail(titleRow.line, `${spec.id} : intitulé lu dans les sous-actions alors qu'une fiche est donnée`);
      title = clean(value(titleRow, 'sous'));
      actionNotes.push(...notesOf(titleRow, 'sous'), "fiche chapeau vide : l'intitulé est celui de la colonne des sous-actions");
    } else {
      if (fiches.length !== 1) fail(rows[0].line, `${spec.id} : ${fiches.length} intitulés de fiche différents sur les lignes de l'action`);
      title = clean(value(ficheRows[0], 'fiche'));
      actionNotes.push(...new Set(ficheRows.flatMap((r) => notesOf(r, 'fiche'))));
      if (ficheRows.length < rows.length && !spec.groupNote) fail(rows[0].line, `${spec.id} : lignes sans fiche regroupées sans explication`);
    }
    if (spec.title) {
      if (!title.includes(spec.title)) fail(rows[0].line, `${spec.id} : intitulé décidé ${q(spec.title)} absent de ${q(title)}`);
      actionNotes.push(spec.titleNote ?? '');
      title = spec.title;
    }
    if (spec.groupNote) actionNotes.push(spec.groupNote);
    actionNotes.push(...rows.flatMap((r) => r.notes));
    if (spec.note) actionNotes.push(spec.note);

    // Fields that belong to the action: the common value of its lines (a line-specific value
    // goes to that line's sub-actions).
    const common = (f: Field): { value: string; notes: string[] } => {
      const values = [...new Set(rows.map((r) => value(r, f)))];
      if (values.length === 1) return { value: values[0], notes: rows.flatMap((r) => notesOf(r, f)) };
      return { value: '', notes: [] };
    };
    const multi = rows.length > 1;
    const tags = [...new Set(rows.flatMap((r) => (value(r, 'theme') ? partnerNames(value(r, 'theme')) : [])))];
    actionNotes.push(...new Set(rows.flatMap((r) => notesOf(r, 'theme'))));
    const fields: Partial<Record<Field, string>> = {};
    for (const f of ['pilot', 'concertation', 'start', 'end', 'budget', 'status'] as Field[]) {
      const c = common(f);
      fields[f] = c.value;
      if (c.value) actionNotes.push(...new Set(c.notes));
    }
    if (multi) {
      for (const f of ['concertation', 'budget'] as Field[]) {
        if (rows.some((r) => value(r, f)) && !fields[f]) fail(rows[0].line, `${spec.id} : ${f} propre à une ligne, sans place dans le modèle`);
      }
    }
    // The plain (non-HTML) pilot cell may list several services: kept as one text.
    const pilotText = (cell: string) => (/<li\b/.test(cell) ? listItems(cell).join(' ; ') : plain(cell));

    // Sub-actions and summary, line by line.
    const subs: Row[] = [];
    const summaryParts: string[] = [];
    let k = 0;
    for (const r of rows) {
      const rs = spec.rows.find((s) => s.line === r.line)!;
      const read0 = rs.read;
      const sousField: Field = read0?.as === 'explicit' && read0.from ? read0.from : 'sous';
      const sous = value(r, sousField);
      const read = read0 ?? (sous ? undefined : { as: 'empty' as const });
      if (!read) fail(r.line, `${spec.id} : lecture de la cellule des sous-actions à décider`);
      if (read.as !== 'empty' && read.as !== 'title' && !sous) fail(r.line, `${spec.id} : cellule des sous-actions vide`);
      if (read.as === 'empty' && sous) fail(r.line, `${spec.id} : cellule des sous-actions non vide déclarée vide`);
      const sousNotes = notesOf(r, sousField);
      let items: string[] = [];
      if (read.as === 'items') {
        items = listItems(sous, read.split === 'dash');
        if (items.length !== read.count) fail(r.line, `${spec.id} : ${items.length} sous-actions lues, ${read.count} attendues`);
      } else if (read.as === 'explicit') {
        const text = plain(sous);
        for (const item of read.items) if (!text.includes(item)) fail(r.line, `${spec.id} : sous-action ${q(item)} absente de la cellule`);
        items = read.items;
      } else if (read.as === 'text') {
        summaryParts.push(clean(sous));
        actionNotes.push(...sousNotes);
      } else if (read.as === 'summary') {
        if (!spec.summary) fail(r.line, `${spec.id} : résumé annoncé mais absent`);
      }
      const sousNoteObjs = r.cells[sousField]?.notes ?? [];
      const itemNotes = (item: string) => [
        ...sousNoteObjs.filter((n) => !n.fixed || item.includes(n.fixed)).map((n) => n.text),
        ...(read.as === 'explicit' || read.as === 'items' ? [read.note ?? ''] : []),
      ];
      const itemsOfRow: Row[] = [];
      for (const item of items) {
        const { code, title: subTitle } = splitCode(item);
        const id = `${spec.id}-s${++k}`;
        const sub: Row = { id, action: spec.id, code, title: subTitle, source: '' };
        const subNotes = itemNotes(item);
        if (multi) {
          sub.pilot = pilotText(value(r, 'pilot'));
          sub.status = value(r, 'status');
          sub.start = value(r, 'start');
          sub.end = value(r, 'end');
          subNotes.push(...notesOf(r, 'pilot', 'status', 'start', 'end'));
        }
        const dates = SUBACTION_DATES.find((d) => d.line === r.line && subTitle.startsWith(d.item));
        if (dates) {
          if (multi) fail(r.line, `${spec.id} : dates de sous-action sur une action à plusieurs lignes`);
          for (const f of ['start', 'end'] as const) {
            const part = dates[f];
            if (part && !value(r, f).includes(part)) fail(r.line, `${spec.id} : ${q(part)} absent de la cellule ${f}`);
            sub[f] = part ?? '';
          }
          subNotes.push(dates.note);
          usedSubDates.add(`${r.line}:${dates.item}`);
        }
        sub.source = source([r.line], r.copies, subNotes);
        itemsOfRow.push(sub);
      }
      subs.push(...itemsOfRow);

      // Partners of the line: on its sub-action when the line is one of several and gave one.
      const target = multi && itemsOfRow.length === 1 ? itemsOfRow[0].id : '';
      if (multi && itemsOfRow.length !== 1 && (value(r, 'fin') || value(r, 'partners'))) {
        fail(r.line, `${spec.id} : partenaires d'une ligne sans sous-action unique`);
      }
      for (const [f, role] of [['fin', 'financier'], ['partners', 'partenaire']] as const) {
        const cell = value(r, f);
        if (!cell) continue;
        const cellNotes = r.cells[f]?.notes ?? [];
        for (const name of partnerNames(cell)) {
          const skip = NOT_PARTNERS.find((n) => n.line === r.line && n.field === f && n.text === name);
          if (skip) {
            usedNotPartners.add(`${r.line}:${f}:${name}`);
            actionNotes.push(skip.note);
            if (skip.summary) summaryParts.push(skip.summary);
            continue;
          }
          const pid = `${target || spec.id}-p${partners.filter((p) => p.id.startsWith(`${target || spec.id}-p`)).length + 1}`;
          // A correction concerns the partner whose name holds the corrected text; a note on the
          // choice between copies concerns every name of the cell.
          const ownNotes = cellNotes.filter((n) => !n.fixed || name.includes(n.fixed)).map((n) => n.text);
          const joined = JOINED_PARTNERS.find((j) => j.name === name);
          if (joined) usedJoined.add(name);
          partners.push({
            id: pid,
            action: spec.id,
            subaction: target,
            name,
            role,
            source: source([r.line], r.copies, [`colonne ${q(labelOf(f, r.wide))}`, ...ownNotes, joined?.note ?? '']),
          });
        }
      }
    }
    if (spec.summary) summaryParts.unshift(spec.summary);
    if (spec.summaryNote) summaryParts.push(spec.summaryNote);

    actions.push({
      id: spec.id,
      parent,
      title,
      summary: summaryParts.join('\n\n'),
      status: fields.status ?? '',
      pilot: pilotText(fields.pilot ?? ''),
      start: fields.start ?? '',
      end: fields.end ?? '',
      budget: fields.budget ?? '',
      tags: tags.join(' ; '),
      concertation: fields.concertation ?? '',
      source: source(primaryLines, copyLines, [...actionNotes, spec.summary ? `résumé rédigé d'après ${'l. ' + formatLines([...primaryLines, ...copyLines])}` : '']),
    });
    subactions.push(...subs);
  }
  for (const n of NOT_PARTNERS) if (!usedNotPartners.has(`${n.line}:${n.field}:${n.text}`)) fail(n.line, `NOT_PARTNERS inutilisé : ${q(n.text)}`);
  for (const j of JOINED_PARTNERS) if (!usedJoined.has(j.name)) throw new Error(`JOINED_PARTNERS inutilisé : ${q(j.name)}`);
  for (const d of SUBACTION_DATES) if (!usedSubDates.has(`${d.line}:${d.item}`)) fail(d.line, `SUBACTION_DATES inutilisé : ${q(d.item)}`);

  // Hierarchy: the six domains, then under each its measures in code order.
  const hierarchy: Row[] = [];
  const codes = [...measures.keys()].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  for (const d of DOMAINS) {
    const mine = codes.filter((c) => c.startsWith(`${d.code}.`));
    const domainLines = [
      ...mine.flatMap((c) => measures.get(c)!.lines),
      ...ACTIONS.filter((a) => a.parent === d.id).flatMap((a) => a.rows.flatMap((r) => [r.line, ...merged.get(r.line)!.copies])),
    ];
    hierarchy.push({
      id: d.id,
      level: 'domaine',
      parent: '',
      code: d.code,
      title: d.title,
      source: source(domainLines, [], [d.note]),
    });
    for (const code of mine) {
      const m = measures.get(code)!;
      const decision = MEASURE_TITLES.find((t) => t.code === code);
      let title: string;
      const notes = [...new Set(m.notes)];
      if (m.titles.size === 1) {
        if (decision) throw new Error(`MEASURE_TITLES ${code} : un seul intitulé, décision inutile`);
        title = [...m.titles.keys()][0];
      } else {
        if (!decision || !m.titles.has(decision.title)) {
          throw new Error(`mesure ${code} : intitulés différents à départager (MEASURE_TITLES) : ${[...m.titles.keys()].map(q).join(' ; ')}`);
        }
        title = decision.title;
        notes.push(decision.note);
        for (const [other, lines] of m.titles) {
          if (other !== title) notes.push(`${lines.length > 1 ? 'les' : 'la'} l. ${formatLines(lines)} ${lines.length > 1 ? 'écrivent' : 'écrit'} ${q(other)}`);
        }
      }
      hierarchy.push({
        id: `m${code.replace(/\./g, '-')}`,
        level: 'mesure',
        parent: d.id,
        code,
        title,
        source: source(m.lines, [], notes),
      });
    }
  }
  for (const t of MEASURE_TITLES) if (!measures.has(t.code)) throw new Error(`MEASURE_TITLES ${t.code} : mesure inconnue`);

  return { hierarchy, actions, subactions, partners };
}

/** Serialises rows with the given columns (in the order of `tables.ts`), quoting only when needed. */
export function toCsv(table: TableName, columns: string[], rows: Row[]): string {
  const known = TABLES[table].fields.map((f) => f.name);
  for (const c of columns) if (!known.includes(c)) throw new Error(`${table}: colonne inconnue ${c}`);
  const ordered = known.filter((c) => columns.includes(c));
  const cell = (v: string) => (/[",\n\r]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [ordered.join(','), ...rows.map((r) => ordered.map((c) => cell(r[c] ?? '')).join(','))].join('\n') + '\n';
}

export function deriveDijon(seedText: string): Record<string, string> {
  const b = build(seedText);
  return {
    [`${OUTPUT_DIR}/hierarchy.csv`]: toCsv('hierarchy', ['id', 'level', 'parent', 'code', 'title', 'source'], b.hierarchy),
    [`${OUTPUT_DIR}/actions.csv`]: toCsv(
      'actions',
      ['id', 'parent', 'title', 'summary', 'status', 'pilot', 'start', 'end', 'budget', 'tags', 'concertation', 'source'],
      b.actions,
    ),
    [`${OUTPUT_DIR}/subactions.csv`]: toCsv('subactions', ['id', 'action', 'code', 'title', 'pilot', 'status', 'start', 'end', 'source'], b.subactions),
    [`${OUTPUT_DIR}/partners.csv`]: toCsv('partners', ['id', 'action', 'subaction', 'name', 'role', 'source'], b.partners),
  };
}

export { REPO_ROOT };
/** The seed, read from `scripts/seeds/sources/`. */
export const SEED_PATH = seedPath(SEED_FILE);

export function readSeed(): string {
  return readSeedFile(SEED_PATH);
}

/** Differences between the derivation and the files in `${OUTPUT_DIR}/` (empty = identical). */
export function compareWithRepository(root = REPO_ROOT): string[] {
  return compareDerivation(deriveDijon(readSeed()), OUTPUT_DIR, root);
}

runDerivationCli(import.meta.url, 'scripts/seeds/dijon.ts', OUTPUT_DIR, () => deriveDijon(readSeed()));
