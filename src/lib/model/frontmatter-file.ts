import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { IssueLog } from './issues';

export interface FrontmatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line of each top-level key, for messages. */
  keyLines: Map<string, number>;
  /** The frontmatter could not be read (already reported): its keys are not checked further. */
  invalid?: boolean;
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
    return { data: {}, body: text, bodyLine: 1, keyLines: new Map(), invalid: true };
  }
  const yamlText = match[1];
  const bodyLine = match[0].split('\n').length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      // The YAML starts on the file's line 2, after the opening `---`. An unclosed quote is
      // noticed at the end of the header: point at the line that opens it instead.
      let line = lineCounter.linePos(err.pos[0]).line + 1;
      if (/quote/i.test(err.message)) {
        const opening = yamlText.split('\n').findIndex((l) => {
          const m = /^[^#]*?:\s*(["'])(.*)$/.exec(l);
          return m && !m[2].replace(/\\./g, '').includes(m[1]);
        });
        if (opening >= 0) line = opening + 2;
      }
      log.error(file, line, '-', `en-tête YAML invalide : ${err.message.split('\n')[0]} (attendu : des lignes « clé: valeur » ; mettez entre guillemets droits une valeur qui contient « : » ou « # »)`);
    }
    return { data: {}, body: text.slice(match[0].length), bodyLine, keyLines: new Map(), invalid: true };
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
    return { data: {}, body: text.slice(match[0].length), bodyLine, keyLines, invalid: true };
  }
  return { data, body: text.slice(match[0].length), bodyLine, keyLines };
}
