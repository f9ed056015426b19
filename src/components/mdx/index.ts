import Indicateur from './Indicateur.astro';
import Graphique from './Graphique.astro';
import Encadre from './Encadre.astro';

/**
 * The components an MDX fiche may use, passed to `<Content components={…} />`. Their names and
 * attributes are the allow-list of lib/trust/components.ts: the check refuses anything else.
 */
export const FICHE_COMPONENTS = { Indicateur, Graphique, Encadre };
