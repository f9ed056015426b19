import type { status as source } from '../fr/status';

export const status: typeof source = {
  names: {
    a_venir: 'Planned',
    en_cours: 'In progress',
    realise: 'Completed',
    en_pause: 'On hold',
    abandonne: 'Abandoned',
    bloque: 'Blocked',
    en_retard: 'Delayed',
    a_discuter: 'Under discussion',
    non_renseigne: 'Not stated',
  },
  derived: 'from its sub-actions',
  planWording: { before: '(‘', after: '’ in the plan)' },
};
