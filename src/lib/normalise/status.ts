/**
 * Action statuses: the canonical ADEME vocabulary, and the mapping from the many ways plans
 * write them ("Complète", "Non démarré", "Action à démarrer", "?") to that vocabulary.
 *
 * The plan's own wording is never thrown away: callers keep `raw` next to the canonical id.
 */

/**
 * Canonical status ids, in display order (from not started to closed, then the "problem"
 * states, then "non renseigné" last so it sorts after every real status).
 */
export const STATUSES = [
  'a_venir',
  'en_cours',
  'realise',
  'en_pause',
  'abandonne',
  'bloque',
  'en_retard',
  'a_discuter',
  'non_renseigne',
] as const;

export type Status = (typeof STATUSES)[number];

/** The states in which an action has stopped: done, or given up. */
export const CLOSED_STATUSES: ReadonlySet<Status> = new Set(['realise', 'abandonne']);

/**
 * French labels of the canonical statuses, as the ADEME vocabulary spells them: part of the
 * vocabulary content is matched against, and what French exports write. Pages show
 * `t.status.names` (lib/i18n), in the reader's language.
 */
export const STATUS_LABELS: Record<Status, string> = {
  a_venir: 'À venir',
  en_cours: 'En cours',
  realise: 'Réalisé',
  en_pause: 'En pause',
  abandonne: 'Abandonné',
  bloque: 'Bloqué',
  en_retard: 'En retard',
  a_discuter: 'À discuter',
  non_renseigne: 'Non renseigné',
};

/** Result of {@link normaliseStatus}: a canonical status, or a message fit for the content check. */
export type StatusResult =
  | { ok: true; status: Status; raw: string }
  | { ok: false; raw: string; message: string };

/**
 * Reduces a label to a comparison key: accents, case, punctuation and spacing are dropped, so
 * "Non-démarré.", "non démarré" and "NON DEMARRE" meet on "non demarre".
 *
 * Ligatures are spelled out (œ → oe) because NFD does not decompose them and staff type both.
 * Underscores count as punctuation, so canonical ids ("a_venir") key like their labels.
 *
 * Edge case: a label made only of punctuation ("?", "/", "--") would key to "", which would
 * collide with the empty cell; such labels keep their punctuation (spaces removed) instead.
 *
 * @param s any label
 * @returns the key; "" only for an empty or whitespace-only label
 */
export function labelKey(s: string): string {
  const folded = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/giu, 'oe')
    .replace(/æ/giu, 'ae')
    .toLowerCase();
  const words = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words || folded.replace(/\s+/gu, '');
}

/** Built-in wordings seen in plans and spreadsheets, grouped by canonical status. */
const BUILT_IN: Record<Status, string[]> = {
  a_venir: [
    'à venir',
    'a démarrer',
    'à démarrer',
    'action à démarrer',
    'non démarré',
    'non démarrée',
    'non commencé',
    'non commencée',
    'pas démarré',
    'pas démarrée',
    'nouveau',
    'nouvelle',
    'prévu',
    'prévue',
    'en projet',
    'en réflexion',
  ],
  en_cours: [
    'en cours',
    'action en cours',
    'démarré',
    'démarrée',
    'en cours de réalisation',
    'en cours de mise en œuvre',
  ],
  realise: [
    'réalisé',
    'réalisée',
    'action réalisée',
    'terminé',
    'terminée',
    'complété',
    'complétée',
    'complète',
    'complet',
    'fait',
    'faite',
    'achevé',
    'achevée',
  ],
  en_pause: ['en pause', 'suspendu', 'suspendue', 'en suspens'],
  abandonne: ['abandonné', 'abandonnée', 'annulé', 'annulée'],
  bloque: ['bloqué', 'bloquée'],
  en_retard: ['en retard', 'retardé', 'retardée'],
  a_discuter: ['à discuter', 'à définir'],
  // Placeholders a spreadsheet uses for "nothing to say": the cell is filled but says nothing.
  non_renseigne: ['non renseigné', 'non renseignée', '?', '/', '-', '--', '—', 'nc', 'n.c.'],
};

// Keyed once at load: canonical ids and French labels are accepted as wordings too.
const DICTIONARY: Map<string, Status> = (() => {
  const map = new Map<string, Status>();
  for (const status of STATUSES) {
    for (const label of [status, STATUS_LABELS[status], ...BUILT_IN[status]]) {
      map.set(labelKey(label), status);
    }
  }
  return map;
})();

const EXPECTED = STATUSES.map((s) => STATUS_LABELS[s]).join(', ');

const isStatus = (value: unknown): value is Status =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);

/**
 * Maps a plan's status wording to the canonical status.
 *
 * Order: an empty cell is "non renseigné"; then the plan's own labels (declared in its plan.md,
 * so a plan can both add wordings, e.g. an OCR typo "Neuveu", and override a built-in one);
 * then the built-in dictionary. Every comparison goes through {@link labelKey}.
 *
 * Never throws: an unknown wording returns `ok: false` with a French message listing what is
 * expected, for the content check to report with file, line and field.
 *
 * @param raw the cell as published (undefined when the column is absent)
 * @param planLabels the plan's own wordings → canonical status; values that are not
 *   canonical ids are ignored
 * @returns `raw` is the input unchanged ("" for undefined), so the plan's wording stays visible
 */
export function normaliseStatus(raw: string | undefined, planLabels?: Record<string, Status>): StatusResult {
  const text = raw ?? '';
  const key = labelKey(text);
  if (key === '') return { ok: true, status: 'non_renseigne', raw: text };

  if (planLabels) {
    for (const [label, status] of Object.entries(planLabels)) {
      if (isStatus(status) && labelKey(label) === key) return { ok: true, status, raw: text };
    }
  }

  const known = DICTIONARY.get(key);
  if (known) return { ok: true, status: known, raw: text };

  return {
    ok: false,
    raw: text,
    message: `statut inconnu « ${text.trim()} » (attendu : ${EXPECTED}, ou un libellé déclaré dans plan.md)`,
  };
}
