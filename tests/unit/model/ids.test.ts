import { describe, expect, it } from 'vitest';
import { idProblem, levelIdProblem, MAX_ID_LENGTH, planSlugProblem } from '../../../src/lib/model/ids';

describe('idProblem: ids that become URL segments and file names', () => {
  it.each([
    ['ta1-a03'],
    ['41'],
    ['3.2.2'],
    ['3.2.2-a'],
    ['strategie-immobiliere'],
    ['a'.repeat(MAX_ID_LENGTH)],
  ])('accepts %s', (id) => {
    expect(idProblem(id)).toBeUndefined();
  });

  it.each([
    ['a'.repeat(300), 'identifiant trop long « aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa… (300 caractères) »'],
    ['a'.repeat(MAX_ID_LENGTH + 1), 'trop long'],
    ['Action 1', 'identifiant invalide « Action 1 »'],
    ['<b>x</b>', 'identifiant invalide « <b>x</b> »'],
    ['TA1', 'identifiant invalide'],
    ['a_1', 'identifiant invalide'],
    ['étang', 'identifiant invalide'],
    ['..', 'identifiant invalide'],
    ['.cache', 'identifiant invalide'],
    ['a1.', 'identifiant invalide'],
    ['-a1', 'identifiant invalide'],
    ['a/b', 'identifiant invalide'],
  ])('rejects %j', (id, message) => {
    expect(idProblem(id)).toContain(message);
  });
});

describe('planSlugProblem: plan folder names, published as /<plan>/', () => {
  it.each([['bruxelles'], ['grand-besancon'], ['alec-loire'], ['exemple'], ['ville-2030']])('accepts %s', (slug) => {
    expect(planSlugProblem(slug)).toBeUndefined();
  });

  it.each([
    ['tous', 'réservé « tous » (adresse déjà utilisée par le site'],
    ['donnees', 'réservé'],
    ['pagefind', 'réservé'],
    ['_astro', 'invalide'],
    ['champs', 'réservé'],
    ['flux', undefined],
    ['nl', 'réservé « nl » (code de langue'],
    ['fr', 'code de langue'],
    ['en', 'code de langue'],
    ['Evil Plan', 'invalide « Evil Plan »'],
    ['<b>x<', 'invalide'],
    ['plan.v2', 'invalide'],
    ['p'.repeat(300), 'trop long'],
  ])('%j', (slug, message) => {
    if (message === undefined) expect(planSlugProblem(slug)).toBeUndefined();
    else expect(planSlugProblem(slug)).toContain(message);
  });
});

describe('levelIdProblem: the segment of a level’s pages, /<plan>/<level>/<node>/', () => {
  it.each([['axe'], ['objectif'], ['domaine'], ['mesure'], ['engagement']])('accepts %s', (id) => {
    expect(levelIdProblem(id)).toBeUndefined();
  });

  it.each([
    ['changements', 'identifiant de niveau réservé « changements »'],
    ['bilans', 'réservé'],
    ['actions', 'réservé'],
    ['calendrier', 'réservé'],
    ['Axe', 'identifiant invalide'],
  ])('rejects %s', (id, message) => {
    expect(levelIdProblem(id)).toContain(message);
  });
});
