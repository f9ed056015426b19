import { describe, expect, it } from 'vitest';
import { localFile } from '../../../src/lib/i18n/localize';

describe('localFile: the fiche or plan text a reader gets', () => {
  const translations = { nl: 'content/p/actions/a1.nl.md' };

  it('gives the translation in the reader language when the plan has one', () => {
    expect(localFile('content/p/actions/a1.md', translations, 'nl', 'fr')).toEqual({ file: 'content/p/actions/a1.nl.md', lang: 'nl' });
  });

  it('gives the original, marked with its language, when there is none', () => {
    expect(localFile('content/p/actions/a1.md', translations, 'en', 'fr')).toEqual({ file: 'content/p/actions/a1.md', lang: 'fr' });
    expect(localFile('content/p/actions/a1.md', undefined, 'nl', 'fr')).toEqual({ file: 'content/p/actions/a1.md', lang: 'fr' });
  });

  it('gives the original to a reader of the source language, and nothing without an original', () => {
    expect(localFile('content/p/actions/a1.md', { fr: 'x.fr.md' }, 'fr', 'fr')).toEqual({ file: 'content/p/actions/a1.md', lang: 'fr' });
    expect(localFile(undefined, translations, 'nl', 'fr')).toBeUndefined();
  });
});
