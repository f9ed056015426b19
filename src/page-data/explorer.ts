/**
 * Explorer data per scope (one plan, or every public plan), shared by the paginated pages and the
 * JSON endpoint. Kept for the last scopes asked for only (see RecentCache): a portal's build goes
 * through them route by route, and every plan's data kept until the end grew Astro's process all
 * along the pages.
 */
import { getCatalog } from './catalog';
import { defaultLanguage } from './languages';
import { planHref } from './href';
import { explorerData } from '../lib/search/explorer-data';
import { RecentCache } from '../lib/recent-cache';
import { languageName, type Messages, type UiLanguage } from '../lib/i18n';
import { listedPlan } from '../lib/view/portal';
import type { PlanMeta } from '../lib/model/types';
import type { ExplorerData, ExplorerPlanView } from '../lib/search/explorer';

const cache = new RecentCache<string, Promise<ExplorerData>>(4);

/**
 * @param plan a plan slug; undefined for every public (non-fictional) plan
 * @param language the language its texts (dates, budgets) are written in: one file per language
 */
export function getExplorerData(plan?: string, language: UiLanguage = defaultLanguage): Promise<ExplorerData> {
  return cache.get(`${language}|${plan ?? ''}`, () =>
    getCatalog().then(({ planIndex, publicPlans }) => {
      // Every public plan's index made in turn, as the rows are made (lib/search/explorer-data).
      const indexes = plan ? [planIndex(plan)] : (function* () { for (const { meta } of publicPlans) yield planIndex(meta.slug); })();
      return explorerData(indexes, language);
    }),
  );
}

/** How a page in `language` names and links each plan of the explorer data (see ExplorerPlanView). */
export function explorerPlanViews(data: ExplorerData, metas: ReadonlyMap<string, PlanMeta>, language: UiLanguage, t: Messages): ExplorerPlanView[] {
  return data.plans.map(({ slug, title }) => {
    const meta = metas.get(slug);
    if (!meta) throw new Error(`explorer: plan « ${slug} » (« ${title} ») absent du catalogue`);
    const { title: name, elsewhere } = listedPlan(meta, language, 'shortTitle');
    return {
      root: planHref(meta, '', language),
      name: name.text,
      ...(meta.languages[0] !== language ? { textLang: meta.languages[0] } : {}),
      ...(name.lang !== language ? { lang: name.lang } : {}),
      ...(elsewhere ? { note: t.content.inLanguage(languageName(elsewhere, language)) } : {}),
    };
  });
}
