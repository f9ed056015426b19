/**
 * Interface text: the canonical states of an action (the ADEME vocabulary). A plan's own wording
 * (« Engagé », « Complété ») is shown as published beside these; lib/normalise/status.ts keeps the
 * French vocabulary that content is matched against.
 */
export const status = {
  names: {
    a_venir: 'À venir',
    en_cours: 'En cours',
    realise: 'Réalisé',
    en_pause: 'En pause',
    abandonne: 'Abandonné',
    bloque: 'Bloqué',
    en_retard: 'En retard',
    a_discuter: 'À discuter',
    non_renseigne: 'Non renseigné',
  },
  /** After a status the site derived from the action's sub-actions (lib/model/derive-status.ts). */
  derived: "d'après ses sous-actions",
  /** Around the plan's own wording of a status, when it differs from the canonical name. */
  planWording: { before: '(« ', after: ' » dans le plan)' },
};
