import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseCsv } from '../csv/parse';
import { firstInvalidUtf8Line } from '../import/decode';
import { readFrontmatter, type FrontmatterFile } from './frontmatter-file';
import { planSlugProblem } from './ids';
import type { IssueLog } from './issues';
import { TABLES, TABLE_NAMES, type TableName, type TableSpec } from './tables';
import { withTranslatedColumns } from './translatable';
import { languageList } from './language-list';
import type { UiLanguage } from '../i18n/languages';
import { validateTable, type ValidRow } from './validate';
import { checkContentTrust, type ComponentUse } from '../trust';
import { checkMarkdownText } from '../trust/markdown-text';
import { BILANS_DIR } from '../bilans/paths';

export interface SourceTable {
  file: string;
  rows: ValidRow[];
  /**
   * Ids of the rows validation left out (already reported): a row naming one of them is not
   * reported again as naming an unknown id (one bad date gave ten errors about one action).
   */
  leftOut?: ReadonlySet<string>;
}

export interface FicheSource extends FrontmatterFile {
  file: string;
  /** `<Indicateur>`/`<Graphique>` of an `.mdx` fiche, whose ids are checked against the plan. */
  components: ComponentUse[];
}

/** A fiche's text in another language: `actions/<name>.<lang>.md|mdx` (see translatable.ts). */
export interface FicheTranslationSource extends FicheSource {
  /** The language code of the file name, as written (checked against the plan's by assemble). */
  language: string;
  /** The file name before the language: the action's id unless the front matter gives `id`. */
  stem: string;
}

/** The body of plan.md in another language: `plan.<lang>.md`, Markdown without front matter. */
export interface PlanTextTranslation {
  file: string;
  language: string;
  /** Keys of a front matter, if the file has one, with their lines: reported by assemble. */
  keys: [string, number][];
}

/** Everything one plan's folders hold, parsed and checked cell by cell but not yet cross-linked. */
export interface PlanSource {
  slug: string;
  planFile: string;
  plan: FrontmatterFile;
  fiches: FicheSource[];
  /** Fiches in the plan's other languages (`<id>.nl.md`), checked against the actions by assemble. */
  ficheTranslations: FicheTranslationSource[];
  /** `plan.<lang>.md` files. */
  planTranslations: PlanTextTranslation[];
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

/** A Markdown file without front matter, as readFrontmatter would give it. */
const noFrontmatter = (body: string): FrontmatterFile => ({ data: {}, body, bodyLine: 1, keyLines: new Map(), lineOf: () => 1 });

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

/** Columns rendered as Markdown (lib/markdown.ts), translated ones included: their links are checked. */
const markdownFields = (spec: TableSpec) => spec.fields.filter((f) => f.type === 'markdown').map((f) => f.name);
const MARKDOWN_FIELDS = Object.fromEntries(TABLE_NAMES.map((name) => [name, markdownFields(TABLES[name])])) as Record<TableName, string[]>;

/** Logs every dangerous link target of a Markdown cell or frontmatter field. */
function trustedMarkdown(text: string, file: string, line: number, field: string, log: IssueLog): void {
  for (const message of checkMarkdownText(text)) log.error(file, line, field, message);
}

/** Files of the content root that are not plans: the staff guide and the site's settings. */
const CONTENT_ROOT_FILES = new Set(['README.md', 'site.yml']);
/**
 * Git's placeholder for an empty folder and its ignore list: never content, accepted anywhere. Every
 * other hidden file (`.DS_Store`, a spreadsheet's lock file, `.fiche.md`) is reported like any
 * file the site does not read.
 */
const GIT_FILES = new Set(['.gitkeep', '.gitignore']);

const isDirectory = (path: string) => statSync(path).isDirectory();
const show = (p: string) => relative(process.cwd(), p) || p;

/** The message for a file or folder the site does not read, with a hint when its name suggests one. */
function unreadMessage(name: string, isDir: boolean, expected: string): string {
  if (/^\.~lock\..*#$/.test(name)) return `fichier verrou d'un tableur : fermez le fichier dans le tableur, puis relancez (${expected})`;
  if (isDir) return `dossier non lu, son contenu ne serait pas publié (${expected})`;
  return `fichier non lu, il ne serait pas publié (${expected})`;
}

/** Edit distance between two short names (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The name of `names` a typo of `name` most likely meant: at most two edits away, else undefined. */
function nearestName(name: string, names: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = editDistance(name, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/**
 * Plan slugs: the sub-folders of the content root that hold a `plan.md`. Everything else under
 * both roots that no plan reads is reported, so that nothing is silently left out: a folder of
 * `content/` without `plan.md`, a folder of `data/` without its plan in `content/` (a typo such as
 * `data/exmple/`), any other file at either top level. A slug the site cannot publish
 * (see ids.ts) is reported too; the plan is still read, so that all its problems come out at once.
 */
export function listPlanSlugs(roots: Roots, log: IssueLog): string[] {
  if (!existsSync(roots.content)) return [];
  const slugs: string[] = [];
  for (const name of readdirSync(roots.content).sort()) {
    const path = join(roots.content, name);
    if (GIT_FILES.has(name)) continue;
    if (!isDirectory(path)) {
      if (!CONTENT_ROOT_FILES.has(name)) log.error(show(path), 0, '-', unreadMessage(name, false, `attendu dans ${show(roots.content)} : un dossier par plan, ${[...CONTENT_ROOT_FILES].join(', ')}`));
      continue;
    }
    if (!existsSync(join(path, 'plan.md')) || isDirectory(join(path, 'plan.md'))) {
      log.error(show(path), 0, '-', `dossier sans plan.md : ce n'est pas un plan, rien n'en serait publié (ajoutez-y plan.md, ou déplacez-le hors de ${show(roots.content)})`);
      continue;
    }
    const problem = planSlugProblem(name);
    if (problem) log.error(show(path), 0, '-', problem);
    slugs.push(name);
  }
  const known = new Set(slugs);
  if (existsSync(roots.data) && isDirectory(roots.data) && resolve(roots.data) !== resolve(roots.content)) {
    for (const name of readdirSync(roots.data).sort()) {
      const path = join(roots.data, name);
      if (GIT_FILES.has(name)) continue;
      if (!isDirectory(path)) {
        log.error(show(path), 0, '-', unreadMessage(name, false, `attendu dans ${show(roots.data)} : un dossier par plan, du nom de son dossier dans ${show(roots.content)}`));
      } else if (!known.has(name)) {
        const near = nearestName(name, slugs);
        const hint = near ? `faute de frappe pour « ${near} » ?` : `un dossier de ${show(roots.data)} porte le nom du dossier de son plan dans ${show(roots.content)}`;
        log.error(show(path), 0, '-', `aucun plan « ${name} » : ${show(join(roots.content, name, 'plan.md'))} n'existe pas, ces tableaux ne seraient pas publiés (${hint})`);
      }
    }
  }
  return slugs;
}

/**
 * Reports what a folder of a plan holds besides what `readPlanSource` reads: `isRead` says, for a
 * file or folder name, whether it is read; anything else is an error naming it, with the message
 * `named` gives for that name if any (a near miss such as `a1.MD`), else a generic one.
 */
function reportUnread(
  dir: string,
  isRead: (name: string, isDir: boolean) => boolean,
  expected: string,
  log: IssueLog,
  named: (name: string) => string | undefined = () => undefined,
): void {
  if (!existsSync(dir) || !isDirectory(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const isDir = isDirectory(path);
    if (GIT_FILES.has(name) || isRead(name, isDir)) continue;
    const hidden = name.startsWith('.');
    log.error(show(path), 0, '-', (!isDir && !hidden && named(name)) || unreadMessage(name, isDir, expected));
  }
}

/** A fiche's name other than `<id>.md`/`<id>.mdx` that looks like one: said so, with the fix. */
function ficheNameMessage(name: string): string | undefined {
  const ext = extname(name);
  if (!/^\.(md|mdx|markdown|mdown|mkd)$/i.test(ext)) return undefined;
  const fix = /^\.mdx$/i.test(ext) ? '.mdx' : '.md';
  return `fiche non lue : l'extension « ${ext} » n'est pas lue, renommez le fichier en « ${basename(name, ext)}${fix} » (attendu : .md ou .mdx, en minuscules)`;
}

/** A fiche is `<id>.md` or `<id>.mdx`, directly in `actions/`; hidden files are never fiches. */
const isFiche = (name: string, isDir: boolean) => !isDir && !name.startsWith('.') && FICHE_PATTERN.test(name);

/**
 * A translated file's name: `<stem>.<lang>.<ext>` with a two-letter language code. An id may hold
 * dots, so an action whose id ends in `.<two letters>` cannot have a fiche named after it: such a
 * name always reads as a translation.
 */
const TRANSLATED_FILE = /^(.+)\.([A-Za-z]{2})\.(md|mdx)$/;
const PLAN_TRANSLATION = /^plan\.([A-Za-z]{2})\.md$/;

/**
 * The plan's languages as plan.md declares them (else the site's default), read before plan.md is
 * validated as a whole, so that the tables' translated columns can be checked against them.
 */
function declaredLanguages(plan: FrontmatterFile, siteLanguages: readonly UiLanguage[]): UiLanguage[] {
  const parsed = languageList('du plan').safeParse(plan.data.languages);
  return parsed.success ? parsed.data : [siteLanguages[0]];
}

/** Reads one plan's `plan.md`, fiches and CSV tables, logging every problem found on the way. */
export function readPlanSource(roots: Roots, slug: string, log: IssueLog, siteLanguages: readonly UiLanguage[] = ['fr']): PlanSource {
  const planPath = join(roots.content, slug, 'plan.md');
  const planFile = show(planPath);
  const planText = withoutBom(readUtf8(planPath, planFile, log));
  const plan = readFrontmatter(planText, planFile, log);
  trusted(planText, planFile, 'md', log);
  const languages = declaredLanguages(plan, siteLanguages);

  const planDir = join(roots.content, slug);
  const planTranslations: PlanTextTranslation[] = [];
  for (const name of readdirSync(planDir).sort()) {
    const m = PLAN_TRANSLATION.exec(name);
    if (!m || isDirectory(join(planDir, name))) continue;
    const file = show(join(planDir, name));
    const text = withoutBom(readUtf8(join(planDir, name), file, log));
    // Only the body: the texts of the front matter are translated in plan.md (`title_nl:`).
    const keys = text.startsWith('---') ? [...readFrontmatter(text, file, log).keyLines] : [];
    trusted(text, file, 'md', log);
    planTranslations.push({ file, language: m[1], keys });
  }

  const fiches: FicheSource[] = [];
  const ficheTranslations: FicheTranslationSource[] = [];
  const ficheDir = join(roots.content, slug, 'actions');
  reportUnread(planDir, (name, isDir) => (isDir ? name === 'actions' : name === 'plan.md' || PLAN_TRANSLATION.test(name)), 'attendu : plan.md, ses traductions plan.<langue>.md et le dossier actions/', log);
  reportUnread(ficheDir, isFiche, 'attendu : des fiches <id>.md ou <id>.mdx, directement dans actions/, sans sous-dossier', log, ficheNameMessage);
  if (existsSync(ficheDir) && isDirectory(ficheDir)) {
    for (const name of readdirSync(ficheDir).sort()) {
      if (!isFiche(name, isDirectory(join(ficheDir, name)))) continue;
      const file = show(join(ficheDir, name));
      const text = withoutBom(readUtf8(join(ficheDir, name), file, log));
      const translated = TRANSLATED_FILE.exec(name);
      // A translated fiche may have no front matter at all: its action is named by its file.
      const parsed = translated && !text.startsWith('---') ? noFrontmatter(text) : readFrontmatter(text, file, log);
      const components = trusted(text, file, name.endsWith('.mdx') ? 'mdx' : 'md', log);
      // A translated fiche's keys are the original names (`summary`), in its language.
      const markdownKeys = translated ? MARKDOWN_FIELDS.actions : markdownFields(withTranslatedColumns(TABLES.actions, languages));
      for (const field of markdownKeys) {
        const value = parsed.data[field];
        if (typeof value === 'string') trustedMarkdown(value, file, parsed.keyLines.get(field) ?? 1, field, log);
      }
      if (translated) ficheTranslations.push({ file, ...parsed, components, stem: translated[1], language: translated[2] });
      else fiches.push({ file, ...parsed, components });
    }
  }

  const tables = {} as Record<TableName, SourceTable>;
  const dataDir = join(roots.data, slug);
  for (const name of TABLE_NAMES) {
    const spec = TABLES[name];
    const path = join(dataDir, spec.file);
    const file = show(path);
    // A folder named like a table is reported below, with everything else the plan does not read.
    if (!existsSync(path) || isDirectory(path)) {
      tables[name] = { file, rows: [] };
      continue;
    }
    const csv = parseCsv(readUtf8(path, file, log), file, log);
    const rows = validateTable(spec, csv, log, { languages, file: planFile });
    const kept = new Set(rows.map((r) => r.values.id));
    const leftOut = new Set(csv.rows.map((r) => r.values.id?.trim()).filter((id): id is string => !!id && !kept.has(id)));
    const markdown = markdownFields(withTranslatedColumns(spec, languages));
    for (const row of rows) {
      for (const field of markdown) if (row.values[field]) trustedMarkdown(row.values[field], file, row.line, field, log);
    }
    tables[name] = { file, rows, leftOut };
  }
  const known = new Set(TABLE_NAMES.map((n) => TABLES[n].file));
  const expected = `tables possibles : ${[...known].join(', ')}`;
  // bilans/ holds the plan's frozen releases, checked against their SHA256SUMS (lib/bilans/verify).
  reportUnread(dataDir, (name, isDir) => (isDir ? name === BILANS_DIR : known.has(name)), expected, log, (name) =>
    name.endsWith('.csv') ? `table inconnue (${expected})` : undefined,
  );
  return { slug, planFile, plan, fiches, ficheTranslations, planTranslations, tables };
}
