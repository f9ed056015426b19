import type { Loader, LoaderContext } from 'astro/loaders';
import { formatIssue, ContentError } from '../lib/model/issues';
import { setLiveContentError } from '../lib/model/live-errors';
import { loadPlans } from '../lib/model/load';
import { draftPlanSlugs, plansToShow } from '../lib/model/publish';
import type { Roots } from '../lib/model/read';
import { publishPlans, type PlanStub } from '../page-data/loaded-plans';

/** Astro hands a file watcher to loaders only in `astro dev`: the preview that shows drafts. */
const isPreview = (context: LoaderContext) => context.watcher !== undefined;

/**
 * Loads every plan (plan.md, fiches' frontmatter, CSV tables) through `lib/model`, one entry per
 * plan. Draft plans are stored only in `astro dev` (see lib/model/publish.ts): a build never sees
 * them, so no page or export can include one.
 *
 * A build stops on any content error with the full list as `file:line: field: message`. In
 * `astro dev` the same list is logged and handed to the pages (src/middleware.ts shows it in
 * Astro's error overlay) until the files are fixed; a change to the meta store makes Astro reload
 * the browser either way.
 *
 * The store gets one small stub per plan; the plans themselves go to page-data/loaded-plans (see why
 * there), drafts already left out.
 */
export function planLoader(roots: Roots): Loader {
  return {
    name: 'plan-loader',
    load: async (context) => {
      const { store, logger, watcher, parseData, meta } = context;
      const preview = isPreview(context);
      const run = async () => {
        const { plans, issues } = loadPlans(roots);
        for (const issue of issues.filter((i) => i.severity === 'warning')) logger.warn(formatIssue(issue));
        if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
        const shown = plansToShow(plans, { preview });
        const loadId = publishPlans(shown);
        store.clear();
        for (const plan of shown) {
          const stub: PlanStub = { slug: plan.meta.slug, run: loadId };
          const data = await parseData({ id: plan.meta.slug, data: { ...stub } });
          store.set({ id: plan.meta.slug, data });
        }
      };
      if (!watcher) {
        await run();
        return;
      }
      const refresh = async () => {
        try {
          await run();
          setLiveContentError(undefined);
          meta.set('content-errors', '');
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          logger.error(error.message);
          setLiveContentError(error);
          meta.set('content-errors', error.message);
        }
      };
      await refresh();
      watcher.add([roots.content, roots.data]);
      for (const event of ['change', 'add', 'unlink'] as const) {
        watcher.on(event, (path) => {
          if (!path.startsWith(roots.content) && !path.startsWith(roots.data)) return;
          // An unexpected failure (not a content error) is logged: it must not stop the dev server.
          refresh().catch((error: unknown) => logger.error(String(error instanceof Error ? error.message : error)));
        });
      }
    },
  };
}

/**
 * Wraps a loader of plan texts or fiches so that, in a build, the entries of draft plans are
 * dropped with their plan (entry ids start with the plan's folder name).
 */
export function withoutDrafts(loader: Loader, roots: Roots): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (isPreview(context)) return;
      const drafts = draftPlanSlugs(roots);
      for (const id of context.store.keys()) {
        if (drafts.has(id.split('/')[0])) context.store.delete(id);
      }
    },
  };
}
