/**
 * The one place pages get their data from: each collection is read once per build, then passed
 * down (never `getCollection` per page in a loop).
 *
 * Plans are listed by their metadata; a page that reads a plan's tables asks for its index by
 * slug (`planIndex`), made from the packed plan (lib/model/packed) and kept for the last few plans
 * asked for. A build goes through the plans one after the other, route by route, so a thousand
 * plans never need to be whole at once. Pages pass slugs and ids in their props, never the plan's
 * objects: Astro keeps every route's props until the end of the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexPlan, type PlanIndex } from '../lib/model/queries';
import { unpackPlan, type PackedPlan } from '../lib/model/packed';
import { RecentCache } from '../lib/recent-cache';
import type { Action, PlanMeta } from '../lib/model/types';
import { localFile } from '../lib/i18n/localize';
import type { UiLanguage } from '../lib/i18n/languages';
import { roots } from '../site-config';
import { plansForStubs } from './loaded-plans';
import { dirname, join, relative } from 'node:path';

/** A plan as the catalog lists it: its metadata and size, its tables packed. */
export type CatalogPlan = PackedPlan;

export interface Catalog {
  /** In site order (plan.md's `order`, then slug). */
  plans: CatalogPlan[];
  /** Plans that count in all-plans figures and downloads (fictional plans excluded). */
  publicPlans: CatalogPlan[];
  /** The index of the plan `slug` (made again when it is not one of the last few asked for). */
  planIndex(slug: string): PlanIndex;
  /**
   * Rendered Markdown by file path relative to the project root: plan.md and its translations
   * `plan.<lang>.md`, and Markdown fiches with theirs.
   */
  texts: Map<string, CollectionEntry<'texts'>>;
}

/** A rendered text for a reader: its entry and the language it is written in. */
export interface LocalEntry {
  entry: CollectionEntry<'texts'>;
  lang: UiLanguage;
}

/** plan.md's body for a reader of `language`: `plan.<language>.md` when the plan has it, else plan.md's. */
export function planTextFor({ texts }: Catalog, meta: PlanMeta, language: UiLanguage): LocalEntry | undefined {
  const translations = Object.fromEntries(
    meta.languages.map((lang) => [lang, join(dirname(meta.file), `plan.${lang}.md`)]).filter(([, file]) => texts.has(file)),
  );
  const local = localFile(meta.file, translations, language, meta.languages[0]);
  const entry = local && texts.get(local.file);
  return entry && { entry, lang: local.lang };
}

/**
 * An action's fiche for a reader: a Markdown entry (rendered when the collection was loaded), or
 * an `.mdx` file, which is no collection entry: the page lays it out from its tree
 * (page-data/mdx-fiche.ts) instead of the build compiling it to a JavaScript module.
 */
export type LocalFiche = (LocalEntry & { mdx?: undefined }) | { mdx: string; lang: UiLanguage; entry?: undefined };

/** An action's fiche for a reader of `language`: its translation when the plan has one, else the original. */
export function ficheFor({ texts }: Catalog, action: Action, meta: PlanMeta, language: UiLanguage): LocalFiche | undefined {
  const local = localFile(action.fiche, action.ficheTranslations, language, meta.languages[0]);
  if (!local) return undefined;
  // The plan loader read the file (lib/model): it exists.
  if (local.file.endsWith('.mdx')) return { mdx: local.file, lang: local.lang };
  const entry = texts.get(local.file);
  return entry && { entry, lang: local.lang };
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
  const [planEntries, texts] = await Promise.all([getCollection('plans'), getCollection('texts')]);
  const plans = plansForStubs(planEntries.map((e) => e.data), roots).slice().sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  const norm = (p: string | undefined) => (p ? relative(process.cwd(), p) || p : '');
  const bySlug = new Map(plans.map((p) => [p.meta.slug, p]));
  // Four: pages are rendered several at a time (astro.config.mjs), so the pages in progress may
  // belong to consecutive plans; each route goes through the plans in this order.
  const indexes = new RecentCache<string, PlanIndex>(4);
  return {
    plans,
    publicPlans: plans.filter((p) => !p.meta.fictional),
    planIndex: (slug) =>
      indexes.get(slug, () => {
        const packed = bySlug.get(slug);
        if (!packed) throw new Error(`plan inconnu du catalogue : ${slug}`);
        return indexPlan(unpackPlan(packed));
      }),
    texts: new Map(texts.map((t) => [norm(t.filePath), t])),
  };
}
