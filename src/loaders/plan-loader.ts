import type { Loader } from 'astro/loaders';
import { formatIssue, ContentError } from '../lib/model/issues';
import { loadPlans } from '../lib/model/load';
import type { Roots } from '../lib/model/read';

/**
 * Loads every plan (plan.md, fiches' frontmatter, CSV tables) through `lib/model`, one entry per
 * plan. Any content error stops the build with the full list as `file:line: field: message`.
 */
export function planLoader(roots: Roots): Loader {
  return {
    name: 'plan-loader',
    load: async ({ store, logger, watcher, parseData }) => {
      const run = async () => {
        const { plans, issues } = loadPlans(roots);
        for (const issue of issues.filter((i) => i.severity === 'warning')) logger.warn(formatIssue(issue));
        if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
        store.clear();
        for (const plan of plans) {
          const data = await parseData({ id: plan.meta.slug, data: plan as unknown as Record<string, unknown> });
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
