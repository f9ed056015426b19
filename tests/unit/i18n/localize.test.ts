import { describe, expect, it } from 'vitest';
import { aroundParameter, localText } from '../../../src/lib/i18n/localize';
import { messages } from '../../../src/lib/i18n';

describe('localText: a plan text in the reader language, never invented', () => {
  const translations = { nl: { title: 'Scholen renoveren', summary: '  ' } };

  it('gives the original to a reader of the source language', () => {
    expect(localText('Rénover les écoles', translations, 'title', 'fr', 'fr')).toEqual({ text: 'Rénover les écoles', lang: 'fr', translated: true });
  });

  it('gives the translation when the plan provides one', () => {
    expect(localText('Rénover les écoles', translations, 'title', 'nl', 'fr')).toEqual({ text: 'Scholen renoveren', lang: 'nl', translated: true });
  });

  it('falls back to the original, marked with its language, when the translation is missing or blank', () => {
    expect(localText('Rénover les écoles', translations, 'title', 'en', 'fr')).toEqual({ text: 'Rénover les écoles', lang: 'fr', translated: false });
    expect(localText('Résumé', translations, 'summary', 'nl', 'fr')).toEqual({ text: 'Résumé', lang: 'fr', translated: false });
  });

  it('gives nothing for an absent original, even with a translation (a translation cannot stand alone)', () => {
    expect(localText(undefined, translations, 'title', 'nl', 'fr')).toBeUndefined();
    expect(localText('', translations, 'title', 'nl', 'fr')).toBeUndefined();
  });

  it('says in the reader language which language a text exists in', () => {
    expect(messages('nl').content.onlyIn('Frans')).toBe('Deze tekst bestaat alleen in het Frans.');
    expect(messages('nl').content.inLanguage('Frans')).toBe('(in het Frans)');
    expect(messages('fr').content.onlyIn('Néerlandais')).toBe("Ce texte n'existe qu'en néerlandais.");
  });
});

describe('aroundParameter', () => {
  it('cuts a catalogue message around its one parameter, in each language', () => {
    expect(aroundParameter(messages('fr').site.lists.ofKind)).toEqual(['Plans de type « ', ' »']);
    expect(aroundParameter(messages('nl').site.lists.ofKind)).toEqual(['Plannen van het type ‘', '’']);
    expect(aroundParameter((v) => `${v} first`)).toEqual(['', ' first']);
  });
});
