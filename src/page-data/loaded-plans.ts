/**
 * The validated plans of this process, handed from the content loader to the pages without going
 * through Astro's content store, each packed (lib/model/packed): the pages make whole again the
 * plan they read.
 *
 * The store serialises every entry (devalue), writes it into a module that Vite/rolldown bundles as
 * one string literal, then parses it back: for a plan of 10 000 actions that is tens of megabytes
 * held three or four times. So the `plans` collection only holds a stub per plan (its slug and the
 * id of the load that produced it), and the loader publishes the plans themselves here. The loader
 * and the pages run in the same process (Astro prerenders in-process) but not in the same module
 * graph (the pages are a bundle of their own), hence the process-wide registry on `globalThis`.
 *
 * When the stubs name a load this process did not make (a stale store, another process), the pages
 * load the plans again with the same validator, so they never render something unchecked.
 */
import { randomUUID } from 'node:crypto';
import { ContentError } from '../lib/model/issues';
import { loadPlans } from '../lib/model/load';
import type { Roots } from '../lib/model/read';
import { packPlan, type PackedPlan } from '../lib/model/packed';
import type { Plan } from '../lib/model/types';

/** What the `plans` collection stores for each plan. */
export interface PlanStub {
  slug: string;
  /** Id of the load that produced the plan (see publishPlans). */
  run: string;
}

interface Published {
  run: string;
  plans: PackedPlan[];
}

const REGISTRY = Symbol.for('plan-climat.loaded-plans');
type WithRegistry = typeof globalThis & { [REGISTRY]?: Published };

/** Makes `plans` the current load of this process (packed: the objects are not kept) and returns the id the stubs carry. */
export function publishPlans(plans: Plan[]): string {
  const run = randomUUID();
  (globalThis as WithRegistry)[REGISTRY] = { run, plans: plans.map(packPlan) };
  return run;
}

/**
 * The plans the stubs stand for: the published load when the stubs name it, else a fresh load of
 * `roots` (which throws the content errors, as the loader does). Ordered as loadPlans orders them.
 */
export function plansForStubs(stubs: PlanStub[], roots: Roots): PackedPlan[] {
  const published = (globalThis as WithRegistry)[REGISTRY];
  const runs = new Set(stubs.map((s) => s.run));
  if (published && runs.size === 1 && runs.has(published.run) && stubs.length === published.plans.length) {
    return published.plans;
  }
  const { plans, issues } = loadPlans(roots);
  if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
  // Only the plans the store holds: a build's store never holds a draft (lib/model/publish.ts).
  const stored = new Set(stubs.map((s) => s.slug));
  return plans.filter((p) => stored.has(p.meta.slug)).map(packPlan);
}
