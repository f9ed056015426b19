import type { status as source } from '../fr/status';

export const status: typeof source = {
  names: {
    a_venir: 'Gepland',
    en_cours: 'Lopend',
    realise: 'Gerealiseerd',
    en_pause: 'Gepauzeerd',
    abandonne: 'Stopgezet',
    bloque: 'Geblokkeerd',
    en_retard: 'Vertraagd',
    a_discuter: 'Te bespreken',
    non_renseigne: 'Niet vermeld',
  },
  derived: 'afgeleid uit de deelacties',
  planWording: { before: '(‘', after: '’ in het plan)' },
};
