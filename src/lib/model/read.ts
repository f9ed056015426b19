import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsv } from '../csv/parse';
import { firstInvalidUtf8Line } from '../import/decode';
import { readFrontmatter, type FrontmatterFile } from './frontmatter-file';
import type { IssueLog } from './issues';
import { TABLES, TABLE_NAMES, type TableName } from './tables';
import { validateTable, type ValidRow } from './validate';
import { checkContentTrust, type ComponentUse } from '../trust';
import { checkMarkdownText } from '../trust/markdown-text';

export interface SourceTable {
  file: string;
  rows: ValidRow[];
}

export interface FicheSource extends FrontmatterFile {
  file: string;
  /** `<Indicateur>`/`<Graphique>` of an `.mdx` fiche, whose ids are checked against the plan. */
  components: ComponentUse[];
}

/** Everything one plan's folders hold, parsed and checked cell by cell but not yet cross-linked. */
export interface PlanSource {
  slug: string;
  planFile: string;
  plan: FrontmatterFile;
  fiches: FicheSource[];
  tables: Record<TableName, SourceTable>;
}

export interface Roots {
  /** Folder holding `<plan>/plan.md` and `<plan>/actions/*.md|mdx`. */
  content: string;
  /** Folder holding `<plan>/*.csv`. */
  data: string;
}

const FICHE_PATTERN = /\.(md|mdx)$/;

/**
 * Reads a file as UTF-8. Bytes that are not valid UTF-8 are an error on the line where they
 * start; the file is then read as Windows-1252 (what such files nearly always are), so that the
 * other checks still see its text and report on it.
 */
function readUtf8(path: string, file: string, log: IssueLog): string {
  const bytes = readFileSync(path);
  const bad = firstInvalidUtf8Line(bytes);
  // The BOM is kept in the text: a CSV must not have one, and parseCsv says so.
  if (bad === 0) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  log.error(
    file,
    bad,
    '-',
    "le fichier n'est pas en UTF-8 (sans doute Windows-1252) : enregistrez-le en « Unicode (UTF-8) », ou importez-le avec npm run import",
  );
  return new TextDecoder('windows-1252').decode(bytes);
}

/** Markdown tools (and Astro) accept a BOM before the frontmatter: so do we. */
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/**
 * Runs the content-trust check on a whole Markdown/MDX file (the build runs the same function on
 * the same text, see lib/trust/plugin.ts) and logs what it finds; returns the components to check
 * against the plan.
 */
function trusted(text: string, file: string, format: 'md' | 'mdx', log: IssueLog): ComponentUse[] {
  const { issues, components } = checkContentTrust(text, file, format);
  log.issues.push(...issues);
  return components;
}

/** Columns rendered as Markdown (lib/markdown.ts), per table: their links are checked. */
const MARKDOWN_FIELDS = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, TABLES[name].fields.filter((f) => f.type === 'markdown').map((f) => f.name)]),
) as Record<TableName, string[]>;

/** Logs every dangerous link target of a Markdown cell or frontmatter field. */
function trustedMarkdown(text: string, file: string, line: number, field: string, log: IssueLog): void {
  for (const message of checkMarkdownText(text)) log.error(file, line, field, message);
}

/** Plan slugs: the sub-folders of the content root that hold a `plan.md`. */
export function listPlanSlugs(roots: Roots): string[] {
  if (!existsSync(roots.content)) return [];
  return readdirSync(roots.content)
    .filter((name) => statSync(join(roots.content, name)).isDirectory() && existsSync(join(roots.content, name, 'plan.md')))
    .sort();
}

/** Reads one plan's `plan.md`, fiches and CSV tables, logging every problem found on the way. */
export function readPlanSource(roots: Roots, slug: string, log: IssueLog): PlanSource {
  const show = (p: string) => relative(process.cwd(), p) || p;
  const planPath = join(roots.content, slug, 'plan.md');
  const planFile = show(planPath);
  const planText = withoutBom(readUtf8(planPath, planFile, log));
  const plan = readFrontmatter(planText, planFile, log);
  trusted(planText, planFile, 'md', log);

  const fiches: FicheSource[] = [];
  const ficheDir = join(roots.content, slug, 'actions');
  if (existsSync(ficheDir)) {
    for (const name of readdirSync(ficheDir).sort()) {
      if (!FICHE_PATTERN.test(name)) continue;
      const file = show(join(ficheDir, name));
      const text = withoutBom(readUtf8(join(ficheDir, name), file, log));
      const parsed = readFrontmatter(text, file, log);
      const components = trusted(text, file, name.endsWith('.mdx') ? 'mdx' : 'md', log);
      for (const field of MARKDOWN_FIELDS.actions) {
        const value = parsed.data[field];
        if (typeof value === 'string') trustedMarkdown(value, file, parsed.keyLines.get(field) ?? 1, field, log);
      }
      fiches.push({ file, ...parsed, components });
    }
  }

  const tables = {} as Record<TableName, SourceTable>;
  const dataDir = join(roots.data, slug);
  for (const name of TABLE_NAMES) {
    const spec = TABLES[name];
    const path = join(dataDir, spec.file);
    const file = show(path);
    if (!existsSync(path)) {
      tables[name] = { file, rows: [] };
      continue;
    }
    const csv = parseCsv(readUtf8(path, file, log), file, log);
    const rows = validateTable(spec, csv, log);
    for (const row of rows) {
      for (const field of MARKDOWN_FIELDS[name]) if (row.values[field]) trustedMarkdown(row.values[field], file, row.line, field, log);
    }
    tables[name] = { file, rows };
  }
  if (existsSync(dataDir)) {
    const known = new Set(TABLE_NAMES.map((n) => TABLES[n].file));
    for (const name of readdirSync(dataDir)) {
      if (name.endsWith('.csv') && !known.has(name)) {
        log.error(show(join(dataDir, name)), 0, '-', `table inconnue (tables possibles : ${[...known].join(', ')})`);
      }
    }
  }
  return { slug, planFile, plan, fiches, tables };
}
