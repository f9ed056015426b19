import type { Loader } from 'astro/loaders';
import { formatIssue, ContentError } from '../lib/model/issues';
import { loadPlans } from '../lib/model/load';
import type { Roots } from '../lib/model/read';
import { publishPlans, type PlanStub } from '../utils/loaded-plans';

/**
 * Loads every plan (plan.md, fiches' frontmatter, CSV tables) through `lib/model`. Any content error
 * stops the build with the full list as `file:line: field: message`. The store gets one small stub
 * per plan; the plans themselves go to utils/loaded-plans (see why there).
 */
export function planLoader(roots: Roots): Loader {
  return {
    name: 'plan-loader',
    load: async ({ store, logger, watcher, parseData }) => {
      const run = async () => {
        const { plans, issues } = loadPlans(roots);
        for (const issue of issues.filter((i) => i.severity === 'warning')) logger.warn(formatIssue(issue));
        if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
        const run = publishPlans(plans);
        store.clear();
        for (const plan of plans) {
          const stub: PlanStub = { slug: plan.meta.slug, run };
          const data = await parseData({ id: plan.meta.slug, data: { ...stub } });
          store.set({ id: plan.meta.slug, data });
        }
      };
      await run();
      watcher?.add([roots.content, roots.data]);
      watcher?.on('change', async (path) => {
        if (path.startsWith(roots.content) || path.startsWith(roots.data)) {
          try {
            await run();
          } catch (error) {
            logger.error(String((error as Error).message));
          }
        }
      });
    },
  };
}
