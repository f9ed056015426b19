import { describe, expect, it } from 'vitest';
import { deriveStatus, FINAL_STATUSES, OPEN_STATUSES_BY_ADVANCEMENT } from '../../../src/lib/model/derive-status';
import { STATUSES, type Status } from '../../../src/lib/normalise/status';

describe('deriveStatus: an action’s status from its sub-actions', () => {
  it.each<[string, Status[], Status | undefined]>([
    ['no sub-action', [], undefined],
    ['only « non renseigné » sub-actions', ['non_renseigne', 'non_renseigne'], undefined],
    ['all alike', ['en_cours', 'en_cours'], 'en_cours'],
    ['all alike, closed', ['realise', 'realise', 'realise'], 'realise'],
    ['all alike but « non renseigné » ones, which say nothing', ['realise', 'non_renseigne'], 'realise'],
    ['one sub-action', ['bloque'], 'bloque'],
    ['à venir and en cours: the least advanced open one', ['en_cours', 'a_venir', 'en_cours'], 'a_venir'],
    ['closed parts do not count when one part is open', ['realise', 'en_cours', 'abandonne'], 'en_cours'],
    ['à discuter is less advanced than à venir', ['a_venir', 'a_discuter'], 'a_discuter'],
    ['bloqué is less advanced than en pause, en retard, en cours', ['en_cours', 'en_retard', 'en_pause', 'bloque'], 'bloque'],
    ['en pause is less advanced than en retard', ['en_retard', 'en_pause'], 'en_pause'],
    ['en retard is less advanced than en cours', ['en_cours', 'en_retard'], 'en_retard'],
    ['réalisé and abandonné mixed: no status sums them up', ['realise', 'abandonne'], undefined],
    // Dijon a5-2-1-1 (seed 002 l. 160–163): five « Nouveau », three « En cours », one empty.
    ['Dijon a5-2-1-1', ['a_venir', 'a_venir', 'a_venir', 'a_venir', 'a_venir', 'en_cours', 'en_cours', 'non_renseigne', 'en_cours'], 'a_venir'],
  ])('%s', (_, statuses, expected) => {
    expect(deriveStatus(statuses)).toBe(expected);
  });

  it('orders every real status: closed ones, then every open one from the least advanced', () => {
    expect([...FINAL_STATUSES, ...OPEN_STATUSES_BY_ADVANCEMENT].sort()).toEqual(STATUSES.filter((s) => s !== 'non_renseigne').sort());
  });
});
