/**
 * The plan's Atom feed entries for field changes: one per day and action, newest first. The
 * plan's own reporting (updates.csv rows) already has its entries (lib/export/atom), so it is
 * left out here, after it has hidden the status changes it duplicates. Feeds have no language
 * in their URL: they are written in the site's default language (French unless told).
 */
import type { ChangeFeedEntry } from '../export/atom';
import { formatNumber } from '../format';
import { LOCALES, messages, type UiLanguage } from '../i18n';
import type { PlanIndex } from '../model/queries';
import { paths } from '../urls';
import type { PlanChange } from './changes';
import { preferPlanReporting } from './describe';
import { planBlocks } from './plan-log';

/** Entries kept per feed: a feed is for what is new, the changes page holds the rest. */
export const FEED_CHANGES = 50;

export function changeFeedEntries(changes: PlanChange[], index: PlanIndex, limit = FEED_CHANGES, language: UiLanguage = 'fr'): ChangeFeedEntry[] {
  const t = messages(language).history.feed;
  const slug = index.plan.meta.slug;
  const kept = preferPlanReporting(changes).filter((c) => c.entity !== 'updates');
  return planBlocks(kept, undefined, index.actionOrder, (id) => index.indicators.get(id), language)
    .slice(0, limit)
    .map((b) => {
      const action = b.actionId ? index.actions.get(b.actionId) : undefined;
      const name = action ? `${action.code ? `${action.code} ` : ''}${action.title}` : b.actionId ? `${index.plan.meta.actionLabel.singular} ${b.actionId}` : t.plan;
      const more = b.lines.length - 1;
      return {
        date: b.date,
        key: `changement-${b.date}-${b.actionId || 'plan'}`,
        page: action ? paths.action(slug, action.id) : paths.changes(slug),
        title: more > 0 ? t.titleMore(name, b.lines[0], more, formatNumber(more, {}, LOCALES[language])) : t.title(name, b.lines[0]),
        summary: [...b.lines, ...b.notes].join('\n'),
      };
    });
}
