import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { IssueLog } from './issues';

export interface FrontmatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line of each top-level key, for messages. */
  keyLines: Map<string, number>;
}

/**
 * Splits `---` YAML frontmatter from a Markdown/MDX file and parses it, remembering the line of
 * each key so that schema errors can name `file:line: key`. YAML syntax errors are logged with
 * their line; the file is then treated as having no frontmatter.
 */
export function readFrontmatter(text: string, file: string, log: IssueLog): FrontmatterFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    log.error(file, 1, '-', 'en-tête YAML absent (le fichier doit commencer par « --- »)');
    return { data: {}, body: text, bodyLine: 1, keyLines: new Map() };
  }
  const yamlText = match[1];
  const bodyLine = match[0].split('\n').length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0];
      log.error(file, (pos?.line ?? 0) + 1, '-', `en-tête YAML invalide : ${err.message.split('\n')[0]}`);
    }
    return { data: {}, body: text.slice(match[0].length), bodyLine, keyLines: new Map() };
  }
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
      }
    }
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    log.error(file, 2, '-', "l'en-tête YAML doit être une liste de clés « clé: valeur »");
    return { data: {}, body: text.slice(match[0].length), bodyLine, keyLines };
  }
  return { data, body: text.slice(match[0].length), bodyLine, keyLines };
}

/**
 * Content trust: Markdown/MDX is code at build time, so content may not import or export modules,
 * embed raw `<script>`, set `on*=` event handlers or use `javascript:` URLs. Reported with their line.
 */
export function checkBodyTrust(body: string, file: string, firstLine: number, log: IssueLog): void {
  const rules: [RegExp, string][] = [
    [/^\s*(import|export)\s/, "import/export interdit dans le contenu (seuls les composants documentés sont permis)"],
    [/<script\b/i, 'balise <script> interdite dans le contenu'],
    [/<[a-z][^>]*\son[a-z]+\s*=/i, 'attribut de gestion d’événement (on…=) interdit dans le contenu'],
    [/javascript\s*:/i, 'lien « javascript: » interdit dans le contenu'],
  ];
  body.split('\n').forEach((text, i) => {
    for (const [pattern, message] of rules) {
      if (pattern.test(text)) log.error(file, firstLine + i, 'contenu', message);
    }
  });
}
