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
    for (const p of yaml.problems) log.error(file, p.line, '-', `en-tête YAML invalide : ${p.message}${p.kind === 'syntax' ? ` ${HINT}` : ''}`);
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

/**
 * Components a content file may use. None is documented yet: any `<Component>` in MDX is an error.
 * Adding one here means documenting it in content/README.md ("Les règles de confiance").
 */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** HTML elements that embed or fetch something, or restyle the page: never allowed in content. */
const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'style', 'link', 'meta', 'base', 'svg', 'math', 'template', 'portal'];

const ENTITY = /&(#\d+|#x[\da-f]+|[a-z]+);?/gi;
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A line as a browser would read a URL in it: entities decoded, tabs and control characters dropped. */
function urlView(line: string): string {
  const decoded = line.replace(ENTITY, (m, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? m;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
  // Browsers drop tabs and line breaks anywhere in a URL (not spaces): "java\tscript:" runs.
  return decoded.replace(/[\u0000-\u001f]+/g, '').toLowerCase();
}

/**
 * Content trust: Markdown/MDX is code at build time, so content may not import or export modules,
 * embed raw `<script>` (or any element that embeds, fetches or restyles: iframe, object, form,
 * style…), set `on*=` event handlers or use `javascript:`/`vbscript:` URLs (also when spelled with
 * entities or blanks, which browsers ignore), nor `data:` URLs in links and sources. In MDX, a
 * `{…}` expression runs JavaScript and a `<Component>` renders code: both are errors unless the
 * component is documented (see ALLOWED_COMPONENTS). Fenced code blocks and inline code are shown
 * as text and are not checked. Each finding is reported with its line.
 *
 * @param mdx the file is MDX (expressions and components are parsed), not plain Markdown
 */
export function checkBodyTrust(body: string, file: string, firstLine: number, log: IssueLog, { mdx = /\.mdx$/i.test(file) } = {}): void {
  let fence: string | undefined;
  body.split('\n').forEach((raw, i) => {
    const line = firstLine + i;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMark) {
      fence = fenceMark[1];
      return;
    }
    const text = raw.replace(/(`+)[\s\S]*?\1/g, ''); // inline code is text
    const error = (message: string) => log.error(file, line, 'contenu', message);
    if (/^\s*(import|export)\s/.test(text)) error(`import/export interdit : « ${text.trim().slice(0, 40)} » (un contenu n'importe ni n'exporte de code ; seuls les composants décrits dans content/README.md sont permis)`);
    for (const m of text.matchAll(/<\s*([a-z][a-z0-9-]*)\b/gi)) {
      const name = m[1];
      if (FORBIDDEN_ELEMENTS.includes(name.toLowerCase())) error(`balise <${name.toLowerCase()}> interdite dans le contenu (attendu : du Markdown simple)`);
      else if (mdx && /^[A-Z]/.test(name) && !ALLOWED_COMPONENTS.includes(name)) {
        error(`composant « ${name} » absent du guide content/README.md (composants permis : ${ALLOWED_COMPONENTS.join(', ') || 'aucun pour l’instant'})`);
      }
    }
    for (const m of text.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) error(`attribut ${m[1].toLowerCase()}= interdit dans le contenu (aucun gestionnaire d'événement)`);
    const url = urlView(text);
    if (/(?:java|vb)script:/.test(url)) error('lien « javascript: » interdit dans le contenu (attendu : une adresse https:// ou relative)');
    if (/(?:\]\(|href=["']?|src=["']?|<)data:/.test(url)) error('adresse « data: » interdite dans le contenu (attendu : une adresse https:// ou relative)');
    if (mdx) {
      // `{/* … */}` is an MDX comment, not code.
      const code = text.replace(/\\[{}]/g, '').replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
      const expr = /\{([^}]*)\}?/.exec(code);
      if (expr) error(`expression « {${expr[1].trim().slice(0, 30)}} » interdite dans le contenu MDX : elle exécuterait du code (écrivez \\{ pour une accolade)`);
    }
  });
}
