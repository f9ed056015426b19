/**
 * The plans travel from the content loader to the pages outside Astro's content store, packed: the
 * pages get the very plans the loader validated when the stubs name that load, and otherwise load
 * and validate them again, so a page never renders an unchecked plan.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';
import { unpackPlan } from '../../../src/lib/model/packed';
import { plansForStubs, publishPlans, type PlanStub } from '../../../src/page-data/loaded-plans';

const dir = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const bundled = { content: dir('content'), data: dir('data') };
const broken = { content: dir('tests/fixtures/broken/unknown-status/content'), data: dir('tests/fixtures/broken/unknown-status/data') };

const { plans } = loadPlans(bundled);
const stubsOf = (run: string): PlanStub[] => plans.map((p) => ({ slug: p.meta.slug, run }));

describe('plansForStubs', () => {
  it('hands over the published plans themselves when every stub names the current load', () => {
    const run = publishPlans(plans);
    const got = plansForStubs(stubsOf(run), bundled);
    // The same packed plans on every call (the pages share one load), equal to the loader's.
    expect(plansForStubs(stubsOf(run), bundled)).toBe(got);
    expect(got.map(unpackPlan)).toStrictEqual(plans);
    expect(got.map((p) => p.actionCount)).toEqual(plans.map((p) => p.actions.length));
  });

  it.each([
    ['an older load', () => stubsOf('an-older-load')],
    ['two loads at once', (run: string) => stubsOf(run).map((s, i) => (i === 0 ? { ...s, run: 'other' } : s))],
    ['fewer plans than published', (run: string) => stubsOf(run).slice(1)],
  ])('loads the plans again when the stubs name %s', (_, stubs) => {
    const run = publishPlans(plans);
    const published = plansForStubs(stubsOf(run), bundled);
    const got = plansForStubs(stubs(run), bundled);
    expect(got).not.toBe(published);
    // A fresh load gives back the plans the stubs name, never more (a build's stubs hold no draft).
    expect(got.map((p) => p.meta.slug)).toEqual(stubs(run).map((s) => s.slug));
  });

  it('stops with the content errors when loading again finds some', () => {
    publishPlans(plans);
    expect(() => plansForStubs([{ slug: 't', run: 'stale' }], broken)).toThrow(ContentError);
    expect(() => plansForStubs([{ slug: 't', run: 'stale' }], broken)).toThrow(/actions\.csv:\d+: /);
  });
});
