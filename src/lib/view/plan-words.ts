/**
 * The words a plan's pages use around its own texts: what the plan calls its actions and
 * sub-actions, and its hierarchy levels, each with the language it is written in, so that a page
 * can mark the plan's own words with `lang` when they are not the reader's.
 */
import { messages, type UiLanguage } from '../i18n';
import { localText, type LocalText } from '../i18n/localize';
import type { ActionLabel, HierarchyNode, Level, PlanMeta } from '../model/types';

/** A noun as a page writes it, and the language it is in. */
export interface Word {
  singular: string;
  plural: string;
  lang: UiLanguage;
}

/** The plan's source language: the first it declares (see PlanMeta.languages). */
export function sourceLanguage(meta: PlanMeta): UiLanguage {
  return meta.languages[0] ?? 'fr';
}

function word(label: ActionLabel, fallback: { singular: string; plural: string }, meta: PlanMeta, language: UiLanguage): Word {
  if (label.byDefault) return { ...fallback, lang: language };
  return { singular: label.singular, plural: label.plural, lang: sourceLanguage(meta) };
}

/**
 * What the plan calls its actions and sub-actions, for a reader of `language`: the plan's own
 * words as published when it names them (« Fiche action », in its language), else the
 * interface's (« Actie » in Dutch).
 */
export function actionWords(meta: PlanMeta, language: UiLanguage): { action: Word; subaction: Word } {
  const t = messages(language).action;
  return {
    action: word(meta.actionLabel, t.defaultLabel, meta, language),
    subaction: word(meta.subactionLabel, t.defaultSubLabel, meta, language),
  };
}

/** A hierarchy level's name (« Axe stratégique ») in `language` when the plan translates it (`label_nl`). */
export function levelWord(level: Level, meta: PlanMeta, language: UiLanguage): Word {
  const source = sourceLanguage(meta);
  const label = localText(level.label, level.translations, 'label', language, source)!;
  const plural = localText(level.plural, level.translations, 'plural', language, source)!;
  // Both or neither: a translated singular beside an untranslated plural would mix languages.
  if (label.lang !== plural.lang) return { singular: level.label, plural: level.plural, lang: source };
  return { singular: label.text, plural: plural.text, lang: label.lang };
}

/**
 * The noun for `count` of them, lower-cased as in running text: singular where the locale's
 * plural rules say « one » (French: 0 and 1; Dutch and English: 1 only).
 */
export function nounFor(count: number, word: Word, locale: string): string {
  const one = new Intl.PluralRules(locale).select(count) === 'one';
  return (one ? word.singular : word.plural).toLocaleLowerCase(locale);
}

/**
 * The plan's title and short title for a reader of `language` (plan.md `title_nl`,
 * `short_title_nl`); the short one falls back to the title.
 */
export function planName(meta: PlanMeta, language: UiLanguage): { title: LocalText; short: LocalText } {
  const source = sourceLanguage(meta);
  const title = localText(meta.title, meta.translations, 'title', language, source)!;
  const short = localText(meta.shortTitle, meta.translations, 'short_title', language, source) ?? title;
  return { title, short };
}

/**
 * A node's short name for breadcrumbs and « within » trails: its level and code (« Axe 2 », in
 * the reader's language when the plan translates the level), else its title.
 */
export function nodeShortName(node: HierarchyNode, meta: PlanMeta, language: UiLanguage): string {
  return nodeShortText(node, meta, language).text;
}

/** The same, with the language its words are in (a breadcrumb marks an untranslated one). */
export function nodeShortText(node: HierarchyNode, meta: PlanMeta, language: UiLanguage): LocalText {
  const level = meta.levels.find((l) => l.id === node.level);
  if (node.code && level) {
    const word = levelWord(level, meta, language);
    return { text: `${word.singular} ${node.code}`, lang: word.lang, translated: word.lang === language };
  }
  if (node.code) return { text: node.code, lang: language, translated: true };
  return localText(node.title, node.translations, 'title', language, sourceLanguage(meta))!;
}
