import { mdxToHast } from 'satteri';
// The slugger @astrojs/markdown-satteri gives headings their ids (createHeadingIdsPlugin), so a
// heading of an MDX fiche gets the id it had when the fiche was compiled as a module.
import Slugger from 'github-slugger';
import { CONTENT_FEATURES } from './check';
import { CONTENT_COMPONENTS } from './components';

/**
 * An MDX fiche as the action page lays it out: runs of Markdown as HTML, and the allowed
 * components with their literal attributes (and, for <Encadre>, their own blocks). The page
 * renders them with src/components/mdx/FicheBody.astro; nothing of the fiche becomes code.
 */
export type FicheBlock =
  | { kind: 'html'; html: string }
  | { kind: 'component'; name: string; attributes: Record<string, string>; children: FicheBlock[] };

/** The hast fields read here (Sätteri's materialized tree). */
interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
}

/**
 * Splits an MDX fiche (the whole file, frontmatter included) into blocks, with the parser and the
 * features the build compiles Markdown with. Only for a fiche that passed checkContentTrust (the
 * fiches loader runs it first): as a safety net, anything but an allowed component with literal
 * string attributes — an expression, an import, raw HTML — throws instead of being rendered.
 */
export function ficheBlocks(source: string): FicheBlock[] {
  const tree = mdxToHast(source, { features: CONTENT_FEATURES }) as unknown as HastNode;
  const slugger = new Slugger();
  const toBlocks = (nodes: HastNode[]): FicheBlock[] => {
    const blocks: FicheBlock[] = [];
    let html = '';
    const flush = () => {
      if (html !== '') blocks.push({ kind: 'html', html });
      html = '';
    };
    for (const node of nodes) {
      if (node.type === 'mdxJsxFlowElement') {
        flush();
        blocks.push(component(node));
      } else {
        html += serialize(node, slugger);
      }
    }
    flush();
    return blocks;
  };
  const component = (node: HastNode): FicheBlock => {
    const name = node.name ?? '';
    const spec = Object.hasOwn(CONTENT_COMPONENTS, name) ? CONTENT_COMPONENTS[name] : undefined;
    if (!spec) throw new Error(`<${name}> : composant non permis dans une fiche`);
    const attributes: Record<string, string> = {};
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name || typeof a.value !== 'string' || !Object.hasOwn(spec.attributes, a.name)) {
        throw new Error(`<${name}> : attribut non permis dans une fiche`);
      }
      attributes[a.name] = a.value;
    }
    return { kind: 'component', name, attributes, children: spec.children ? toBlocks(node.children ?? []) : [] };
  };
  return toBlocks(tree.children ?? []);
}

const VOID = new Set(['br', 'hr', 'img', 'input']);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** hast property name → HTML attribute name (`className` → `class`, `dataFootnoteRef` → `data-footnote-ref`, `ariaDescribedBy` → `aria-describedby`). */
const attributeName = (property: string) =>
  property === 'className'
    ? 'class'
    : property === 'htmlFor'
      ? 'for'
      : /^data[A-Z]/.test(property)
        ? property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
        : /^aria[A-Z]/.test(property)
          ? `aria-${property.slice(4).toLowerCase()}`
          : property.toLowerCase();

/** One hast node as HTML, as Sätteri's renderer writes it; headings get their slug id. */
function serialize(node: HastNode, slugger: Slugger): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value ?? '');
    case 'element': {
      const tag = node.tagName ?? '';
      const properties = { ...node.properties };
      if (/^h[1-6]$/.test(tag) && typeof properties.id !== 'string') properties.id = slugger.slug(textContent(node));
      let attributes = '';
      for (const [property, value] of Object.entries(properties)) {
        if (value === undefined || value === null || value === false) continue;
        const name = attributeName(property);
        attributes += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`;
      }
      const inner = (node.children ?? []).map((child) => serialize(child, slugger)).join('');
      return VOID.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${inner}</${tag}>`;
    }
    case 'yaml':
    case 'toml':
    case 'comment':
      return '';
    default:
      // Raw HTML, expressions, ESM: refused by the content check, never written out.
      throw new Error(`« ${node.type} » non permis dans une fiche`);
  }
}

function textContent(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textContent).join('');
}
