// What Pagefind indexed, read back from the bundle it wrote (dist/pagefind/fragment/*.pf_fragment,
// gzipped JSON behind a `pagefind_dcd` signature): a page's index holds what the page says about
// its subject (titles, texts, field values), not the interface around it. Words on every page
// (field labels of absent values, « non renseigné », the parent line, chart ticks, the methodology
// paragraph) would match every page and rank nothing, and they cost Pagefind memory per page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { messages, type UiLanguage } from '../../src/lib/i18n';
import { readSourcePlans } from '../helpers/sources';
import { DIST, requireDist } from '../helpers/site';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';
let fragments: Fragment[] = [];

function readFragment(file: string): Fragment {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  expect(text.startsWith(SIGNATURE), file).toBe(true);
  return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
}

/** The interface language of an indexed page, from its URL (`/nl/…`, `/en/…`, else the default). */
function languageOf(url: string): UiLanguage {
  const first = url.split('/')[1];
  return first === 'nl' || first === 'en' ? first : 'fr';
}

/** Any run of white space (Pagefind keeps no-break spaces) as one space. */
const spaced = (s: string) => s.replace(/\s+/gu, ' ');

const kind = (pattern: RegExp) => fragments.filter((f) => pattern.test(f.url));

beforeAll(() => {
  requireDist();
  const folder = join(DIST, 'pagefind', 'fragment');
  fragments = readdirSync(folder).filter((f) => f.endsWith('.pf_fragment')).map((f) => readFragment(join(folder, f)));
});

describe('search index content', () => {
  test('action pages index their title and field values, not the interface around them', () => {
    const actions = kind(/\/actions\/[^/]+\/$/u);
    expect(actions.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const f of actions) {
      const t = messages(languageOf(f.url));
      if (!spaced(f.content).includes(spaced(f.meta.title.replace(/^\S+\s/u, '')))) problems.push(`${f.url} : titre absent`);
      // Headings are followed by Pagefind's « . » (« La fiche d'origine… » may be a plan's own text).
      for (const word of [t.action.notGiven, t.action.attachedTo, `${t.action.fiche}. `, `${t.action.related}. `]) {
        if (f.content.includes(word)) problems.push(`${f.url} : « ${word} » indexé`);
      }
      if (f.content.includes(t.status.planWording.before.trim())) problems.push(`${f.url} : libellé du plan indexé`);
    }
    expect(problems).toEqual([]);
  });

  test('the pilot of an action is in its index, with its label', () => {
    const exemple = readSourcePlans().find((p) => p.slug === 'exemple')!;
    const withPilot = exemple.tables['actions.csv'].filter((a) => a.pilot);
    expect(withPilot.length).toBeGreaterThan(3);
    const t = messages('fr');
    for (const action of withPilot) {
      const f = fragments.find((x) => x.url === `/exemple/actions/${action.id}/`);
      expect(f, action.id).toBeDefined();
      expect(f!.content).toContain(`${t.action.fields.pilot} ${action.pilot}`);
    }
  });

  test('indicator pages index their name and description, not the chart or how it is read', () => {
    const indicators = kind(/\/indicateurs\/[^/]+\/$/u);
    expect(indicators.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const f of indicators) {
      const page = messages(languageOf(f.url)).indicators.page;
      if (!spaced(f.content).includes(spaced(f.meta.title))) problems.push(`${f.url} : nom absent`);
      for (const word of [page.howRead, `${page.trajectory}. `]) if (f.content.includes(word)) problems.push(`${f.url} : « ${word} » indexé`);
    }
    expect(problems).toEqual([]);
  });
});
