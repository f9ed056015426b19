import { htmlToHast, markdownToMdast, mdxToMdast, type Features } from 'satteri';
import type { ContentIssue } from '../model/issues';
// Explicit extensions: astro.config.mjs loads this module through Node's own TypeScript support.
import { COMPONENT_NAMES, CONTENT_COMPONENTS, type ComponentUse } from './components.ts';
import { dangerousUrlKind, dangerousUrlMessage } from './urls.ts';

export type SourceFormat = 'md' | 'mdx';

/**
 * The parser features the site compiles content with: astro.config.mjs hands these very ones to
 * the Sätteri processor, so the check sees the tree the build compiles. Astro's defaults: GFM and
 * smart punctuation on, frontmatter on.
 */
export const CONTENT_FEATURES = { gfm: true, smartPunctuation: true, frontmatter: true } as const satisfies Features;

/** What the trust check found in one file. */
export interface TrustReport {
  issues: ContentIssue[];
  /** Allowed components that point at an indicator or a chart, checked once the plan is assembled. */
  components: ComponentUse[];
}

export interface TrustOptions {
  /** Added to parser lines: the build may hand over a body cut from its file (see plugin.ts). */
  lineOffset?: number;
}

/** The mdast fields this check reads; Sätteri's materialized tree has them all. */
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const FIELD = 'contenu';
const excerpt = (text: string, max = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};
const componentList = () => COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

/**
 * Decides whether a Markdown or MDX file can be published, on the tree Sätteri (the parser
 * @astrojs/mdx compiles with) builds from it — never on lines of text, which inline code, escapes
 * and comments make ambiguous. Pass the WHOLE file, frontmatter included, so that positions are
 * file lines.
 *
 * Rejected, each as `file:line: contenu: message` (French):
 * - in MDX, every ESM node (`import`, `export`), every expression `{…}` in flow or text (comments
 *   `{/* … *\/}` included: the compiler keeps them as code), every JSX element that is not an allowed
 *   component (see components.ts; lowercase HTML elements included), and on an allowed component
 *   every attribute that is not a documented one given as a literal string (no `{…}` value, no
 *   spread, no bare boolean), a missing required attribute, children where none are taken;
 * - in Markdown, every raw HTML node (the message names its elements and `on…=` handlers);
 * - in both, link, image and reference-definition targets that are `javascript:`, `vbscript:`,
 *   `data:` or `//host`, after the parser's own decoding (entities, escapes);
 * - in MDX, an image of the fiche's own folder (`./photo.jpg`), which its layout cannot show;
 * - an MDX file the parser cannot read (its message and line).
 *
 * Frontmatter is not looked at here (lib/model validates it key by key).
 */
/** A path to a file beside the source (`./photo.jpg`, `img/a.png`): no scheme, not from the site root, not an anchor. */
function isFolderPath(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

export function checkContentTrust(source: string, file: string, format: SourceFormat, { lineOffset = 0 }: TrustOptions = {}): TrustReport {
  const issues: ContentIssue[] = [];
  const components: ComponentUse[] = [];
  const error = (line: number, message: string, field = FIELD) => issues.push({ severity: 'error', file, line, field, message });

  let tree: Node;
  try {
    const parse = format === 'mdx' ? mdxToMdast : markdownToMdast;
    tree = parse(source, { features: CONTENT_FEATURES, position: true }) as unknown as Node;
  } catch (e) {
    // Sätteri reports MDX syntax errors as "line:column: message (rule)".
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+):\d+:\s*/.exec(message);
    error(at ? Number(at[1]) + lineOffset : 1, `fichier MDX illisible : ${message.slice(at?.[0].length ?? 0).split('\n')[0]} (vérifiez les balises < > et les accolades ; écrivez \\{ et \\< pour les afficher)`);
    return { issues, components };
  }

  const visit = (node: Node, parentLine: number): void => {
    const line = node.position ? node.position.start.line + lineOffset : parentLine;
    switch (node.type) {
      case 'yaml':
      case 'toml':
        return;
      case 'mdxjsEsm': {
        // The parser already decided this block is code; its lines only serve to point at each
        // statement of a block of several (`import …` then `export …`).
        const lines = (node.value ?? '').split('\n');
        const starts = lines.map((text, i) => ({ text, i })).filter(({ text, i }) => i === 0 || /^(import|export)\b/.test(text));
        for (const { text, i } of starts) {
          error(line + i, `import/export interdit : « ${excerpt(text)} » (une fiche n'importe ni n'exporte de code ; seuls les composants ${componentList()} sont permis)`);
        }
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const comment = /^\s*(\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/.test(node.value ?? '');
        error(
          line,
          comment
            ? `commentaire MDX « {${excerpt(node.value ?? '', 30)}} » interdit : c'est une expression, que la construction exécuterait (supprimez-le)`
            : `expression « {${excerpt(node.value ?? '', 30)}} » interdite dans le contenu MDX : elle exécuterait du code pendant la construction (écrivez \\{ pour afficher une accolade)`,
        );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!checkElement(node, line)) return;
        break;
      case 'html':
        error(line, `HTML interdit dans le contenu : ${describeHtml(node.value ?? '')} (attendu : du Markdown simple ; en MDX, les composants ${componentList()})`);
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const kind = dangerousUrlKind(node.url ?? '');
        if (kind) error(line, dangerousUrlMessage(kind, node.type === 'image' ? 'image' : 'lien'));
        // An MDX fiche is laid out from its tree (lib/trust/fiche-blocks), without Astro's image
        // pipeline: an image of the fiche's folder would be a broken <img>. A .md fiche has it.
        else if (format === 'mdx' && node.type === 'image' && isFolderPath(node.url ?? '')) {
          error(line, `image « ${excerpt(node.url ?? '', 40)} » du dossier de la fiche : une fiche .mdx ne peut pas l'afficher (écrivez la fiche en .md, ou donnez l'adresse complète de l'image, https://…)`);
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child, line);
  };

  /** Reports what is wrong with a JSX element; true when its children should be looked at. */
  const checkElement = (node: Node, line: number): boolean => {
    const name = node.name ?? '';
    const spec = Object.hasOwn(CONTENT_COMPONENTS, name) ? CONTENT_COMPONENTS[name] : undefined;
    if (!spec) {
      const what = name === '' ? 'fragment <>' : /^[a-z]/.test(name) ? `balise HTML <${name}>` : `composant « ${name} »`;
      const handlers = (node.attributes ?? []).filter((a) => a.name && /^on/i.test(a.name)).map((a) => ` (attribut ${a.name!.toLowerCase()}=)`);
      // « balise » is feminine, « composant » and « fragment » masculine.
      const absent = what.startsWith('balise') ? 'absente' : 'absent';
      error(line, `${what}${handlers.join('')} ${absent} du guide content/README.md : seuls les composants ${componentList()} sont permis dans une fiche MDX`);
      return false;
    }
    if (node.type === 'mdxJsxTextElement') {
      // Each component renders a block (a box, a figure): inside a paragraph it would make invalid HTML.
      error(line, `<${name}> s'écrit seul sur sa ligne, séparé du texte qui l'entoure par une ligne vide`);
      return false;
    }
    const seen = new Set<string>();
    let id: string | undefined;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        error(line, `<${name}> : attribut calculé « {${excerpt(String(attribute.value ?? ''), 30)}} » interdit (attendu : ${attributeList(spec.attributes)} entre guillemets)`);
        continue;
      }
      if (!Object.hasOwn(spec.attributes, attribute.name)) {
        error(line, `<${name}> : attribut « ${attribute.name} » inconnu (attributs permis : ${attributeList(spec.attributes)})`, attribute.name);
        continue;
      }
      seen.add(attribute.name);
      if (typeof attribute.value !== 'string') {
        const shown = attribute.value && typeof attribute.value === 'object' ? `{${excerpt(String((attribute.value as { value?: string }).value ?? ''), 30)}}` : 'sans valeur';
        error(line, `<${name}> : la valeur de « ${attribute.name} » doit être un texte entre guillemets, pas ${shown}`, attribute.name);
        continue;
      }
      if (attribute.name === 'id') id = attribute.value;
    }
    for (const [required, isRequired] of Object.entries(spec.attributes)) {
      if (isRequired && !seen.has(required)) error(line, `<${name}> : attribut « ${required} » obligatoire absent`, required);
    }
    if (!spec.children && (node.children ?? []).length > 0) {
      error(line, `<${name}> ne contient rien : écrivez-le seul, fermé par « /> » (<${name} ${attributeList(spec.attributes)} />)`);
      return false;
    }
    if (spec.refersTo && id !== undefined) components.push({ name, refersTo: spec.refersTo, id, line });
    return true;
  };

  visit(tree, 1 + lineOffset);
  return { issues, components };
}

const attributeList = (attributes: Record<string, boolean>) => Object.keys(attributes).map((a) => `${a}="…"`).join(' ');

/** Names the elements, comments and `on…=` handlers of a raw HTML node, for the message. */
function describeHtml(html: string): string {
  const found: string[] = [];
  const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
    if (node.type === 'element' && node.tagName) {
      const handlers = Object.keys(node.properties ?? {}).filter((p) => /^on/i.test(p));
      found.push(`<${node.tagName}>${handlers.map((h) => ` avec l'attribut ${h.toLowerCase()}=`).join('')}`);
    } else if (node.type === 'comment') {
      found.push('commentaire <!-- -->');
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }) as unknown as Parameters<typeof walk>[0]);
  // A closing tag alone (`</b>`) parses to nothing: show it as written.
  return found.length > 0 ? [...new Set(found)].join(', ') : `« ${excerpt(html)} »`;
}
