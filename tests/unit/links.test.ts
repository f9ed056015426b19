// The link checker itself, on a hand-made dist/ (tests/fixtures/links): valid links pass, and each
// kind of broken link is reported, so tests/build/links.test.ts cannot pass vacuously.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkLinks, checkRobots, checkSitemap, pageUrlOf, splitSrcset } from '../helpers/links';
import { elementsWithText, tokenize, startTags } from '../helpers/html';

const fixture = fileURLToPath(new URL('../fixtures/links/', import.meta.url));
const options = { distDir: fixture, base: '/plan-climat/', site: 'https://example.org' };

describe('link checker', () => {
  const report = checkLinks(options);
  const problems = report.problems.map((p) => `${p.file} ${p.url} → ${p.problem}`);

  test('accepts the valid pages', () => {
    const valid = ['index.html', 'page/index.html', 'style.css'];
    expect(problems.filter((p) => valid.some((f) => p.startsWith(`${f} `)))).toEqual([]);
    expect(report.pages).toBe(4);
    expect(report.cssFiles).toBe(1);
    // index.html: canonical, og:url, stylesheet, icon, 4 <a>, img src + 2 srcset, form; page/: css, 2 <a>;
    // 404: css + 1 absolute <a>; style.css: 2 url(); casse/: img.svg from srcset and the two pages whose
    // anchor is missing (the page exists, the fragment check fails).
    expect(report.internalChecked).toBe(23);
    expect(report.fragmentsChecked).toBeGreaterThanOrEqual(5);
  });

  test('lists external links and other schemes', () => {
    expect(report.external.map((e) => e.url).sort()).toEqual(['https://cdn.example.com/x.js', 'https://www.ecologie.gouv.fr/']);
    expect(report.otherSchemes.map((e) => e.url)).toEqual(['mailto:contact@example.org']);
  });

  test('reports every broken link, and only those', () => {
    expect(problems.sort()).toEqual(
      [
        '404.html page/ → URL relative dans une page servie à n’importe quelle adresse (404.html) : utiliser un chemin absolu',
        'casse/index.html https://cdn.example.com/x.js → ressource externe (seuls les liens <a href> peuvent sortir du site)',
        'casse/index.html /plan-climat/absent/ → cible absente de dist/ (absent/index.html)',
        'casse/index.html /autre/ → lien interne sans le préfixe /plan-climat/',
        'casse/index.html /plan-climat/page/#inexistante → ancre #inexistante absente de page/index.html',
        'casse/index.html /plan-climat/page → désigne un dossier sans la barre oblique finale (utiliser /plan-climat/page/)',
        'casse/index.html javascript:alert(1) → URL javascript: interdite',
        'casse/index.html /plan-climat/manque.svg → cible absente de dist/ (manque.svg)',
        'casse/index.html #nulle-part → ancre #nulle-part absente de casse/index.html',
      ].sort(),
    );
  });

  test('gives the line of each problem', () => {
    const p = report.problems.find((x) => x.url === '/autre/');
    expect(p?.line).toBe(11);
  });

  test('sitemap: valid one passes, broken one is reported', () => {
    const good = checkSitemap(options);
    expect(good.problems).toEqual([]);
    expect(good.urls).toEqual(['https://example.org/plan-climat/', 'https://example.org/plan-climat/page/']);
    expect(good.pagesNotListed).toEqual(['casse/index.html']);
    const bad = checkSitemap(options, 'sitemap-casse.xml');
    expect(bad.problems).toEqual([
      'sitemap-casse.xml : https://example.org/plan-climat/absent/ cible absente de dist/ (absent/index.html)',
      'sitemap-casse.xml : https://example.org/ailleurs/ ne commence pas par https://example.org/plan-climat/',
    ]);
    expect(checkSitemap(options, 'absent.xml').problems).toContain('absent.xml absent de dist/');
  });

  test('robots.txt must declare the sitemap', () => {
    expect(checkRobots(options)).toEqual({ sitemaps: ['https://example.org/plan-climat/sitemap.xml'], problems: [] });
    expect(checkRobots(options, 'sitemap-casse.xml').problems).toHaveLength(1);
  });
});

describe('helpers', () => {
  test('page URLs', () => {
    expect(pageUrlOf('index.html', '/b/')).toBe('/b/');
    expect(pageUrlOf('x/y/index.html', '/b/')).toBe('/b/x/y/');
    expect(pageUrlOf('404.html', '/b/')).toBe('/b/404.html');
  });

  test('srcset parsing', () => {
    expect(splitSrcset('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(splitSrcset('a,b.png 100w,c.png 200w')).toEqual(['a,b.png', 'c.png']);
    expect(splitSrcset('a.png,b.png')).toEqual(['a.png,b.png']);
    expect(splitSrcset(' a.png, b.png ')).toEqual(['a.png', 'b.png']);
  });

  test('tokenizer: quoted >, entities, raw text, link text', () => {
    const tokens = tokenize(
      '<p title="a > b" data-x=\'1\' hidden>x &amp; y</p><script>if (a<b) {}</script><footer><a href="/a/">Accessibilité : <strong>non&nbsp;conforme</strong></a></footer>',
    );
    const p = startTags(tokens, 'p')[0]!;
    expect(p.attrs.get('title')).toBe('a > b');
    expect(p.attrs.get('data-x')).toBe('1');
    expect(p.attrs.has('hidden')).toBe(true);
    expect(tokens.find((t) => t.type === 'text' && t.rawOf === 'script')).toMatchObject({ text: 'if (a<b) {}' });
    expect(elementsWithText(tokens, 'a', 'footer').map((a) => a.text)).toEqual(['Accessibilité : non conforme']); // whitespace, nbsp included, collapsed
  });
});
