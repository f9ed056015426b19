/**
 * The one way content YAML is read (plan.md and fiche front matter; site.yml may use it too):
 * parsed into a document so that every value can be traced back to its line, and turned into
 * plain data with a cap on alias expansion, so that a "billion laughs" header fails in
 * milliseconds with a located message instead of exhausting memory.
 */
import { CST, LineCounter, Parser, isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

/** One problem found while reading YAML, on a 1-based line of the file. */
export interface YamlProblem {
  line: number;
  /** French, without a prefix: callers say what the YAML is (« en-tête YAML », « site.yml »). */
  message: string;
  /** `syntax`: the text is not YAML (the `yaml` package's words); `aliases`: too much alias expansion. */
  kind: 'syntax' | 'aliases';
  /** The message already says what to write: a caller's general hint would repeat it. */
  hinted?: boolean;
}

export interface ParsedYaml {
  /** Plain data (objects, arrays, strings, numbers, booleans, null); undefined when unreadable. */
  value: unknown;
  /** Problems that make the YAML unreadable; `value` is undefined when there is at least one. */
  problems: YamlProblem[];
  /**
   * 1-based line of the file where the value at `path` is written (the key's line for a mapping
   * entry, the item's line for a list item); the line of the deepest ancestor found when the path
   * does not exist, `firstLine` at worst.
   */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Aliases (`*name`) a document may expand in total, counted as the `yaml` package does (an alias
 * of a node holding aliases counts for all of them). Hand-written content never needs more: an
 * exponential "billion laughs" document needs far more to do harm.
 */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML text that starts on line `firstLine` of its file (2 for front matter, after the
 * opening `---`). Never throws: syntax errors, duplicate keys and excessive alias expansion are
 * returned as problems with their line.
 */
export function parseYaml(text: string, { firstLine = 1 }: { firstLine?: number } = {}): ParsedYaml {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    // The package reports its own limits as errors; this is a last resort, so that a content
    // file can never stop the check or the build with a stack trace.
    const message = `YAML illisible : ${(error as Error).message.split('\n')[0]}`;
    return { value: undefined, problems: [{ line: firstLine, message, kind: 'syntax' }], lineOf: () => firstLine };
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = firstLine;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        const range = (node as Node).range;
        if (range) line = lineAt(range[0]);
      } else break;
    }
    return line;
  };

  if (doc.errors.length > 0) {
    const all = doc.errors.map((err) => ({
      line: err.code === 'MISSING_CHAR' && /quote/i.test(err.message) ? lineAt(openingQuoteOffset(text) ?? err.pos[0]) : lineAt(err.pos[0]),
      ...frenchSyntaxMessage(err.code, err.message),
      kind: 'syntax' as const,
    }));
    // One mistake often makes the package report two or three errors on its line (« a: b: c »):
    // the first one per line says it.
    const problems = all.filter((p, i) => all.findIndex((q) => q.line === p.line) === i);
    return { value: undefined, problems, lineOf };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems: [], lineOf };
  } catch (error) {
    // The `yaml` package refuses to expand past maxAliasCount (a ReferenceError). Point at the
    // first alias, the start of the structure that multiplies.
    let line = firstLine;
    let found = false;
    visit(doc, {
      Alias(_key, node) {
        if (!found && node.range) line = lineAt(node.range[0]);
        found = true;
        return visit.BREAK;
      },
    });
    const message = found
      ? `trop d'alias (« *… ») à déplier : ce contenu se démultiplierait à l'infini (attendu : chaque valeur écrite en toutes lettres, sans ancre « & » ni alias « * »)`
      : `YAML illisible : ${(error as Error).message.split('\n')[0]}`;
    return { value: undefined, problems: [{ line: found ? topLevelLine(doc, lineAt) ?? line : line, message, kind: found ? 'aliases' : 'syntax' }], lineOf };
  }
}

/** The usual YAML mistakes in French; the `yaml` package's own words otherwise. */
const SYNTAX_MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'clé en double',
  BAD_INDENT: 'indentation incorrecte',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter (attendu : des espaces)',
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes (un « : » ou une valeur sans guillemets mal placés ?)',
  BAD_ALIAS: 'alias « * » vers une ancre inconnue',
  RESOURCE_EXHAUSTION: 'structure trop grande ou trop imbriquée',
  MULTIPLE_DOCS: 'plusieurs documents YAML (« --- » en trop ?)',
  BLOCK_AS_IMPLICIT_KEY: 'deux « : » dans une valeur sans guillemets (attendu : la valeur entre guillemets, par exemple territory: "Communauté : Ma Ville")',
  UNEXPECTED_TOKEN: 'texte inattendu (du texte après une valeur entre guillemets, ou une ligne sans « clé: » ? mettez toute la valeur entre guillemets)',
  BAD_SCALAR_START: 'valeur sans guillemets qui commence par un caractère réservé (@, `, %…) (attendu : la valeur entre guillemets)',
};

/**
 * The `yaml` package's message in French: the usual mistakes by their code (the issue gives the
 * line); an unlisted code keeps the package's own words.
 */
function frenchSyntaxMessage(code: string, message: string): { message: string; hinted: boolean } {
  const first = message.split('\n')[0];
  if (code === 'MISSING_CHAR' && /quote/i.test(first)) return { message: 'guillemet non fermé', hinted: false };
  if (code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(first)) {
    return { message: /^Flow sequence/.test(first) ? 'liste « [ … ] » non fermée (attendu : un « ] » à la fin)' : 'objet « { … } » non fermé (attendu : une « } » à la fin)', hinted: true };
  }
  const known = SYNTAX_MESSAGES[code];
  return known ? { message: known, hinted: HINTED.has(code) } : { message: `erreur de syntaxe YAML : ${first}`, hinted: false };
}

/** Codes whose French message says what to write. */
const HINTED = new Set(['TAB_AS_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START']);

/** Line of the top-level key whose value holds the first alias, so the message names a key the staff wrote. */
function topLevelLine(doc: ReturnType<typeof parseDocument>, lineAt: (offset: number) => number): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    let has = false;
    visit(pair.value as Node, { Alias: () => ((has = true), visit.BREAK) });
    if (isAlias(pair.value)) has = true;
    if (has && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
  }
  return undefined;
}

/**
 * The `yaml` package notices an unclosed quote only where the text ends: point instead at the
 * opening quote, found in the concrete syntax tree as a quoted scalar whose source never closes.
 */
function openingQuoteOffset(text: string): number | undefined {
  let offset: number | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value]) {
        if (offset !== undefined || !t || (t.type !== 'double-quoted-scalar' && t.type !== 'single-quoted-scalar')) continue;
        const quote = t.type === 'double-quoted-scalar' ? '"' : "'";
        const source = t.source.trimEnd();
        const escaped = quote === '"' ? source.endsWith('\\"') && !source.endsWith('\\\\"') : false;
        if (source.length < 2 || !source.endsWith(quote) || escaped) offset = t.offset;
      }
      return offset === undefined ? undefined : CST.visit.BREAK;
    });
    if (offset !== undefined) break;
  }
  return offset;
}
