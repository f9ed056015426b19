/**
 * The components an `.mdx` fiche may use: the site's own, each with its documented attributes,
 * all literal strings. Anything else in MDX (another component, an HTML element, an expression,
 * an import) is an error of the content check and of the build. Adding a component here means
 * documenting it in content/README.md (« Les composants des fiches MDX ») and rendering it in
 * src/components/mdx/.
 */
export interface ComponentSpec {
  /** Attributes the component takes, each a literal string; `true` when required. */
  attributes: Record<string, boolean>;
  /** Whether Markdown may sit between its opening and closing tags. */
  children: boolean;
  /** What its `id` attribute names, checked against the plan when it is assembled. */
  refersTo?: 'indicator' | 'chart';
}

export const CONTENT_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Indicateur: { attributes: { id: true }, children: false, refersTo: 'indicator' },
  Graphique: { attributes: { id: true }, children: false, refersTo: 'chart' },
  Encadre: { attributes: { titre: true }, children: true },
};

export const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS);

/** A component found in a fiche, with the id it points to, for the plan-level check. */
export interface ComponentUse {
  name: string;
  refersTo: 'indicator' | 'chart';
  id: string;
  line: number;
}
