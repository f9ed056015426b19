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
