/**
 * Atom feeds (RFC 4287) of what changed in the plans, read from the dated updates (suivi):
 * - a new action: the first dated update of an action ("Nouvelle action suivie");
 * - a status change: a later update whose status differs from the action's previous one.
 * Updates that only report progress or a note, or repeat the same status, make no entry.
 *
 * Deterministic: entries are ordered newest first (same day: later row of the file first), their
 * dates are the updates' days at midnight UTC, and the feed's `updated` is its newest entry (or
 * the given fallback day): the build's clock never appears.
 *
 * One feed per language: the feed's own words (titles of entries, « État », canonical state
 * names) are in its language; the plan's texts (action titles, notes, its status wording) stay as
 * published. Entries written in another language (the history's, see lib/history/feed) carry
 * their own `xml:lang`.
 */
import { formatPercent } from '../format';
import { LOCALES, messages, type UiLanguage } from '../i18n';
import type { Action, Plan, PlanMeta, StatusValue, Update } from '../model/types';
import { paths } from '../urls';
import { escapeXml } from './xml';

/**
 * What a feed says of an action and of one of its updates. Copies of these few fields, not the
 * plan's objects: a portal's events are kept until its all-plans feed is written, and the plans'
 * actions with them would be every plan's model.
 */
export interface FeedEvent {
  plan: PlanMeta;
  action: Pick<Action, 'id' | 'code' | 'title'>;
  update: Pick<Update, 'id' | 'date' | 'status' | 'progress' | 'note'>;
  kind: 'nouvelle' | 'etat';
  /** For a status change: the status before. */
  previous?: StatusValue;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const line = (u: Update) => u.origin[0]?.line ?? 0;

/** The feed events of one plan, newest first. */
export function feedEvents(plan: Plan): FeedEvent[] {
  const actions = new Map(plan.actions.map((a) => [a.id, a]));
  const chronological = plan.updates
    .filter((u) => actions.has(u.action) && DAY.test(u.date))
    .sort((a, b) => a.date.localeCompare(b.date) || line(a) - line(b));
  const last = new Map<string, StatusValue | undefined>();
  const events: FeedEvent[] = [];
  for (const update of chronological) {
    const action = actions.get(update.action)!;
    const told = { action: { id: action.id, code: action.code, title: action.title }, update: { id: update.id, date: update.date, status: update.status, progress: update.progress, note: update.note } };
    if (!last.has(action.id)) {
      events.push({ plan: plan.meta, ...told, kind: 'nouvelle' });
      last.set(action.id, update.status);
      continue;
    }
    const before = last.get(action.id);
    if (update.status && update.status.status !== before?.status) {
      events.push({ plan: plan.meta, ...told, kind: 'etat', ...(before ? { previous: before } : {}) });
    }
    if (update.status) last.set(action.id, update.status);
  }
  return events.reverse();
}

/** Newest first across plans (same day: plan order, then the plans' own order). */
export function mergeEvents(lists: FeedEvent[][]): FeedEvent[] {
  const tagged = lists.flatMap((list, p) => list.map((e, i) => ({ e, p, i })));
  return tagged.sort((a, b) => b.e.update.date.localeCompare(a.e.update.date) || a.p - b.p || a.i - b.i).map((t) => t.e);
}

const statusName = (s: StatusValue, language: UiLanguage) => messages(language).status.names[s.status];
const actionName = (a: FeedEvent['action']) => (a.code ? `${a.code} ${a.title}` : a.title);

/** The title of an entry, in `language`: "Nouvelle action suivie : …" or "… : En cours → Réalisé". */
export function eventTitle(e: FeedEvent, language: UiLanguage = 'fr'): string {
  const w = messages(language).data.files.feed;
  if (e.kind === 'nouvelle') return `${w.newAction(actionName(e.action))}${e.update.status ? ` (${statusName(e.update.status, language)})` : ''}`;
  const to = statusName(e.update.status!, language);
  return w.statusChange(actionName(e.action), e.previous ? `${statusName(e.previous, language)} → ${to}` : to);
}

function eventSummary(e: FeedEvent, withPlan: boolean, language: UiLanguage): string {
  const w = messages(language).data.files.feed;
  const parts: string[] = [];
  if (withPlan) parts.push(`${e.plan.territory} — ${e.plan.title}${e.plan.fictional ? w.fictional : ''}.`);
  const s = e.update.status;
  if (s) {
    const name = statusName(s, language);
    parts.push(`${w.status(name)}${s.label && s.label !== name ? w.planWording(s.label) : ''}.`);
  }
  if (e.update.progress !== undefined) parts.push(w.progress(formatPercent(e.update.progress / 100, { maximumFractionDigits: 2 }, LOCALES[language])));
  if (e.update.note) parts.push(e.update.note);
  return parts.join('\n');
}

export interface FeedOptions {
  /** The feed's language: its own words, and the `xml:lang` of the document. Default: French. */
  language?: UiLanguage;
  /** Absolute URL of the site root, ending with "/". */
  siteUrl: string;
  /** Site path of the feed itself (`flux.atom`, `nl/<plan>/flux.atom`). */
  path: string;
  /** Site path of the page the feed follows. */
  page: string;
  /**
   * Absolute URL of a page for this feed's readers: in the feed's language, or for a page of `plan`
   * not published in it, in the plan's first language. Without it, the unprefixed page.
   */
  link?: (path: string, plan?: PlanMeta) => string;
  /** The plan of a plan's feed (its change entries link into it). */
  plan?: PlanMeta;
  title: string;
  subtitle: string;
  author: string;
  rights?: string;
  /** YYYY-MM-DD used as `updated` when there is no entry. */
  fallbackDay?: string;
  /** Name the plan in each entry (site-wide feed). */
  withPlan: boolean;
  events: FeedEvent[];
  /** Field changes read from the history (see lib/history), newest first; the plan's feed only. */
  changes?: ChangeFeedEntry[];
  /** The language the change entries are written in, when it is not the feed's. */
  changesLanguage?: UiLanguage;
}

/** One day's changes of one action (or of the plan outside its actions), as a feed entry. */
export interface ChangeFeedEntry {
  /** YYYY-MM-DD */
  date: string;
  /** Unique within the feed: appended to the page URL as its fragment. */
  key: string;
  /** Site path of the page the entry links to. */
  page: string;
  title: string;
  summary: string;
}

const stamp = (day: string) => `${day}T00:00:00Z`;

/** An Atom 1.0 document. Entry ids are the action page's URL with a fragment naming the update. */
export function atomFeed(options: FeedOptions): string {
  const o = { ...options, language: options.language ?? 'fr' };
  const x = escapeXml;
  const newest = [o.events[0]?.update.date, o.changes?.[0]?.date].filter((d): d is string => !!d).sort().pop();
  const updated = newest ?? o.fallbackDay ?? '1970-01-01';
  const link = (path: string, plan?: PlanMeta) => (o.link ? o.link(path, plan) : o.siteUrl + path);
  const entries = o.events.map((e) => {
    const url = link(paths.action(e.plan.slug, e.action.id), e.plan);
    return [
      '  <entry>',
      `    <id>${x(`${url}#maj-${e.update.id}`)}</id>`,
      `    <title>${x(eventTitle(e, o.language))}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(`${url}#suivi`)}"/>`,
      `    <published>${stamp(e.update.date)}</published>`,
      `    <updated>${stamp(e.update.date)}</updated>`,
      ...(e.update.status ? [`    <category term="${x(e.update.status.status)}" label="${x(statusName(e.update.status, o.language))}"/>`] : []),
      `    <summary type="text">${x(eventSummary(e, o.withPlan, o.language))}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const changesLang = o.changesLanguage && o.changesLanguage !== o.language ? ` xml:lang="${o.changesLanguage}"` : '';
  const changeEntries = (o.changes ?? []).map((c) => {
    const url = link(c.page, o.plan);
    return [
      `  <entry${changesLang}>`,
      `    <id>${x(`${url}#${c.key}`)}</id>`,
      `    <title>${x(c.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
      `    <published>${stamp(c.date)}</published>`,
      `    <updated>${stamp(c.date)}</updated>`,
      `    <summary type="text">${x(c.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  // Newest first across both kinds (same day: the plan's reporting first), so the first entry
  // carries the feed's date.
  const dated = [
    ...entries.map((xml, i) => ({ xml, date: o.events[i].update.date })),
    ...changeEntries.map((xml, i) => ({ xml, date: o.changes![i].date })),
  ];
  const ordered = dated
    .map((d, i) => ({ ...d, i }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.i - b.i)
    .map((d) => d.xml);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.language}">`,
    `  <id>${x(o.siteUrl + o.path)}</id>`,
    `  <title>${x(o.title)}</title>`,
    `  <subtitle>${x(o.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(o.siteUrl + o.path)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(link(o.page, o.plan))}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${x(o.author)}</name></author>`,
    ...(o.rights ? [`  <rights>${x(o.rights)}</rights>`] : []),
    ...ordered,
    '</feed>',
    '',
  ].join('\n');
}
