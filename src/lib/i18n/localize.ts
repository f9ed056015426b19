/**
 * A plan's own texts in the reader's language, when the plan provides them: translated CSV
 * columns (`title_nl`, `summary_en`: `<field>_<lang>`) and fiches (`actions/<id>.<lang>.md`).
 * Nothing is machine-translated: without a translation the original is shown, marked with the
 * language it is written in, so the page can set `lang` on it and say it exists only in that one.
 */
import type { UiLanguage } from './languages';

/** The translations of one entity's text fields, per language then field (`{ nl: { title: '…' } }`). */
export type Translations = Partial<Record<UiLanguage, Record<string, string>>>;

/** A text as shown to a reader: its words, the language they are in, and whether it is a translation. */
export interface LocalText {
  text: string;
  lang: UiLanguage;
  /** False when the reader asked for another language and only the original exists. */
  translated: boolean;
}

/**
 * The text of `field` for a reader of `language`: the original when `language` is the plan's
 * `source` language, else its translation when the plan gives a non-empty one, else the original
 * marked as written in `source`. Undefined when the original itself is absent or empty.
 */
export function localText(
  original: string | undefined,
  translations: Translations | undefined,
  field: string,
  language: UiLanguage,
  source: UiLanguage,
): LocalText | undefined {
  if (!original) return undefined;
  if (language === source) return { text: original, lang: source, translated: true };
  const translation = translations?.[language]?.[field]?.trim();
  if (translation) return { text: translation, lang: language, translated: true };
  return { text: original, lang: source, translated: false };
}

/** Which file holds a text for a reader, and the language it is written in. */
export interface LocalFile {
  file: string;
  lang: UiLanguage;
}

/**
 * The file of a text that comes as one file per language (an action's fiche `<id>.md` and its
 * translations `<id>.nl.md`; plan.md's body and `plan.nl.md`): the reader's language's when the
 * plan has it, else the original, marked as written in `source`. Undefined without an original: a
 * translation alone is never shown (the content check refuses it).
 */
export function localFile(
  original: string | undefined,
  translations: Partial<Record<UiLanguage, string>> | undefined,
  language: UiLanguage,
  source: UiLanguage,
): LocalFile | undefined {
  if (!original) return undefined;
  const translated = language === source ? undefined : translations?.[language];
  return translated ? { file: translated, lang: language } : { file: original, lang: source };
}

/**
 * A catalogue message with one text parameter, cut around it (`[before, after]`), so that a page
 * can set `lang` on the parameter alone: a plan's own word inside a sentence of the interface.
 */
export function aroundParameter(message: (value: string) => string): [string, string] {
  const mark = '\u0000';
  const [before, after = ''] = message(mark).split(mark);
  return [before, after];
}
