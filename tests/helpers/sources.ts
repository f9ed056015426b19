/**
 * The content and data files of the repository read the plain way — papaparse and yaml, nothing
 * from the site's loaders — so the export tests compare the published files with the sources
 * themselves rather than with the site's own reading of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const CONTENT = join(REPO, process.env.CONTENT_DIR || 'content');
export const DATA = join(REPO, process.env.DATA_DIR || 'data');

export type SourceRow = Record<string, string>;

export interface SourcePlan {
  slug: string;
  /** plan.md frontmatter, as YAML gives it. */
  plan: Record<string, any>;
  /** CSV rows by file name (`actions.csv`…), values trimmed, each with its position in the file. */
  tables: Record<string, SourceRow[]>;
  /** Action fiches: file path (relative to the repository) and frontmatter, in file-name order. */
  fiches: { file: string; data: Record<string, unknown> }[];
}

/** The YAML frontmatter of a Markdown file. */
export function frontmatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? ((parseYaml(m[1]) as Record<string, unknown>) ?? {}) : {};
}

/** A CSV file as rows of trimmed strings (blank lines skipped); [] when the file does not exist. */
export function readCsvFile(path: string): SourceRow[] {
  if (!existsSync(path)) return [];
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, delimiter: ',', skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.trim(), (v ?? '').trim()])));
}

/** Every plan of the content folder (a folder holding plan.md). */
export function readSourcePlans(): SourcePlan[] {
  return readdirSync(CONTENT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(CONTENT, d.name, 'plan.md')))
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const tables: Record<string, SourceRow[]> = {};
      const dataDir = join(DATA, slug);
      if (existsSync(dataDir)) {
        for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.csv'))) tables[f] = readCsvFile(join(dataDir, f));
      }
      const ficheDir = join(CONTENT, slug, 'actions');
      const fiches = existsSync(ficheDir)
        ? readdirSync(ficheDir)
            .filter((f) => /\.(md|mdx)$/.test(f))
            .sort()
            .map((f) => ({ file: `${(process.env.CONTENT_DIR || 'content').replace(/\/$/, '')}/${slug}/actions/${f}`, data: frontmatter(readFileSync(join(ficheDir, f), 'utf8')) }))
        : [];
      return { slug, plan: frontmatter(readFileSync(join(CONTENT, slug, 'plan.md'), 'utf8')), tables, fiches };
    });
}

/** A frontmatter value as the cell it stands for: lists joined by " ; ", numbers and booleans as text. */
export function cellOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(cellOf).join(' ; ');
  return String(v).trim();
}
