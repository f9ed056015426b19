import { parseYaml } from '../yaml';
import type { IssueLog } from './issues';

export interface FrontmatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line of each top-level key, for messages. */
  keyLines: Map<string, number>;
  /** Line of the value at a path such as `['levels', 0, 'label']` (see lib/yaml `lineOf`). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The frontmatter could not be read (already reported): its keys are not checked further. */
  invalid?: boolean;
}

const HINT = "(attendu : des lignes « clé: valeur » ; mettez entre guillemets droits une valeur qui contient « : » ou « # »)";

/**
 * Splits `---` YAML frontmatter from a Markdown/MDX file and parses it (lib/yaml: alias expansion
 * capped), remembering where each value is written so that schema errors can name `file:line: key`.
 * YAML errors are logged with their line; the file is then treated as having no frontmatter.
 */
export function readFrontmatter(text: string, file: string, log: IssueLog): FrontmatterFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    log.error(file, 1, '-', 'en-tête YAML absent (le fichier doit commencer par « --- »)');
    return { data: {}, body: text, bodyLine: 1, keyLines: new Map(), lineOf: () => 1, invalid: true };
  }
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  // The YAML starts on the file's line 2, after the opening `---`.
  const yaml = parseYaml(match[1], { firstLine: 2 });
  const { lineOf } = yaml;
  if (yaml.problems.length > 0) {
    for (const p of yaml.problems) log.error(file, p.line, '-', `en-tête YAML invalide : ${p.message}${p.kind === 'syntax' && !p.hinted ? ` ${HINT}` : ''}`);
    return { data: {}, body, bodyLine, keyLines: new Map(), lineOf, invalid: true };
  }
  const data = yaml.value ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    log.error(file, 2, '-', "l'en-tête YAML doit être une liste de clés « clé: valeur »");
    return { data: {}, body, bodyLine, keyLines: new Map(), lineOf, invalid: true };
  }
  const keyLines = new Map(Object.keys(data).map((key) => [key, lineOf([key])]));
  return { data: data as Record<string, unknown>, body, bodyLine, keyLines, lineOf };
}
