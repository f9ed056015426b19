/**
 * Field changes told for the public in the reader's language (« État : En cours → Réalisé »,
 * "Status: En cours → Réalisé"), grouped by commit, with the plan's own reporting (an
 * `updates.csv` row) first and the file change it duplicates left out. Field names come from the
 * catalogue; values stay as published. Pure; the pages and the feed share it.
 */
import { formatDate, formatMoney, formatNumber } from '../format';
import { isUiLanguage, languageName, LOCALES, messages, type Messages, type UiLanguage } from '../i18n';
import { labelKey } from '../normalise/status';
import type { PlanChange } from './changes';
import { parseTranslatedName } from '../model/translatable';

/**
 * Kinds of change a reader can filter on, by the slug of their sub-page under `changements/`
 * (URL segments: the same in every language; their labels are `history.kinds` in the catalogue).
 */
export const CHANGE_KINDS = [
  { slug: 'etat' },
  { slug: 'budget' },
  { slug: 'dates' },
  { slug: 'indicateurs' },
  { slug: 'nouvelles-actions' },
  { slug: 'actions-retirees' },
] as const;
export type ChangeKindSlug = (typeof CHANGE_KINDS)[number]['slug'];

/** The kinds a change belongs to (possibly none: a title, a partner). */
export function kindsOf(c: PlanChange): ChangeKindSlug[] {
  const kinds: ChangeKindSlug[] = [];
  if (c.entity === 'actions' && c.kind === 'ajout') kinds.push('nouvelles-actions');
  if (c.entity === 'actions' && c.kind === 'retrait') kinds.push('actions-retirees');
  if ((c.entity === 'actions' || c.entity === 'subactions') && (c.field === 'status' || c.field === 'progress')) kinds.push('etat');
  if (c.entity === 'updates' && c.kind === 'ajout' && (c.row.status || c.row.progress)) kinds.push('etat');
  if ((c.entity === 'actions' && c.field.startsWith('budget')) || c.entity === 'budget_lines') kinds.push('budget');
  if ((c.entity === 'actions' || c.entity === 'subactions') && (c.field === 'start' || c.field === 'end')) kinds.push('dates');
  if (c.entity === 'indicators' || c.entity === 'indicator_values') kinds.push('indicateurs');
  return kinds;
}

/** Values shown bare (short, structured); every other value is quoted, as published. */
const BARE = new Set(['status', 'progress', 'start', 'end', 'year', 'order', 'code']);

const clip = (v: string, max = 160) => (v.length > max ? `${v.slice(0, max - 1)}…` : v);

type HistoryText = Messages['history'];

/** A field's name in the catalogue, or undefined for a column it does not know. */
function knownField(t: HistoryText, name: string): string | undefined {
  return Object.hasOwn(t.fields, name) ? t.fields[name as keyof HistoryText['fields']] : undefined;
}

/** For a translation column (`title_nl`), its field and language; undefined for any other column. */
function translationColumn(t: HistoryText, field: string): { field: string; language: UiLanguage } | undefined {
  if (knownField(t, field)) return undefined;
  // The content's own rule for translation names (`<field>_<lang>`), on the fields the catalogue names.
  const parsed = parseTranslatedName(field, Object.keys(t.fields));
  return parsed && isUiLanguage(parsed.lang) ? { field: parsed.field, language: parsed.lang } : undefined;
}

/**
 * A field's name in the reader's language; a translation column (`title_nl`) is its field's name
 * and the language's (« Titre (néerlandais) »); a column the catalogue does not know keeps its key.
 */
function fieldLabel(t: HistoryText, field: string, language: UiLanguage): string {
  const translation = translationColumn(t, field);
  if (translation) return t.translatedField(knownField(t, translation.field)!, languageName(translation.language, language));
  return knownField(t, field) ?? field;
}

function fieldSentence(c: PlanChange, t: HistoryText, language: UiLanguage): string {
  const label = fieldLabel(t, c.field, language);
  const v = (s: string) => (BARE.has(c.field) ? clip(s) : t.quote(clip(s)));
  if (c.old === '') return t.fieldFilled(label, v(c.new));
  if (c.new === '') return t.fieldCleared(label, v(c.old));
  return t.fieldChanged(label, v(c.old), v(c.new));
}

/** What the page knows about today's indicators, to name one in a sentence. */
export type IndicatorNames = (id: string) => { label: string; unit?: string } | undefined;

/**
 * One change as a sentence in `language` (default French), or undefined for a change a reader
 * has no use for (a translation into another language).
 */
export function describe(c: PlanChange, indicator: IndicatorNames = () => undefined, language: UiLanguage = 'fr'): string | undefined {
  const t = messages(language).history;
  // A reader reads the plan's texts in their language (or the original): a change to another
  // language's translation (`title_nl` on a French page) is none of their business, and told for
  // every translated field it buried the changes they can see. changements.csv keeps them all.
  const translation = c.kind === 'modification' ? translationColumn(t, c.field) : undefined;
  if (translation && translation.language !== language) return undefined;
  const locale = LOCALES[language];
  const number = (n: number) => formatNumber(n, {}, locale);
  const r = c.row;
  switch (c.entity) {
    case 'actions':
      if (c.kind === 'ajout') return t.actionPublished;
      if (c.kind === 'retrait') return t.actionRemoved;
      return fieldSentence(c, t, language);
    case 'fiche':
      if (c.kind === 'ajout') return t.fiche.added;
      if (c.kind === 'retrait') return t.fiche.removed;
      if (c.field === 'fichier') return t.fiche.renamed;
      return c.delta ? t.fiche.changedLines(c.delta.added, number(c.delta.added), c.delta.removed, number(c.delta.removed)) : t.fiche.changed;
    case 'subactions':
    case 'partners':
    case 'indicators': {
      const name = r[c.entity === 'partners' ? 'name' : c.entity === 'indicators' ? 'label' : 'title'] || c.entityId;
      if (c.kind === 'ajout') return t.rowAdded[c.entity](name);
      if (c.kind === 'retrait') return t.rowRemoved[c.entity](name);
      return t.rowChanged[c.entity](clip(name, 80), fieldSentence(c, t, language));
    }
    case 'indicator_values': {
      const known = indicator(r.indicator ?? '');
      const name = known?.label ?? r.indicator ?? '';
      const what = t.indicatorValue.what(r.type === 'objectif' ? t.indicatorValue.objectif : t.indicatorValue.resultat, r.year ?? '');
      const withUnit = (value: string) => {
        const n = Number(value);
        const shown = value !== '' && Number.isFinite(n) ? number(n) : value;
        return known?.unit && shown !== '' ? `${shown} ${known.unit}` : shown;
      };
      if (c.kind === 'ajout') return r.value ? t.indicatorValue.addedWith(name, what, withUnit(r.value)) : t.indicatorValue.added(name, what);
      if (c.kind === 'retrait') return t.indicatorValue.removed(name, what);
      if (c.field === 'value') return t.indicatorValue.changed(name, what, withUnit(c.old) || t.indicatorValue.empty, withUnit(c.new) || t.indicatorValue.empty);
      return t.indicatorValue.other(name, what, fieldSentence(c, t, language));
    }
    case 'budget_lines': {
      const line = t.budgetLine.name(r.year ?? '', r.section ?? '', r.kind === 'realise' ? t.budgetLine.realise : t.budgetLine.prevu);
      const euros = (v: string) => (Number.isFinite(Number(v)) && v !== '' ? formatMoney(Number(v), locale) : v);
      if (c.kind === 'ajout') return t.budgetLine.added(line, euros(r.amount ?? ''));
      if (c.kind === 'retrait') return t.budgetLine.removed(line);
      if (c.field === 'amount') return t.budgetLine.changed(line, euros(c.old), euros(c.new));
      return t.budgetLine.other(line, fieldSentence(c, t, language));
    }
    case 'updates':
      if (c.kind === 'ajout') {
        const parts = [r.status && t.update.status(r.status), r.progress && t.update.progress(r.progress)].filter(Boolean);
        const head = r.date ? t.update.nameOn(formatDate(r.date, locale)) : t.update.name;
        return `${head}${parts.length ? ` — ${parts.join(', ')}` : ''}${r.note ? ` — ${clip(r.note, 300)}` : ''}${r.source ? ` ${t.update.source(clip(r.source, 120))}` : ''}`;
      }
      if (c.kind === 'retrait') return r.date ? t.update.removedOn(formatDate(r.date, locale)) : t.update.removed;
      return `${r.date ? t.update.nameOn(formatDate(r.date, locale)) : t.update.name} — ${fieldSentence(c, t, language)}`;
    case 'hierarchy':
      if (c.kind === 'ajout') return t.level.added(r.title || c.entityId);
      if (c.kind === 'retrait') return t.level.removed(r.title || c.entityId);
      return t.level.changed(clip(r.title || c.entityId, 80), fieldSentence(c, t, language));
  }
}

/** More changes than this to one action's translations in one commit are told in one line. */
const TRANSLATIONS_TOLD_ONE_BY_ONE = 3;

/** A change to a translation column in `language` (the reader's): the only ones {@link describe} tells. */
function isOwnTranslation(c: PlanChange, language: UiLanguage): boolean {
  return c.kind === 'modification' && translationColumn(messages(language).history, c.field)?.language === language;
}

/**
 * Changes as sentences (see {@link describe}), those without one left out. A commit that
 * translates many texts of one action (its title, sub-actions, partners, indicators: 31 lines for
 * one action of the example plan) tells them in one line, « Traduction en anglais : 31 textes
 * ajoutés ou modifiés », where the first of them was.
 */
export function describeChanges(changes: PlanChange[], indicator: IndicatorNames | undefined, language: UiLanguage): { change: PlanChange; line: string }[] {
  const key = (c: PlanChange) => `${c.commit}\t${c.actionId}`;
  const translations = new Map<string, PlanChange[]>();
  for (const c of changes) {
    if (!isOwnTranslation(c, language)) continue;
    const list = translations.get(key(c));
    if (list) list.push(c);
    else translations.set(key(c), [c]);
  }
  const t = messages(language).history;
  const out: { change: PlanChange; line: string }[] = [];
  for (const c of changes) {
    const group = isOwnTranslation(c, language) ? translations.get(key(c))! : undefined;
    if (group && group.length > TRANSLATIONS_TOLD_ONE_BY_ONE) {
      if (group[0] === c) out.push({ change: c, line: t.translationsChanged(formatNumber(group.length, {}, LOCALES[language]), languageName(language, language)) });
      continue;
    }
    const line = describe(c, indicator, language);
    if (line) out.push({ change: c, line });
  }
  return out;
}

/**
 * Drops, for one action and one commit, the status or progress change of its row that a
 * `updates.csv` row added in the same commit already reports, and puts the plan's own reporting
 * first. Other changes keep their order.
 */
export function preferPlanReporting(changes: PlanChange[]): PlanChange[] {
  const reported = new Set<string>();
  for (const c of changes) {
    if (c.entity !== 'updates' || c.kind !== 'ajout') continue;
    if (c.row.status) reported.add(`${c.commit}\t${c.actionId}\tstatus\t${labelKey(c.row.status)}`);
    if (c.row.progress) reported.add(`${c.commit}\t${c.actionId}\tprogress\t${c.row.progress.trim()}`);
  }
  const duplicate = (c: PlanChange) =>
    c.entity === 'actions' &&
    c.kind === 'modification' &&
    (c.field === 'status' || c.field === 'progress') &&
    reported.has(`${c.commit}\t${c.actionId}\t${c.field}\t${c.field === 'status' ? labelKey(c.new) : c.new.trim()}`);
  const kept = changes.filter((c) => !duplicate(c));
  const rank = (c: PlanChange) => (c.entity === 'updates' ? 0 : 1);
  // Stable: within a commit, the plan's reporting first.
  return kept
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.commit === b.c.commit ? rank(a.c) - rank(b.c) || a.i - b.i : a.i - b.i))
    .map(({ c }) => c);
}

/** Changes of one commit (one day, one public note) as a reader sees them. */
export interface ChangeGroup {
  date: string;
  commit: string;
  note: string;
  lines: string[];
}

/**
 * An action's history, newest first: one group per commit, its sentences in order. Changes with
 * no sentence (translations into another language than the reader's) and commits left with no
 * sentence are dropped.
 */
export function actionTimeline(changes: PlanChange[], indicator?: IndicatorNames, language: UiLanguage = 'fr'): ChangeGroup[] {
  const byCommit: PlanChange[][] = [];
  for (const c of preferPlanReporting(changes)) {
    const last = byCommit[byCommit.length - 1];
    if (last && last[0].commit === c.commit) last.push(c);
    else byCommit.push([c]);
  }
  const groups: ChangeGroup[] = [];
  for (const list of byCommit) {
    const lines = publication(list, indicator, language) ?? describeChanges(list, indicator, language).map((d) => d.line);
    if (lines.length > 0) groups.push({ date: list[0].date, commit: list[0].commit, note: list[0].note, lines });
  }
  return groups.reverse();
}

/** Rows that come with a newly published action, counted in its one line. */
const COUNTED = new Set<string>(['subactions', 'partners', 'indicators', 'indicator_values', 'budget_lines', 'updates']);
type Counted = 'subactions' | 'partners' | 'indicators' | 'indicator_values' | 'budget_lines' | 'updates';

/**
 * The commit that publishes an action tells it in one line (« Action publiée sur ce site, avec
 * 10 partenaires et 2 indicateurs ») rather than one line per row it came with; undefined for any
 * other commit.
 */
function publication(list: PlanChange[], indicator: IndicatorNames | undefined, language: UiLanguage): string[] | undefined {
  if (!list.some((c) => c.entity === 'actions' && c.kind === 'ajout')) return undefined;
  const t = messages(language).history;
  const locale = LOCALES[language];
  const counts = new Map<Counted, number>();
  let fiche = false;
  for (const c of list) {
    if (c.kind !== 'ajout') continue;
    if (c.entity === 'fiche') fiche = true;
    if (COUNTED.has(c.entity)) counts.set(c.entity as Counted, (counts.get(c.entity as Counted) ?? 0) + 1);
  }
  const parts = [...counts].map(([entity, n]) => t.counted[entity](n, formatNumber(n, {}, locale)));
  if (fiche) parts.push(t.counted.fiche);
  const rest = list.filter((c) => c.kind !== 'ajout');
  const head = parts.length > 0 ? t.actionPublishedWith(listFormat(locale).format(parts)) : t.actionPublished;
  return [head, ...describeChanges(rest, indicator, language).map((d) => d.line)];
}

const listFormats = new Map<string, Intl.ListFormat>();
/** « a, b et c » / "a, b en c" / "a, b and c": the locale's own way of listing. */
function listFormat(locale: string): Intl.ListFormat {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return f;
}

/** Day the action first appeared on the site (its row added), when history reaches that far. */
export function firstPublished(changes: PlanChange[]): string | undefined {
  return changes.find((c) => c.entity === 'actions' && c.kind === 'ajout')?.date;
}

/** Link to a commit on the forge: `base` with the commit id appended (or put in place of `{commit}`). */
export function commitUrl(base: string | undefined, commit: string): string | undefined {
  if (!base) return undefined;
  return base.includes('{commit}') ? base.replace('{commit}', commit) : `${base}${commit}`;
}
