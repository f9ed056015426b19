/**
 * The names a plan gives things that become URL segments and file names: its folder name (the
 * plan slug, `/<plan>/…`), its level ids (`/<plan>/<level>/…`) and the ids of its rows (`/<plan>/
 * actions/<id>/`, `donnees/<plan>/actions/<id>.csv`…). One rule for all, checked on the parsed
 * values, so that every name the check accepts is one the build can write and a host can serve.
 */
import { PLAN_SEGMENTS, RESERVED_PLAN_SLUGS } from '../urls';

/**
 * Longest id or slug: long enough for a slugified title (the importer cuts at 60), short enough
 * that `donnees/<plan>/actions/<id>.json` stays far below the 255 bytes a file name may take.
 */
export const MAX_ID_LENGTH = 80;

/**
 * An id: lower-case ASCII letters, digits and `-`, plus `.` between two of them so that a plan's own
 * numbering can stay (`3.2.2`, what the importer makes of the code « 3.2.2. »). It starts and ends
 * with a letter or a digit: never `.`, `..`, a hidden file name or a trailing dot.
 */
const ID_SHAPE = /^[a-z0-9]+(?:[.-]+[a-z0-9]+)*$/;
/** The id rule as a regular expression's source, for the Table Schema `pattern` of id columns. */
export const ID_PATTERN_SOURCE = ID_SHAPE.source.slice(1, -1);
/** A plan slug is a folder name and a top-level URL segment: no dot at all (`flux.atom`, `x.json`). */
const SLUG_SHAPE = /^[a-z0-9]+(?:-+[a-z0-9]+)*$/;

/** Shows a hostile name briefly: a 300-character id is quoted by its start and its length. */
export function quoteName(name: string): string {
  const shown = name.length > 40 ? `${name.slice(0, 40)}… (${name.length} caractères)` : name;
  return `« ${shown} »`;
}

const ID_RULE = `attendu : minuscules sans accent, chiffres, « - » et « . » entre deux chiffres ou lettres, ${MAX_ID_LENGTH} caractères au plus`;

/**
 * Why an id cannot be used, in French; undefined when it can.
 * @param id the value as written (a cell, a frontmatter key, one item of a list)
 */
export function idProblem(id: string): string | undefined {
  if (id.length > MAX_ID_LENGTH) return `identifiant trop long ${quoteName(id)} (${ID_RULE})`;
  if (!ID_SHAPE.test(id)) return `identifiant invalide ${quoteName(id)} (${ID_RULE})`;
  return undefined;
}

/** True when `id` follows the id rule (see `idProblem`). */
export const isValidId = (id: string): boolean => idProblem(id) === undefined;

/**
 * Why a folder name cannot be a plan slug, in French; undefined when it can. Besides the shape, a
 * slug may not take a segment the site uses at its top level (`donnees`, `tous`, `pagefind`…) nor a
 * language code (`fr`, `nl`, `en`…), which prefix the translated pages.
 */
export function planSlugProblem(slug: string): string | undefined {
  const rule = `attendu : minuscules sans accent, chiffres et « - », ${MAX_ID_LENGTH} caractères au plus ; c'est l'adresse du plan, /<dossier>/`;
  if (slug.length > MAX_ID_LENGTH) return `nom de dossier de plan trop long ${quoteName(slug)} (${rule})`;
  if (!SLUG_SHAPE.test(slug)) return `nom de dossier de plan invalide ${quoteName(slug)} (${rule})`;
  if (RESERVED_PLAN_SLUGS.has(slug)) {
    const why = slug.length === 2 ? 'code de langue, réservé aux pages traduites' : 'adresse déjà utilisée par le site';
    return `nom de dossier de plan réservé ${quoteName(slug)} (${why} : renommez les dossiers content/${slug}/ et data/${slug}/)`;
  }
  return undefined;
}

/**
 * Why a level id cannot be used, in French; undefined when it can. A level id is the segment of its
 * nodes' pages (`/<plan>/<level>/<node>/`): it may not take one the plan's own pages use.
 */
export function levelIdProblem(id: string): string | undefined {
  const shape = idProblem(id);
  if (shape) return shape;
  if ((PLAN_SEGMENTS as readonly string[]).includes(id)) {
    return `identifiant de niveau réservé ${quoteName(id)} (déjà utilisé par les pages du plan : ${PLAN_SEGMENTS.join(', ')})`;
  }
  return undefined;
}

/**
 * Why a bilan id cannot be used, in French; undefined when it can. It names a folder and a URL
 * segment (`/<plan>/bilans/<id>/`, `/donnees/<plan>/bilans/<id>.zip`): the id rule without dots.
 */
export function bilanIdProblem(id: string): string | undefined {
  const rule = `attendu : minuscules sans accent, chiffres et « - », ${MAX_ID_LENGTH} caractères au plus, par exemple 2025`;
  if (id.length > MAX_ID_LENGTH) return `identifiant de bilan trop long ${quoteName(id)} (${rule})`;
  if (!SLUG_SHAPE.test(id)) return `identifiant de bilan invalide ${quoteName(id)} (${rule})`;
  return undefined;
}
