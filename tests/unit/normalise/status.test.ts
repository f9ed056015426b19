import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_LABELS, labelKey, normaliseStatus, type Status } from '../../../src/lib/normalise/status';

describe('normaliseStatus: wordings found in the seeds', () => {
  // Seed 002 (Dijon), seed 003 (Bruxelles legend), seed 000 (Amiens calendrier).
  it.each<[string, Status]>([
    ['En cours', 'en_cours'],
    ['Nouveau', 'a_venir'],
    ['Non démarré', 'a_venir'],
    ['Complète', 'realise'],
    ['Complété', 'realise'],
    ['--', 'non_renseigne'],
    ['', 'non_renseigne'],
    ['Action à démarrer', 'a_venir'],
    ['Action en cours', 'en_cours'],
  ])('%j → %s', (raw, status) => {
    expect(normaliseStatus(raw)).toEqual({ ok: true, status, raw });
  });

  it('rejects the OCR typo "Neuveu" unless the plan declares it', () => {
    const result = normaliseStatus('Neuveu');
    expect(result.ok).toBe(false);
    expect(normaliseStatus('Neuveu', { Neuveu: 'a_venir' })).toEqual({ ok: true, status: 'a_venir', raw: 'Neuveu' });
  });
});

describe('normaliseStatus: built-in dictionary', () => {
  it.each<[string, Status]>([
    ['à venir', 'a_venir'],
    ['a démarrer', 'a_venir'],
    ['À démarrer', 'a_venir'],
    ['non démarrée', 'a_venir'],
    ['nouvelle', 'a_venir'],
    ['prévu', 'a_venir'],
    ['Prévue', 'a_venir'],
    ['en projet', 'a_venir'],
    ['En réflexion', 'a_venir'],
    ['démarré', 'en_cours'],
    ['Démarrée', 'en_cours'],
    ['en cours de réalisation', 'en_cours'],
    ['Réalisé', 'realise'],
    ['réalisée', 'realise'],
    ['Terminé', 'realise'],
    ['terminée', 'realise'],
    ['complétée', 'realise'],
    ['complet', 'realise'],
    ['Fait', 'realise'],
    ['achevé', 'realise'],
    ['Achevée', 'realise'],
    ['En pause', 'en_pause'],
    ['suspendu', 'en_pause'],
    ['Suspendue', 'en_pause'],
    ['Abandonné', 'abandonne'],
    ['abandonnée', 'abandonne'],
    ['annulé', 'abandonne'],
    ['Annulée', 'abandonne'],
    ['Bloqué', 'bloque'],
    ['bloquée', 'bloque'],
    ['En retard', 'en_retard'],
    ['retardé', 'en_retard'],
    ['Retardée', 'en_retard'],
    ['À discuter', 'a_discuter'],
    ['à définir', 'a_discuter'],
    ['Non renseigné', 'non_renseigne'],
    ['?', 'non_renseigne'],
    ['/', 'non_renseigne'],
    ['-', 'non_renseigne'],
    ['nc', 'non_renseigne'],
    ['N.C.', 'non_renseigne'],
  ])('%j → %s', (raw, status) => {
    expect(normaliseStatus(raw)).toMatchObject({ ok: true, status });
  });

  it.each(STATUSES.map((s) => [s] as const))('accepts the canonical id %s and its label', (status) => {
    expect(normaliseStatus(status)).toMatchObject({ ok: true, status });
    expect(normaliseStatus(STATUS_LABELS[status])).toMatchObject({ ok: true, status });
  });
});

describe('normaliseStatus: case, accents, spacing and punctuation do not matter', () => {
  it.each<[string, Status]>([
    ['EN COURS', 'en_cours'],
    ['  en   cours  ', 'en_cours'],
    ['En\u00a0cours', 'en_cours'],
    ['en cours.', 'en_cours'],
    ['Non-démarré', 'a_venir'],
    ['NON DEMARRE', 'a_venir'],
    ['realise', 'realise'],
    ['Réalisé !', 'realise'],
    ['en cours de mise en oeuvre', 'en_cours'],
    ['  ?  ', 'non_renseigne'],
  ])('%j → %s', (raw, status) => {
    expect(normaliseStatus(raw)).toMatchObject({ ok: true, status });
  });
});

describe('normaliseStatus: empty values', () => {
  it.each<[string | undefined]>([[undefined], [''], ['   '], ['\t\n']])('%j is non renseigné', (raw) => {
    expect(normaliseStatus(raw)).toEqual({ ok: true, status: 'non_renseigne', raw: raw ?? '' });
  });
});

describe('normaliseStatus: plan labels', () => {
  const planLabels: Record<string, Status> = {
    'Action à lancer': 'a_venir',
    'En cours de choix': 'a_discuter',
    // A plan may give a built-in word its own meaning.
    Nouveau: 'en_cours',
  };

  it.each<[string, Status]>([
    ['action a lancer', 'a_venir'],
    ['EN COURS DE CHOIX', 'a_discuter'],
    ['Nouveau', 'en_cours'],
    ['En cours', 'en_cours'],
  ])('%j → %s', (raw, status) => {
    expect(normaliseStatus(raw, planLabels)).toMatchObject({ ok: true, status });
  });

  it('ignores a plan label mapped to something that is not a status', () => {
    const bad = { Nouveau: 'nouveau' } as unknown as Record<string, Status>;
    expect(normaliseStatus('Nouveau', bad)).toMatchObject({ ok: true, status: 'a_venir' });
  });
});

describe('normaliseStatus: unknown wordings', () => {
  it.each([['Neuveu'], ['Xyz'], ['50 %'], ['<b>En cours</b> ?']])('%j is an error, not an exception', (raw) => {
    const result = normaliseStatus(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.raw).toBe(raw);
    expect(result.message).toContain(`« ${raw} »`);
  });

  it('lists the expected labels and points to plan.md', () => {
    const result = normaliseStatus('  Xyz ');
    expect(result).toEqual({
      ok: false,
      raw: '  Xyz ',
      message:
        'statut inconnu « Xyz » (attendu : À venir, En cours, Réalisé, En pause, Abandonné, Bloqué, En retard, À discuter, Non renseigné, ou un libellé déclaré dans plan.md)',
    });
  });
});

describe('labelKey', () => {
  it.each([
    ['Non démarré', 'non demarre'],
    ['  EN   COURS. ', 'en cours'],
    ['a_venir', 'a venir'],
    ['Mise en œuvre', 'mise en oeuvre'],
    ['n.c.', 'n c'],
    ['?', '?'],
    [' / ', '/'],
    ['- -', '--'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (raw, key) => {
    expect(labelKey(raw)).toBe(key);
  });
});
