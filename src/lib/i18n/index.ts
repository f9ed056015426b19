/**
 * The interface's message catalogue: every text the site writes around a plan's own content
 * (navigation, headings, field labels, captions, client messages) comes from here, per language.
 * French is the source: `Messages` is its shape, so a key missing from nl/ or en/ fails
 * `astro check`. Values are strings, or functions where a number or a name goes into the text.
 */
import { fr } from './fr/index';
import { nl } from './nl/index';
import { en } from './en/index';
import type { UiLanguage } from './languages';

export type Messages = typeof fr;

const CATALOGUES: Record<UiLanguage, Messages> = { fr, nl, en };

/** The catalogue of one interface language. */
export function messages(language: UiLanguage): Messages {
  return CATALOGUES[language];
}

export * from './languages';
