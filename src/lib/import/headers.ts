/**
 * Spreadsheet headers as French staff write them ("Intitulé de l'action", "Porteur de l'action",
 * "Budget global de l'action", "État d'avancement"…) mapped to the columns of the plan's tables.
 * Matching ignores accents, case, punctuation and spacing; `--map headers.json` overrides it.
 */
import { TABLES } from '../model/tables';
import { TRANSLATABLE_FIELDS } from '../model/translatable';
import { UI_LANGUAGES, isUiLanguage, type UiLanguage } from '../i18n/languages';

/** What a spreadsheet column feeds. */
export type ColumnTarget =
  /** A level of the hierarchy (axe, objectif, mesure…); `level` is the suggested level id. */
  | { kind: 'level'; level: string; label: string }
  /** A column of actions.csv. */
  | { kind: 'field'; field: string }
  /** Partner names, one or several per cell, with the role they have. */
  | { kind: 'partners'; role: 'financier' | 'partenaire' | 'concertation' }
  | { kind: 'ignore' };

/** Comparison key of a header: no accents, lower case, `%` spelled out, punctuation as spaces. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/giu, 'oe')
    .toLowerCase()
    .replace(/%/g, ' pourcent ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const field = (name: string): ColumnTarget => ({ kind: 'field', field: name });

/**
 * Known headers, by key: an exact key first, then the longest entry whose key starts the header
 * ("budget global de l action" matches "budget global de l action ttc").
 */
const KNOWN: [string, ColumnTarget][] = [
  // Hierarchy levels.
  ['axe strategique', { kind: 'level', level: 'axe', label: 'Axe stratégique' }],
  ['axe', { kind: 'level', level: 'axe', label: 'Axe' }],
  ['axes', { kind: 'level', level: 'axe', label: 'Axe' }],
  ['orientation strategique', { kind: 'level', level: 'orientation', label: 'Orientation stratégique' }],
  ['orientation', { kind: 'level', level: 'orientation', label: 'Orientation' }],
  ['domaine', { kind: 'level', level: 'domaine', label: 'Domaine' }],
  ['sous domaine', { kind: 'level', level: 'sous-domaine', label: 'Sous-domaine' }],
  ['engagement', { kind: 'level', level: 'engagement', label: 'Engagement' }],
  ['objectif strategique', { kind: 'level', level: 'objectif', label: 'Objectif stratégique' }],
  ['objectif operationnel', { kind: 'level', level: 'objectif', label: 'Objectif opérationnel' }],
  ['objectif', { kind: 'level', level: 'objectif', label: 'Objectif' }],
  ['mesure', { kind: 'level', level: 'mesure', label: 'Mesure' }],
  // The action itself.
  ['intitule de l action', field('title')],
  ['intitule', field('title')],
  ['libelle de l action', field('title')],
  ['libelle', field('title')],
  ['nom de l action', field('title')],
  ['titre de l action', field('title')],
  ['titre', field('title')],
  ['fiche action chapeau', field('title')],
  ['fiche action', field('title')],
  ['action', field('title')],
  ['actions', field('title')],
  ['code de l action', field('code')],
  ['numero de l action', field('code')],
  ['numero', field('code')],
  ['num', field('code')],
  ['n', field('code')],
  ['n fiche', field('code')],
  ['code', field('code')],
  ['reference', field('code')],
  ['ref', field('code')],
  ['description definition des sous actions', field('summary')],
  ['description', field('summary')],
  ['descriptif', field('summary')],
  ['sous actions', field('summary')],
  ['resume', field('summary')],
  ['presentation', field('summary')],
  ['contenu', field('summary')],
  ['porteur de l action', field('pilot')],
  ['porteur', field('pilot')],
  ['service pilote', field('pilot')],
  ['direction pilote', field('pilot')],
  ['service porteur', field('pilot')],
  ['pilote', field('pilot')],
  ['maitre d ouvrage', field('pilot')],
  ['partenaires financiers', { kind: 'partners', role: 'financier' }],
  ['partenaire financier', { kind: 'partners', role: 'financier' }],
  ['financeurs', { kind: 'partners', role: 'financier' }],
  ['cofinanceurs', { kind: 'partners', role: 'financier' }],
  ['autres partenaires', { kind: 'partners', role: 'partenaire' }],
  ['partenaires techniques', { kind: 'partners', role: 'partenaire' }],
  ['directions partenaires', { kind: 'partners', role: 'partenaire' }],
  ['partenaires', { kind: 'partners', role: 'partenaire' }],
  ['partenaire', { kind: 'partners', role: 'partenaire' }],
  ['concertation mobilisation', field('concertation')],
  ['concertation', field('concertation')],
  ['date de debut', field('start')],
  ['debut', field('start')],
  ['date debut', field('start')],
  ['annee de debut', field('start')],
  ['demarrage', field('start')],
  ['date de fin', field('end')],
  ['fin', field('end')],
  ['date fin', field('end')],
  ['annee de fin', field('end')],
  ['echeance', field('end')],
  ['budget global de l action', field('budget')],
  ['budget globale de l action', field('budget')],
  ['budget global', field('budget')],
  ['budget', field('budget')],
  ['cout global', field('budget')],
  ['cout', field('budget')],
  ['montant', field('budget')],
  ['budget de fonctionnement', field('budget_operating')],
  ['cout de fonctionnement', field('budget_operating')],
  ['fonctionnement', field('budget_operating')],
  ['budget d investissement', field('budget_investment')],
  ['cout d investissement', field('budget_investment')],
  ['investissement', field('budget_investment')],
  ['etat d avancement', field('status')],
  ['indicateur d avancement', field('status')],
  ['etat', field('status')],
  ['statut', field('status')],
  ['situation', field('status')],
  ['avancement pourcent', field('progress')],
  ['pourcent d avancement', field('progress')],
  ['pourcentage d avancement', field('progress')],
  ['taux d avancement', field('progress')],
  ['avancement', field('status')],
  ['cibles', field('targets')],
  ['cible', field('targets')],
  ['publics cibles', field('targets')],
  ['public cible', field('targets')],
  ['enjeux climat', field('climate_issue')],
  ['enjeu climat', field('climate_issue')],
  ['effets energie', field('energy_effect')],
  ['effet energie', field('energy_effect')],
  ['dimension citoyenne', field('citizen_dimension')],
  ['gain carbone', field('carbon_gain')],
  ['gain ges', field('carbon_gain')],
  ['demarches associees', field('approaches')],
  ['theme', field('tags')],
  ['themes', field('tags')],
  ['thematique', field('tags')],
  ['mots cles', field('tags')],
  ['commune', field('commune')],
  ['communes', field('commune')],
  ['quartier', field('district')],
  ['site', field('site')],
  ['lieu', field('site')],
  ['actions liees', field('related_text')],
  ['source', field('source')],
];

/**
 * Headers of a text in another language (translatable.ts), by key. Two forms: a known header
 * followed by a language (« Intitulé (NL) », « Titre en néerlandais », « Description EN »), and
 * the usual headers of Dutch and English sheets (« Titel », « Omschrijving », « Title »,
 * « Summary »). « Description » stays French (the summary): English sheets use « Summary ».
 */
const LANGUAGE_WORDS: [string, UiLanguage][] = [
  ['fr', 'fr'], ['francais', 'fr'], ['en francais', 'fr'], ['frans', 'fr'], ['french', 'fr'],
  ['nl', 'nl'], ['neerlandais', 'nl'], ['en neerlandais', 'nl'], ['nederlands', 'nl'], ['dutch', 'nl'], ['flamand', 'nl'],
  ['en', 'en'], ['anglais', 'en'], ['en anglais', 'en'], ['engels', 'en'], ['english', 'en'],
];
const FOREIGN: [string, { field: string; lang: UiLanguage }][] = [
  ['titel', { field: 'title', lang: 'nl' }],
  ['titel van de actie', { field: 'title', lang: 'nl' }],
  ['naam van de actie', { field: 'title', lang: 'nl' }],
  ['actie', { field: 'title', lang: 'nl' }],
  ['omschrijving', { field: 'summary', lang: 'nl' }],
  ['beschrijving', { field: 'summary', lang: 'nl' }],
  ['samenvatting', { field: 'summary', lang: 'nl' }],
  ['doelgroep', { field: 'targets', lang: 'nl' }],
  ['doelgroepen', { field: 'targets', lang: 'nl' }],
  ['verantwoordelijke dienst', { field: 'pilot', lang: 'nl' }],
  ['title', { field: 'title', lang: 'en' }],
  ['action title', { field: 'title', lang: 'en' }],
  ['summary', { field: 'summary', lang: 'en' }],
  ['target groups', { field: 'targets', lang: 'en' }],
  ['lead department', { field: 'pilot', lang: 'en' }],
];

/**
 * What a header of a text in a given language means: `{ field: 'title', lang: 'nl' }` for
 * « Intitulé (NL) » or « Titel ». Undefined for any other header, including a language marker
 * after a column that does not translate (« Budget (EN) » is read as usual). Whether the plan
 * publishes that language is the importer's to check.
 */
export function guessTranslatedHeader(header: string): { field: string; lang: UiLanguage } | undefined {
  const key = headerKey(header);
  const foreign = FOREIGN.find(([k]) => k === key);
  if (foreign) return foreign[1];
  for (const [word, lang] of [...LANGUAGE_WORDS].sort((a, b) => b[0].length - a[0].length)) {
    if (!key.endsWith(` ${word}`)) continue;
    const base = key.slice(0, -word.length - 1).trim();
    const target = guessHeader(base) ?? FOREIGN.find(([k]) => k === base)?.[1];
    const field = target && 'field' in target ? target.field : undefined;
    if (field && TRANSLATABLE_FIELDS.actions.includes(field)) return { field, lang };
  }
  return undefined;
}

/** Action columns a spreadsheet may feed (the others are ids and references the importer builds). */
export const IMPORTABLE_FIELDS = TABLES.actions.fields
  .map((f) => f.name)
  .filter((name) => !['id', 'parent', 'related', 'order'].includes(name));

/** `title_nl`, `summary_en`…: a translated action column, as `--map` may name it. */
export function translatedField(name: string): { field: string; lang: UiLanguage } | undefined {
  const m = /^(.+)_([a-z]{2})$/.exec(name);
  return m && TRANSLATABLE_FIELDS.actions.includes(m[1]) && isUiLanguage(m[2]) ? { field: m[1], lang: m[2] } : undefined;
}

/**
 * Guesses what a header means. Returns undefined for a header it does not know (reported, and
 * the column is left out unless `--map` says otherwise).
 */
export function guessHeader(header: string): ColumnTarget | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const exact = KNOWN.find(([k]) => k === key);
  if (exact) return exact[1];
  // "Mesure Cit'ergie" (and its OCR variants "Mesure Cti/ergie"), "Indicateur d'avancement de la mesure".
  // The longest known start wins: "cout de fonctionnement ht" is operating cost, not "cout".
  const prefixes = KNOWN.filter(([k]) => k.length > 2 && key.startsWith(`${k} `));
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return prefixes[0]?.[1];
}

/**
 * Reads a `--map` value: an action column (`title`, `pilot`…), `level:<id>` (optionally
 * `level:<id>:<Label>`), `partners:<role>`, or `ignore` / null.
 *
 * @throws Error with a one-line message naming the header and the accepted values
 */
export function parseMapTarget(header: string, value: unknown): ColumnTarget {
  if (value === null || value === 'ignore' || value === '') return { kind: 'ignore' };
  const expected = `attendu : ${IMPORTABLE_FIELDS.join(', ')}, une traduction <colonne>_<langue> (${TRANSLATABLE_FIELDS.actions.map((f) => `${f}_${UI_LANGUAGES[1]}`).join(', ')}…), level:<id>, partners:financier|partenaire|concertation ou ignore`;
  if (typeof value !== 'string') throw new Error(`--map : « ${header} » : valeur non textuelle (${expected})`);
  if (IMPORTABLE_FIELDS.includes(value) || translatedField(value)) return { kind: 'field', field: value };
  let m = /^level:([a-z0-9][a-z0-9_-]*)(?::(.+))?$/.exec(value);
  if (m) return { kind: 'level', level: m[1], label: m[2] ?? header.trim() };
  m = /^partners:(financier|partenaire|concertation)$/.exec(value);
  if (m) return { kind: 'partners', role: m[1] as 'financier' | 'partenaire' | 'concertation' };
  throw new Error(`--map : « ${header} » → « ${value} » inconnu (${expected})`);
}

/** Human name of a target, for the report. */
export function describeTarget(target: ColumnTarget): string {
  switch (target.kind) {
    case 'level':
      return `niveau « ${target.level} » (hierarchy.csv)`;
    case 'field':
      return `actions.csv → ${target.field}`;
    case 'partners':
      return `partners.csv (rôle ${target.role})`;
    default:
      return 'ignorée';
  }
}
