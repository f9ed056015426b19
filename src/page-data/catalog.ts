/**
 * The one place pages get their data from: each collection is read once per build and indexed,
 * then passed down (never `getCollection` per page in a loop).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexPlan, type PlanIndex } from '../lib/model/queries';
import type { Plan } from '../lib/model/types';
import { roots } from '../site-config';
import { plansForStubs } from './loaded-plans';
import { relative } from 'node:path';

export interface Catalog {
  plans: Plan[];
  /** Plans that count in all-plans figures and downloads (fictional plans excluded). */
  publicPlans: Plan[];
  index: Map<string, PlanIndex>;
  planText: Map<string, CollectionEntry<'planTexts'>>;
  /** Action fiche entries by file path relative to the project root. */
  ficheByFile: Map<string, CollectionEntry<'fiches'>>;
}

let cached: Promise<Catalog> | undefined;
/** The load the cached catalog was built from (dev: the loader reloads on every content change). */
let cachedRun: string | undefined;

export async function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) {
    const run = (await getCollection('plans')).map((e) => e.data.run).join();
    if (run !== cachedRun) cached = undefined;
    cachedRun = run;
  }
  cached ??= build();
  return cached;
}

async function build(): Promise<Catalog> {
  const [planEntries, texts, fiches] = await Promise.all([
    getCollection('plans'),
    getCollection('planTexts'),
    getCollection('fiches'),
  ]);
  const plans = plansForStubs(planEntries.map((e) => e.data), roots).slice().sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  const norm = (p: string | undefined) => (p ? relative(process.cwd(), p) || p : '');
  return {
    plans,
    publicPlans: plans.filter((p) => !p.meta.fictional),
    index: new Map(plans.map((p) => [p.meta.slug, indexPlan(p)])),
    planText: new Map(texts.map((t) => [t.id.split('/')[0], t])),
    ficheByFile: new Map(fiches.map((f) => [norm(f.filePath), f])),
  };
}
