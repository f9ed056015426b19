import type { APIRoute } from 'astro';
import { getCatalog } from '../page-data/catalog';
import { absoluteUrl } from '../page-data/href';
import { planLanguages, siteLanguages } from '../page-data/languages';
import { LIST_PAGE_SIZE, paths } from '../lib/urls';
import { countPages } from '../lib/pagination';
import { scheduleGroups, scheduleIsSplit } from '../lib/charts/catalog';
import { portalPages } from '../lib/view/portal';
import { escapeXml } from '../lib/export/xml';
import type { UiLanguage } from '../lib/i18n';

/**
 * Every public page, for search engines, in every language it exists in: the site's pages in each
 * site language, a plan's pages in each of the plan's. Each URL lists all its language versions
 * (`xhtml:link rel="alternate" hreflang`, itself included, as search engines ask), the default
 * one also as `x-default`. Generated from the same catalog as the pages.
 */
export const GET: APIRoute = async ({ site }) => {
  const { plans, planIndex } = await getCatalog();
  const pages: { path: string; languages: readonly UiLanguage[] }[] = [];
  const sitePage = (path: string) => pages.push({ path, languages: siteLanguages });
  [paths.portal(), paths.search(), paths.about(), paths.accessibility(), paths.legal(), paths.data(), paths.dataFields()].forEach(sitePage);
  // The portal's list pages, when there are more plans than one page shows (none for a few plans).
  for (const page of portalPages(plans)) if (page.rest !== undefined) sitePage(page.path);
  for (const { meta } of plans) {
    const slug = meta.slug;
    const index = planIndex(slug);
    const { plan } = index;
    const languages = planLanguages(plan.meta);
    const planPage = (path: string) => pages.push({ path, languages });
    planPage(paths.plan(slug));
    for (let page = 1; page <= countPages(plan.actions.length, LIST_PAGE_SIZE); page++) planPage(paths.list(slug, page));
    plan.nodes.forEach((n) => planPage(paths.node(n)));
    plan.actions.forEach((a) => planPage(paths.action(slug, a.id)));
    planPage(paths.indicators(slug));
    planPage(paths.schedule(slug));
    plan.indicators.forEach((i) => planPage(paths.indicator(slug, i.id)));
    const groups = scheduleGroups(index);
    if (scheduleIsSplit(groups)) groups.forEach((g) => planPage(paths.schedule(slug, g.node!.id)));
    if (plan.meta.bilans.length > 0) {
      planPage(paths.bilans(slug));
      plan.meta.bilans.forEach((bilan) => planPage(paths.bilan(slug, bilan.id)));
    }
  }
  const entry = (path: string, language: UiLanguage, languages: readonly UiLanguage[]) => {
    const loc = `  <url><loc>${escapeXml(absoluteUrl(path, site, language))}</loc>`;
    if (languages.length < 2) return `${loc}</url>`;
    const alternates = [
      ...languages.map((other) => `<xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(absoluteUrl(path, site, other))}"/>`),
      `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(path, site, languages[0]))}"/>`,
    ];
    return `${loc}\n    ${alternates.join('\n    ')}\n  </url>`;
  };
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.flatMap(({ path, languages }) => languages.map((language) => entry(path, language, languages))),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
