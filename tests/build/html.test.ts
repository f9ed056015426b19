// Static checks on every HTML page of dist/: structure, language, and a CSP that the page obeys
// (no 'unsafe-inline' scripts, no inline style attributes, inline scripts/styles only by hash).
import { messages, type UiLanguage } from '../../src/lib/i18n';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { elementsWithText, listFiles, parseCsp, startTags, tokenize, type StartTag, type Token } from '../helpers/html';
import { pageUrlOf } from '../helpers/links';
import { readSourcePlans } from '../helpers/sources';
import { BASE, DIST, SITE, requireDist } from '../helpers/site';

interface Page {
  file: string;
  source: string;
  tokens: Token[];
  tags: StartTag[];
}
let pages: Page[] = [];

beforeAll(() => {
  requireDist();
  pages = listFiles(DIST, ['.html']).map((file) => {
    const source = readFileSync(join(DIST, file), 'utf8');
    const tokens = tokenize(source);
    return { file, source, tokens, tags: startTags(tokens) };
  });
});

/** Runs `check` on every page; fails listing every page whose check returned problems. */
function everyPage(check: (page: Page) => string[] | string | undefined) {
  expect(pages.length).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const page of pages) {
    const result = check(page);
    const problems = result === undefined ? [] : Array.isArray(result) ? result : [result];
    for (const p of problems) failures.push(`${page.file} : ${p}`);
  }
  if (failures.length > 0) {
    const shown = failures.slice(0, 100);
    if (failures.length > shown.length) shown.push(`… et ${failures.length - shown.length} autres`);
    expect.fail(`${failures.length} problème(s) :\n  ${shown.join('\n  ')}`);
  }
}

/** Text of the inline scripts that are JavaScript (data blocks such as JSON-LD are not run, so not subject to CSP). */
function isJavaScript(tag: StartTag): boolean {
  const type = (tag.attrs.get('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
}

function cspOf(page: Page): Map<string, string[]> | undefined {
  const meta = page.tags.find((t) => t.name === 'meta' && (t.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  return meta ? parseCsp(meta.attrs.get('content') ?? '') : undefined;
}

const hashesOf = (content: string) =>
  ['sha256', 'sha384', 'sha512'].map((algo) => `'${algo}-${createHash(algo).update(content, 'utf8').digest('base64')}'`);

/** Inline content of each element `name` (script/style) that has no src, with its start tag. */
function inlineContents(page: Page, name: 'script' | 'style'): { tag: StartTag; content: string }[] {
  const out: { tag: StartTag; content: string }[] = [];
  page.tokens.forEach((t, i) => {
    if (t.type !== 'start' || t.name !== name || t.attrs.has('src')) return;
    const next = page.tokens[i + 1];
    out.push({ tag: t, content: next?.type === 'text' && next.rawOf === name ? next.text : '' });
  });
  return out;
}

/** The language of a page of dist/: its first folder when it is another language of the site. */
function languageOfFile(file: string): UiLanguage {
  const first = file.split('/')[0];
  return first === 'nl' || first === 'en' ? first : 'fr';
}

describe('every HTML page of dist/', () => {
  test('has exactly one <h1>', () => {
    everyPage((p) => {
      const n = p.tags.filter((t) => t.name === 'h1').length;
      return n === 1 ? undefined : `${n} <h1>`;
    });
  });

  test('is in the language of its folder: <html lang="fr">, "nl" under nl/, "en" under en/', () => {
    everyPage((p) => {
      const html = p.tags.filter((t) => t.name === 'html');
      if (html.length !== 1) return `${html.length} <html>`;
      const expected = languageOfFile(p.file);
      return html[0]!.attrs.get('lang') === expected ? undefined : `lang="${html[0]!.attrs.get('lang') ?? ''}" (attendu : ${expected})`;
    });
  });

  test('has a CSP <meta> whose script-src has no unsafe-inline, before any script or style', () => {
    everyPage((p) => {
      const metas = p.tags.filter((t) => t.name === 'meta' && (t.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
      if (metas.length !== 1) return `${metas.length} <meta http-equiv="content-security-policy">`;
      const csp = cspOf(p)!;
      const problems: string[] = [];
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
      if (!scriptSrc) problems.push('CSP sans script-src ni default-src');
      else if (scriptSrc.includes("'unsafe-inline'")) problems.push(`script-src contient 'unsafe-inline' : ${scriptSrc.join(' ')}`);
      const metaIndex = p.tags.indexOf(metas[0]!);
      const head = p.tags.findIndex((t) => t.name === 'body');
      if (head !== -1 && metaIndex > head) problems.push('la CSP <meta> est dans <body> (ignorée par les navigateurs)');
      const before = p.tags
        .slice(0, metaIndex)
        .find((t) => t.name === 'script' || t.name === 'style' || (t.name === 'link' && /stylesheet|preload/.test(t.attrs.get('rel') ?? '')));
      if (before) problems.push(`<${before.name}> avant la CSP <meta> : il n'est pas couvert par la politique`);
      return problems;
    });
  });

  test('has no inline style="" attribute (blocked by the CSP)', () => {
    everyPage((p) => p.tags.filter((t) => t.attrs.has('style')).map((t) => `<${t.name} style="${t.attrs.get('style')}">`));
  });

  test('has no event-handler attribute nor javascript: URL', () => {
    everyPage((p) =>
      p.tags.flatMap((t) =>
        t.attrNames
          .filter((a) => /^on[a-z]+$/.test(a) || (['href', 'src', 'action', 'formaction'].includes(a) && /^\s*javascript:/i.test(t.attrs.get(a) ?? '')))
          .map((a) => `<${t.name} ${a}="${t.attrs.get(a)}">`),
      ),
    );
  });

  test('has no inline <script> unless its hash is in the CSP (same for <style> and style-src)', () => {
    everyPage((p) => {
      const csp = cspOf(p);
      if (!csp) return 'pas de CSP';
      const problems: string[] = [];
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
      for (const { tag, content } of inlineContents(p, 'script')) {
        if (!isJavaScript(tag)) continue;
        if (!hashesOf(content).some((h) => scriptSrc.includes(h))) {
          problems.push(`<script> en ligne dont l'empreinte n'est pas dans script-src : ${content.trim().slice(0, 80)}`);
        }
      }
      const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
      const styleHashOrNonce = styleSrc.some((s) => /^'(sha(256|384|512)|nonce)-/.test(s));
      const styleUnsafeInline = styleSrc.includes("'unsafe-inline'") && !styleHashOrNonce;
      for (const { content } of inlineContents(p, 'style')) {
        if (styleUnsafeInline) continue;
        if (!hashesOf(content).some((h) => styleSrc.includes(h))) {
          problems.push(`<style> en ligne dont l'empreinte n'est pas dans style-src : ${content.trim().slice(0, 80)}`);
        }
      }
      return problems;
    });
  });

  test('has one <main id="contenu"> (target of the skip link)', () => {
    everyPage((p) => {
      const mains = p.tags.filter((t) => t.name === 'main');
      if (mains.length !== 1) return `${mains.length} <main>`;
      return mains[0]!.attrs.get('id') === 'contenu' ? undefined : `<main id="${mains[0]!.attrs.get('id') ?? ''}">`;
    });
  });

  test('of a fictional plan says so inside <main>, first thing after the skip link', () => {
    const fictional = readSourcePlans().filter((s) => s.plan.fictional === true).map((s) => `${s.slug}/`);
    expect(fictional.length).toBeGreaterThan(0);
    everyPage((p) => {
      if (!fictional.some((prefix) => p.file.startsWith(prefix)) || !p.file.endsWith('.html')) return undefined;
      const main = p.source.indexOf('<main');
      const note = p.source.indexOf('class="fictional-banner"');
      if (note < 0) return 'pas de bandeau « Plan fictif »';
      return note > main && note < p.source.indexOf('</main>') ? undefined : 'bandeau « Plan fictif » hors de <main>';
    });
  });

  test('has no duplicate id', () => {
    everyPage((p) => {
      const seen = new Map<string, number>();
      for (const t of p.tags) {
        const id = t.attrs.get('id');
        if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `id="${id}" ×${n}`);
    });
  });

  test('has a footer link to the accessibility page (of its language) saying "non conforme"', () => {
    everyPage((p) => {
      const language = languageOfFile(p.file);
      const target = `${BASE}${language === 'fr' ? '' : `${language}/`}accessibilite/`;
      const base = new URL(p.file === '404.html' ? BASE : pageUrlOf(p.file, BASE), SITE);
      const links = elementsWithText(p.tokens, 'a', 'footer').filter((a) => {
        const h = a.tag.attrs.get('href');
        return h !== undefined && new URL(h, base).pathname === target;
      });
      if (links.length === 0) return `pas de lien vers ${target} dans <footer>`;
      const wording = messages(language).chrome.footer.accessibility;
      return links.some((a) => a.text === wording) ? undefined : `lien d'accessibilité sans « ${wording} » : « ${links[0]!.text} »`;
    });
  });
});
