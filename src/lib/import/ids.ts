/**
 * Identifiers for imported rows. They end up in page addresses and downloads, so they must be
 * stable: the same spreadsheet always gives the same ids, and a re-import keeps the ids already
 * in `data/<plan>/` for the rows it recognises (see `import-plan.ts`).
 *
 * Rules, in order:
 * - a hierarchy node with a code takes the code ("TA1" → `ta1`), prefixed by its level when the
 *   code is only a number ("Axe 2" → `axe-2`, mesure "1.2.3." → `mesure-1-2-3`);
 * - a node without a code is numbered under its parent with the initial of its level
 *   (`ta1-o1`, `ta1-o2` for the objectives of axis TA1; `axe-1` for a top-level node);
 * - an action with a code takes the code (`41`, `3.2.2-a`);
 * - an action without a code, in a plan with levels, is numbered within its top-level node on
 *   two digits (`ta1-a01` … `ta1-a10`): readable, short, and the order of the spreadsheet;
 * - an action without a code nor levels takes its slugified title (`extension-des-consignes-de-tri`);
 * - a taken id gets `-2`, `-3`….
 */

/** Lower-case ASCII slug: accents dropped, anything else than letters and digits becomes `-`. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/giu, 'oe')
    .replace(/æ/giu, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so the id stays readable.
  const cut = slug.slice(0, maxLength + 1);
  const at = cut.lastIndexOf('-');
  return (at > maxLength / 2 ? cut.slice(0, at) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** An id made from a plan's code: "TA1" → `ta1`, "1.2.3." → `1.2.3`, "Fiche 12 b" → `fiche-12-b`. */
export function idFromCode(code: string): string {
  return code
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** The code as the plan means it, without the trailing dot of "1.2.3.". */
export function normaliseCode(code: string): string {
  return code.trim().replace(/\.$/, '');
}

/**
 * A leading code in a cell: "TA1 Une gestion…" → TA1, "1.1.1. Définir…" → 1.1.1, "Axe 2 : Mobilité" → 2.
 * Only shapes that are unmistakably codes: letters+digits without spaces (TA1, A2, AXE3), dotted
 * numbers (1.2, 1.2.3.), or "Axe 2"/"Objectif 1.2" followed by a separator.
 */
export function splitCode(cell: string): { code?: string; title: string } {
  const text = cell.trim();
  // "1.1.1. Définir", "3.2.2 Augmenter", "2. Mobilité", "4 - Habitat"; never "2017 Élaboration".
  let m = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/su.exec(text) ?? /^(\d{1,2})(?:\.\s+|\s*[-–—:]\s+)(\S.*)$/su.exec(text);
  if (m) return { code: m[1], title: m[2].trim() };
  m = /^([A-Z]{1,4}\d+(?:\.\d+)*)(?:\s*[-–—:.]\s*|\s+)(\S.*)$/su.exec(text);
  if (m) return { code: m[1], title: m[2].trim() };
  m = /^(?:axe|objectif|orientation|domaine|engagement|mesure|action|fiche)\s+(\d+(?:\.\d+)*|[A-Z]\d*)\s*[-–—:.]\s*(\S.*)$/isu.exec(text);
  if (m) return { code: m[1], title: m[2].trim() };
  return { title: text };
}

/** Allocates unique ids: `take('ta1')` gives `ta1`, then `ta1-2`, `ta1-3`…. */
export class IdPool {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  take(wanted: string): string {
    const base = wanted || 'x';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** `n` on two digits at least: 1 → "01", 123 → "123". */
export const seq = (n: number): string => String(n).padStart(2, '0');
