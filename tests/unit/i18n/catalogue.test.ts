import { describe, expect, it } from 'vitest';
import { messages, UI_LANGUAGES, languageName, type UiLanguage } from '../../../src/lib/i18n';

type Entry = [key: string, value: unknown];

/** Every leaf of a catalogue, with its dotted key (`chrome.skipLink`). */
function leaves(node: unknown, prefix = ''): Entry[] {
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, node]];
}

/**
 * Sample arguments for a message function (its arguments are numbers or texts, by convention):
 * a String object reading « 2 » serves as both (it compares, formats and lower-cases).
 */
function sample(fn: (...args: never[]) => unknown): unknown {
  const args = Array.from({ length: fn.length }, () => new String('2')) as never[];
  return fn(...args);
}

describe('message catalogue', () => {
  const source = new Map(leaves(messages('fr')));

  for (const language of UI_LANGUAGES) {
    const own = leaves(messages(language));

    it(`${language}: has exactly the keys of the French catalogue`, () => {
      expect(own.map(([key]) => key).sort()).toEqual([...source.keys()].sort());
    });

    it(`${language}: every message is a non-empty text, or a function that writes one`, () => {
      for (const [key, value] of own) {
        const text = typeof value === 'function' ? sample(value as (...args: never[]) => unknown) : value;
        expect(typeof text, key).toBe('string');
        expect((text as string).trim(), key).not.toBe('');
        expect(typeof value, `${key}: same kind as in French`).toBe(typeof source.get(key));
      }
    });
  }

  it('names each language in each language, from Intl', () => {
    const names = (language: UiLanguage) => UI_LANGUAGES.map((other) => languageName(other, language));
    expect(names('fr')).toEqual(['Français', 'Néerlandais', 'Anglais']);
    expect(names('nl')).toEqual(['Frans', 'Nederlands', 'Engels']);
    expect(names('en')).toEqual(['French', 'Dutch', 'English']);
  });
});
