/**
 * Link checker over a built site (dist/), for a site served under a base path.
 *
 * For every .html page it collects the URLs in href, src, srcset, action, formaction, poster, data,
 * SVG <use href>, Open Graph URLs and meta refresh, and every url()/@import in the .css files; then:
 * - internal URLs (absolute path, relative, or absolute on the site's own origin) must carry the base
 *   path and resolve to a file of dist/ (`x/` → `x/index.html`); a link to a directory without its
 *   trailing slash is reported (it would cost a redirect, or a 404 on some hosts);
 * - `#fragment`s pointing at an HTML page of the site must name an existing id there;
 * - external URLs are listed; only navigation (<a>/<area> href, non-fetching <link rel>, og: meta)
 *   may be external: an external script, stylesheet, image, font, form action… is a failure
 *   (the site makes no third-party requests);
 * - `javascript:` URLs are failures; relative URLs on 404.html are failures (that page is served at
 *   any URL, so relative links would resolve against the wrong directory).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { lineOf, listFiles, startTags, tokenize, type StartTag } from './html';

export interface LinkOptions {
  /** Directory of the built site. */
  distDir: string;
  /** Base path the site is built for, e.g. `/plan-climat/`. */
  base: string;
  /** SITE_URL the site is built with, e.g. `https://example.org`. */
  site: string;
}

export type LinkKind = 'navigation' | 'resource';

export interface LinkRef {
  /** File the URL was found in, relative to dist/. */
  file: string;
  line: number;
  /** e.g. `<a href>`, `<img srcset>`, `css url()`. */
  where: string;
  url: string;
  kind: LinkKind;
}
export interface LinkProblem extends LinkRef {
  problem: string;
}
export interface LinkReport {
  pages: number;
  cssFiles: number;
  /** Internal URLs checked (resolved to a file). */
  internalChecked: number;
  /** Fragments checked against the ids of their target page. */
  fragmentsChecked: number;
  external: LinkRef[];
  /** mailto:, tel:, data: … (not checked). */
  otherSchemes: LinkRef[];
  problems: LinkProblem[];
}

/** Link relations that do not make the browser fetch anything. */
const NON_FETCHING_RELS = new Set([
  'canonical', 'alternate', 'author', 'license', 'help', 'bookmark', 'me', 'next', 'prev', 'search', 'sitemap',
  'external', 'nofollow', 'noopener', 'noreferrer', 'tag',
]);
const OG_URL_PROPERTIES = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** Site URL path of a page file of dist/ (`a/b/index.html` → `/base/a/b/`). */
export function pageUrlOf(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

interface Found {
  where: string;
  url: string;
  kind: LinkKind;
  offset: number;
}

/** URLs of a srcset attribute (after the HTML spec's candidate parsing: URLs may contain commas). */
export function splitSrcset(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !/\s/.test(srcset[j]!)) j++;
    let url = srcset.slice(i, j);
    i = j;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip descriptors up to the next comma outside parentheses.
      let depth = 0;
      while (i < n && !(srcset[i] === ',' && depth === 0)) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

function urlsOfTag(tag: StartTag): Found[] {
  const out: Found[] = [];
  const add = (attr: string, kind: LinkKind, value = tag.attrs.get(attr)) => {
    if (value === undefined) return;
    out.push({ where: `<${tag.name} ${attr}>`, url: value, kind, offset: tag.offset });
  };
  switch (tag.name) {
    case 'a':
    case 'area':
      add('href', 'navigation');
      break;
    case 'link': {
      const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const fetching = rels.length === 0 || rels.some((r) => !NON_FETCHING_RELS.has(r));
      add('href', fetching ? 'resource' : 'navigation');
      if (tag.attrs.has('imagesrcset')) {
        for (const u of splitSrcset(tag.attrs.get('imagesrcset')!)) add('imagesrcset', 'resource', u);
      }
      break;
    }
    case 'form':
      add('action', 'resource');
      break;
    case 'button':
    case 'input':
      add('formaction', 'resource');
      if (tag.name === 'input') add('src', 'resource');
      break;
    case 'video':
      add('src', 'resource');
      add('poster', 'resource');
      break;
    case 'object':
      add('data', 'resource');
      break;
    case 'use':
    case 'image':
      add('href', 'resource');
      add('xlink:href', 'resource');
      break;
    case 'meta': {
      const property = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
      if (OG_URL_PROPERTIES.has(property)) {
        out.push({ where: `<meta ${property}>`, url: tag.attrs.get('content') ?? '', kind: 'navigation', offset: tag.offset });
      }
      if ((tag.attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
        const m = /url\s*=\s*['"]?([^'"]+)/i.exec(tag.attrs.get('content') ?? '');
        if (m) add('content', 'navigation', m[1]);
      }
      break;
    }
    default:
      if (['img', 'script', 'iframe', 'source', 'audio', 'track', 'embed', 'frame'].includes(tag.name)) add('src', 'resource');
  }
  if (tag.name === 'img' || tag.name === 'source') {
    const srcset = tag.attrs.get('srcset');
    if (srcset !== undefined) for (const u of splitSrcset(srcset)) add('srcset', 'resource', u);
  }
  return out;
}

function cssUrls(css: string): Found[] {
  const out: Found[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
  for (const m of withoutComments.matchAll(re)) {
    const url = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    out.push({ where: m[0].startsWith('@') ? 'css @import' : 'css url()', url, kind: 'resource', offset: m.index ?? 0 });
  }
  return out;
}

export class SiteFiles {
  private idsCache = new Map<string, Set<string>>();
  readonly base: string;
  readonly sitePrefix: string;
  readonly origin: string;

  constructor(readonly distDir: string, base: string, site: string) {
    this.base = normaliseBase(base);
    this.origin = new URL(site).origin;
    this.sitePrefix = new URL(this.base, this.origin).href;
  }

  /** dist/-relative path of a site path under the base (already decoded), or an error message. */
  resolvePath(pathname: string): { file: string } | { error: string } {
    if (!pathname.startsWith(this.base)) return { error: `ne commence pas par le chemin de base ${this.base}` };
    let rel = pathname.slice(this.base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const norm = normalize(rel).split(sep).join('/');
    if (norm.startsWith('..') || norm.startsWith('/')) return { error: 'sort du site' };
    const full = join(this.distDir, norm);
    if (existsSync(full) && statSync(full).isFile()) return { file: norm };
    if (existsSync(full) && statSync(full).isDirectory() && existsSync(join(full, 'index.html'))) {
      return { error: `désigne un dossier sans la barre oblique finale (utiliser ${pathname}/)` };
    }
    return { error: `cible absente de dist/ (${norm})` };
  }

  ids(file: string): Set<string> {
    let ids = this.idsCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const t of startTags(tokenize(readFileSync(join(this.distDir, file), 'utf8')))) {
        const id = t.attrs.get('id');
        if (id !== undefined) ids.add(id);
        if (t.name === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name')!);
      }
      this.idsCache.set(file, ids);
    }
    return ids;
  }
}

export function checkLinks(options: LinkOptions): LinkReport {
  const site = new SiteFiles(options.distDir, options.base, options.site);
  const report: LinkReport = {
    pages: 0,
    cssFiles: 0,
    internalChecked: 0,
    fragmentsChecked: 0,
    external: [],
    otherSchemes: [],
    problems: [],
  };

  const check = (file: string, source: string, found: Found, pageUrl: string | undefined) => {
    const ref: LinkRef = { file, line: lineOf(source, found.offset), where: found.where, url: found.url, kind: found.kind };
    const fail = (problem: string) => report.problems.push({ ...ref, problem });
    const url = found.url.trim();
    if (url === '') {
      if (found.where !== '<form action>') fail('URL vide');
      return;
    }
    if (/^javascript:/i.test(url)) return fail('URL javascript: interdite');
    let target: URL;
    let internal: boolean;
    if (url.startsWith('//') || /^https?:/i.test(url)) {
      target = new URL(url, site.origin);
      internal = target.origin === site.origin && target.pathname.startsWith(site.base);
      if (target.origin === site.origin && !internal) return fail(`URL du site hors du chemin de base ${site.base}`);
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      report.otherSchemes.push(ref);
      return;
    } else {
      internal = true;
      if (url.startsWith('#')) {
        // Same-page anchor: resolves against the document whatever its URL (404.html included).
        if (url.length === 1 || !file.endsWith('.html')) return;
        let fragment: string;
        try {
          fragment = decodeURIComponent(url.slice(1));
        } catch {
          return fail('ancre mal encodée');
        }
        report.internalChecked++;
        report.fragmentsChecked++;
        if (!site.ids(file).has(fragment)) fail(`ancre #${fragment} absente de ${file}`);
        return;
      }
      if (!url.startsWith('/') && pageUrl === undefined) {
        return fail('URL relative dans une page servie à n’importe quelle adresse (404.html) : utiliser un chemin absolu');
      }
      if (url.startsWith('/') && !url.startsWith(site.base)) {
        return fail(`lien interne sans le préfixe ${site.base}`);
      }
      target = new URL(url, new URL(pageUrl ?? site.base, site.origin));
    }
    if (!internal) {
      report.external.push(ref);
      if (found.kind === 'resource') fail('ressource externe (seuls les liens <a href> peuvent sortir du site)');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(target.pathname);
    } catch {
      return fail('encodage d’URL invalide');
    }
    const resolved = site.resolvePath(pathname);
    if ('error' in resolved) return fail(resolved.error);
    report.internalChecked++;
    if (target.hash.length > 1 && resolved.file.endsWith('.html') && !found.where.startsWith('<meta')) {
      let fragment: string;
      try {
        fragment = decodeURIComponent(target.hash.slice(1));
      } catch {
        return fail('ancre mal encodée');
      }
      report.fragmentsChecked++;
      if (!site.ids(resolved.file).has(fragment)) fail(`ancre #${fragment} absente de ${resolved.file}`);
    }
  };

  for (const file of listFiles(options.distDir, ['.html'])) {
    report.pages++;
    const source = readFileSync(join(options.distDir, file), 'utf8');
    // 404.html is served at any unknown URL: it has no fixed location to resolve relative URLs against.
    const pageUrl = file === '404.html' ? undefined : pageUrlOf(file, site.base);
    for (const tag of startTags(tokenize(source))) {
      for (const found of urlsOfTag(tag)) check(file, source, found, pageUrl);
    }
  }
  for (const file of listFiles(options.distDir, ['.css'])) {
    report.cssFiles++;
    const source = readFileSync(join(options.distDir, file), 'utf8');
    for (const found of cssUrls(source)) check(file, source, found, `${site.base}${file}`);
  }
  return report;
}

export interface SitemapReport {
  urls: string[];
  problems: string[];
  /** HTML pages of dist/ (other than 404.html) that no sitemap lists. */
  pagesNotListed: string[];
}

/** Checks sitemap.xml (or a sitemap index) lists only URLs of the site that exist in dist/. */
export function checkSitemap(options: LinkOptions, sitemapFile = 'sitemap.xml'): SitemapReport {
  const site = new SiteFiles(options.distDir, options.base, options.site);
  const report: SitemapReport = { urls: [], problems: [], pagesNotListed: [] };
  const listedFiles = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const full = join(options.distDir, file);
    if (!existsSync(full)) {
      report.problems.push(`${file} absent de dist/`);
      return;
    }
    const xml = readFileSync(full, 'utf8');
    const isIndex = /<sitemapindex[\s>]/.test(xml);
    if (!isIndex && !/<urlset[\s>]/.test(xml)) report.problems.push(`${file} : ni <urlset> ni <sitemapindex>`);
    for (const m of xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)) {
      const loc = m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
      if (!loc.startsWith(site.sitePrefix)) {
        report.problems.push(`${file} : ${loc} ne commence pas par ${site.sitePrefix}`);
        continue;
      }
      const resolved = site.resolvePath(decodeURIComponent(new URL(loc).pathname));
      if ('error' in resolved) {
        report.problems.push(`${file} : ${loc} ${resolved.error}`);
        continue;
      }
      if (isIndex) visit(resolved.file);
      else {
        report.urls.push(loc);
        listedFiles.add(resolved.file);
      }
    }
  };
  visit(sitemapFile);
  if (report.urls.length === 0) report.problems.push(`${sitemapFile} ne liste aucune URL`);
  const dupes = report.urls.filter((u, i) => report.urls.indexOf(u) !== i);
  if (dupes.length) report.problems.push(`URL en double dans le sitemap : ${[...new Set(dupes)].join(', ')}`);
  report.pagesNotListed = listFiles(options.distDir, ['.html']).filter((f) => f !== '404.html' && !listedFiles.has(f));
  return report;
}

/** Checks robots.txt exists and declares the site's sitemap with an absolute URL that exists. */
export function checkRobots(options: LinkOptions, sitemapFile = 'sitemap.xml'): { sitemaps: string[]; problems: string[] } {
  const site = new SiteFiles(options.distDir, options.base, options.site);
  const full = join(options.distDir, 'robots.txt');
  if (!existsSync(full)) return { sitemaps: [], problems: ['robots.txt absent de dist/'] };
  const text = readFileSync(full, 'utf8');
  const problems: string[] = [];
  const sitemaps = [...text.matchAll(/^\s*sitemap\s*:\s*(\S+)/gim)].map((m) => m[1]!);
  const expected = `${site.sitePrefix}${sitemapFile}`;
  if (!sitemaps.includes(expected)) problems.push(`robots.txt ne déclare pas « Sitemap: ${expected} » (trouvé : ${sitemaps.join(', ') || 'rien'})`);
  for (const s of sitemaps) {
    if (!s.startsWith(site.sitePrefix)) {
      problems.push(`robots.txt : ${s} n’est pas une URL absolue du site`);
      continue;
    }
    const resolved = site.resolvePath(decodeURIComponent(new URL(s).pathname));
    if ('error' in resolved) problems.push(`robots.txt : ${s} ${resolved.error}`);
  }
  return { sitemaps, problems };
}

export function formatProblems(problems: LinkProblem[], limit = 200): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.file}:${p.line} ${p.where} "${p.url}" → ${p.problem}`);
  if (problems.length > limit) lines.push(`  … et ${problems.length - limit} autres`);
  return `${problems.length} problème(s) de liens :\n${lines.join('\n')}`;
}
