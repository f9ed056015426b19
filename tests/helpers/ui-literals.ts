/**
 * Finds interface text written as a literal in source files instead of coming from the message
 * catalogue (src/lib/i18n). Decides on parsed trees: every file, `.astro` or `.ts`, goes through
 * Astro's own compiler (a `.ts` file as the front matter of an empty component), which gives one
 * ESTree with the template's text, its attributes and every string of the code.
 *
 * What counts as interface text:
 * - in a template, any text with a word in it, and the value of an attribute people read
 *   (aria-label, title, alt, placeholder…): a template's words must come from the catalogue;
 * - in code, a string that reads as French: a letter only French uses here (é, à, ç…), French
 *   quotation marks, a French function word (« de », « les », « pour »…) between other words, or
 *   exactly a French message of the catalogue that Dutch and English do not share.
 */
import { parse } from '@astrojs/compiler-rs';
import { messages } from '../../src/lib/i18n';

export interface UiLiteral {
  line: number;
  text: string;
  where: 'template' | 'attribute' | 'code';
}

/** Attributes whose value is read by people (or their assistive technology). */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label', 'summary']);

/** Words of a template that are the same in every language: file formats, units, symbols. */
const NEUTRAL_WORDS = new Set(['CSV', 'JSON', 'XLSX', 'ZIP', 'SVG', 'Atom', 'RSS', 'DCAT', 'XML', 'URL', 'PDF', 'km', 'kWh', 'GWh', 'MWh', 'tCO2e', 'CO2', '€', '%']);

const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ«»]/;
const FRENCH_WORDS = new Set(
  "le la les un une des du de d l au aux et ou en à pour par sur dans avec sans ce cette ces son sa ses leur leurs qui que est sont n ne pas plus tous toutes tout aucun aucune votre vos nos notre été".split(' '),
);

/** Whether a code string reads as French (see the module comment). */
export function readsAsFrench(text: string, catalogueOnlyFrench: ReadonlySet<string>): boolean {
  const trimmed = text.trim();
  if (!/\p{L}{2}/u.test(trimmed)) return false;
  // A lower-case word or an acronym (`objectif`, `TTC`) is an enum value of the data, not a label.
  if (catalogueOnlyFrench.has(trimmed) && /^\p{Lu}/u.test(trimmed) && !/^[\p{Lu}\d]+$/u.test(trimmed)) return true;
  if (FRENCH_LETTERS.test(trimmed)) return true;
  // Words are what spaces separate (`en-cours`, a class name, stays one word); elided articles
  // (« l'action », « d'un ») count as their article.
  const words = trimmed.toLowerCase().split(/\s+/u).map((word) => word.replace(/^([ldn])['’].*$/u, '$1').replace(/[^\p{L}]/gu, ''));
  // A sentence has a longer word too: a list of codes (`aa ab … de … en …`) is not one.
  return words.length >= 3 && words.some((word) => FRENCH_WORDS.has(word)) && words.some((word) => word.length >= 4);
}

/** Whether a template's text has a word in it that is not language-neutral. */
function hasWords(text: string): boolean {
  return text
    .split(/[\s()[\]·—–:;,|+×→←↑↓›‹"'!?…*]+/u)
    // File names and paths (`changements.csv`, `.json`) and acronyms (`JSON-LD`) are the same in every language.
    .filter((token) => !/[./]/.test(token) && !/^[A-Z0-9-]+$/.test(token))
    .some((token) => /\p{L}/u.test(token) && !NEUTRAL_WORDS.has(token));
}

type Node = { type?: string; start?: number; [key: string]: unknown };

/**
 * The interface literals of one source file. `kind` is its extension; `catalogueOnlyFrench` the
 * French messages of the catalogue that neither Dutch nor English share (exact matches).
 */
export function findUiLiterals(source: string, kind: 'astro' | 'ts', catalogueOnlyFrench: ReadonlySet<string>): UiLiteral[] {
  // A .ts module is the front matter of an empty component: the same parser, the same tree.
  const offset = kind === 'ts' ? 4 : 0;
  const text = kind === 'ts' ? `---\n${source}\n---\n` : source;
  const ast = parse(text).ast as unknown as Node;
  const lineOf = (start: number | undefined) => source.slice(0, Math.max(0, (start ?? 0) - offset)).split('\n').length;
  const found: UiLiteral[] = [];

  const visit = (node: unknown, inTemplate: boolean): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, inTemplate));
    const n = node as Node;
    switch (n.type) {
      case 'AstroFrontmatter':
        return visit(n.program, false);
      case 'JSXElement': {
        const name = (n.openingElement as { name?: { name?: string } })?.name?.name;
        // Styles are CSS; scripts are bundled modules checked as files of src/scripts; <code>
        // holds names from the data (a column, a table), the same in every language.
        if (name === 'style' || name === 'script' || name === 'code') return;
        break;
      }
      case 'JSXText':
        if (inTemplate && hasWords(String(n.value))) {
          const value = String(n.value);
          found.push({ line: lineOf((n.start ?? 0) + value.length - value.trimStart().length), text: value.trim(), where: 'template' });
        }
        return;
      case 'JSXAttribute': {
        const name = (n.name as { name?: string })?.name ?? '';
        const value = n.value as Node | null;
        if (value?.type === 'Literal' && typeof value.value === 'string') {
          if (READ_ATTRIBUTES.has(name) && hasWords(value.value)) found.push({ line: lineOf(value.start), text: value.value, where: 'attribute' });
          else if (readsAsFrench(value.value, catalogueOnlyFrench)) found.push({ line: lineOf(value.start), text: value.value, where: 'attribute' });
          return;
        }
        return visit(value, inTemplate);
      }
      case 'Literal':
        if (typeof n.value === 'string' && readsAsFrench(n.value, catalogueOnlyFrench)) found.push({ line: lineOf(n.start), text: n.value, where: 'code' });
        return;
      case 'TemplateElement': {
        const cooked = (n.value as { cooked?: string })?.cooked ?? '';
        if (readsAsFrench(cooked, catalogueOnlyFrench)) found.push({ line: lineOf(n.start), text: cooked, where: 'code' });
        return;
      }
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'TSLiteralType':
        return;
    }
    // Inside an expression of the template, strings are code again (a ternary's branches…), and
    // an element inside it is template again.
    const template = ['AstroRoot', 'JSXElement', 'JSXFragment'].includes(n.type ?? '') ? true : n.type === 'JSXExpressionContainer' ? false : inTemplate;
    for (const [key, child] of Object.entries(n)) if (key !== 'loc' && key !== 'frontmatter') visit(child, template);
    if (n.type === 'AstroRoot') visit(n.frontmatter, false);
  };
  visit(ast, true);
  return found.sort((a, b) => a.line - b.line);
}

/**
 * The French messages of the catalogue that neither Dutch nor English share (« Dernière mise à jour le »,
 * not « Plans » or « Budget »): a one-word label left in French is caught by exact match.
 */
export function onlyFrenchMessages(): Set<string> {
  const strings = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];
  const elsewhere = new Set([...strings(messages('nl')), ...strings(messages('en'))]);
  return new Set(strings(messages('fr')).filter((text) => !elsewhere.has(text) && /\p{L}{3}/u.test(text)));
}
