// The meta of a page in another language than the plan's: its words when the plan translates
// them, else the original marked with its language, for the search result line.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../../src/lib/model/load';
import { indexPlan } from '../../../src/lib/model/queries';
import { actionSearchData, nodeSearchData, searchAttributes } from '../../../src/lib/search/attributes';

const root = (dir: string) => fileURLToPath(new URL(`../../../${dir}`, import.meta.url));
const { plans } = loadPlans({ content: root('content'), data: root('data') });
const indexOf = (slug: string) => indexPlan(plans.find((p) => p.meta.slug === slug)!);
const metaOf = (fields: ReturnType<typeof searchAttributes>['fields']) =>
  Object.fromEntries(fields.filter((f) => 'data-pagefind-meta' in f).map((f) => [f['data-pagefind-meta'].replace('[data-value]', ''), f['data-value']]));

describe('search meta in the page language', () => {
  const exemple = indexOf('exemple');
  const cycling = exemple.actions.get('reseau-cyclable')!;

  it('a translated action: its Dutch title and axis, no language mark', () => {
    const meta = metaOf(searchAttributes(actionSearchData(exemple, cycling, 'nl')).fields);
    expect(meta.title).toBe('1.1.1 Een doorlopend fietsnetwerk aanleggen tussen de vier gemeenten');
    expect(meta.titleLang).toBeUndefined();
    expect(meta.axis).not.toMatch(/Se déplacer/);
    expect(meta.axis).toMatch(/^[^ ]+ 1: /);
    expect(meta.axisLang).toBeUndefined();
  });

  it('the French page of the same action is as before: the original, unmarked', () => {
    const meta = metaOf(searchAttributes(actionSearchData(exemple, cycling, 'fr')).fields);
    expect(meta.title).toBe('1.1.1 Aménager un réseau cyclable continu entre les quatre communes');
    expect(meta.axis).toBe('Axe 1 : Se déplacer autrement');
    expect(meta.titleLang).toBeUndefined();
  });

  it('a plan without Dutch texts (Bruxelles): the French title and axis, marked fr', () => {
    const bruxelles = indexOf('bruxelles');
    const action = bruxelles.plan.actions[0];
    const meta = metaOf(searchAttributes(actionSearchData(bruxelles, action, 'nl')).fields);
    expect(meta.title).toContain(action.title);
    expect(meta.titleLang).toBe('fr');
    expect(meta.axisLang).toBe('fr');
    const node = bruxelles.nodes.get(bruxelles.plan.roots[0])!;
    const nodeMeta = metaOf(searchAttributes(nodeSearchData(bruxelles, node, 'nl')).fields);
    expect(nodeMeta.title).toContain(node.title);
    expect(nodeMeta.titleLang).toBe('fr');
  });
});
