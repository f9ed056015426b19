// Every link of the built site resolves, under the base path; sitemap.xml and robots.txt agree with dist/.
// The checker's own logic is tested on a fixture in tests/unit/links.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, checkRobots, checkSitemap, formatProblems, type LinkReport } from '../helpers/links';
import { BASE, DIST, SITE, SITE_PREFIX, requireDist } from '../helpers/site';

const options = { distDir: DIST, base: BASE, site: SITE };
let report: LinkReport;

beforeAll(() => {
  requireDist();
  report = checkLinks(options);
});

describe('links of dist/', () => {
  test(`dist/ was built for ${SITE_PREFIX}`, () => {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home, `dist/ n'a pas été construit avec BASE_PATH=${BASE} SITE_URL=${SITE} : lancer « npm run test:build »`).toContain(
      `href="${SITE_PREFIX}"`,
    );
  });

  test('every internal link carries the base path and resolves to a file (and anchor) of dist/', () => {
    if (report.problems.length > 0) expect.fail(formatProblems(report.problems));
  });

  test('the check is not vacuous', () => {
    expect(report.pages).toBeGreaterThanOrEqual(10);
    // Every page carries the site's header, footer, canonical URL… so at least ~10 internal links each.
    expect(report.internalChecked).toBeGreaterThan(report.pages * 10);
    expect(report.fragmentsChecked).toBeGreaterThanOrEqual(report.pages); // the skip link, at least
    expect(report.cssFiles).toBeGreaterThanOrEqual(1);
  });

  test('only <a href> leaves the site (listed for review)', () => {
    expect(report.external.filter((e) => e.kind !== 'navigation')).toEqual([]);
    const hosts = new Map<string, number>();
    for (const e of report.external) {
      const host = new URL(e.url, SITE).host;
      hosts.set(host, (hosts.get(host) ?? 0) + 1);
    }
    console.info(
      `${report.pages} pages, ${report.cssFiles} CSS, ${report.internalChecked} liens internes et ${report.fragmentsChecked} ancres vérifiés ; ` +
        `${report.external.length} liens externes vers ${hosts.size} hôte(s)` +
        (hosts.size ? ` :\n${[...hosts].sort((a, b) => b[1] - a[1]).map(([h, n]) => `  ${h} (${n})`).join('\n')}` : '') +
        (report.otherSchemes.length ? `\n${report.otherSchemes.length} autres liens (mailto:, data:…) non vérifiés` : ''),
    );
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('sitemap.xml lists only URLs of the site that exist in dist/', () => {
    const sitemap = checkSitemap(options);
    expect(sitemap.problems).toEqual([]);
    expect(sitemap.urls.length).toBeGreaterThan(1);
    expect(sitemap.urls).toContain(SITE_PREFIX);
    if (sitemap.pagesNotListed.length > 0) {
      console.info(
        `Pages absentes du sitemap (${sitemap.pagesNotListed.length}) :\n${sitemap.pagesNotListed.slice(0, 30).map((p) => `  ${p}`).join('\n')}`,
      );
    }
  });

  test('sitemap.xml lists each page in every language it exists in, with its hreflang alternates', () => {
    const sitemap = checkSitemap(options);
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    // exemple is published in fr, nl and en; bruxelles in fr and nl only.
    for (const language of ['', 'nl/', 'en/']) expect(sitemap.urls).toContain(`${SITE_PREFIX}${language}exemple/`);
    expect(sitemap.urls).toContain(`${SITE_PREFIX}nl/bruxelles/`);
    expect(sitemap.urls).not.toContain(`${SITE_PREFIX}en/bruxelles/`);
    expect(sitemap.urls).toContain(`${SITE_PREFIX}en/donnees/champs/`);
    const entry = (loc: string) => new RegExp(`<url><loc>${loc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}</loc>([\\s\\S]*?)</url>`).exec(xml)?.[1] ?? '';
    const bruxelles = entry(`${SITE_PREFIX}nl/bruxelles/`);
    expect(bruxelles).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${SITE_PREFIX}bruxelles/"/>`);
    expect(bruxelles).toContain(`<xhtml:link rel="alternate" hreflang="nl" href="${SITE_PREFIX}nl/bruxelles/"/>`);
    expect(bruxelles).not.toContain('hreflang="en"');
    // A plan in one language has no alternates.
    expect(entry(`${SITE_PREFIX}dijon/`)).toBe('');
  });

  test('robots.txt declares the sitemap', () => {
    expect(checkRobots(options).problems).toEqual([]);
  });
});
