import { assemblePlan } from './assemble';
import { IssueLog, type ContentIssue } from './issues';
import { listPlanSlugs, readPlanSource, type Roots } from './read';
import type { Plan } from './types';

export interface LoadResult {
  plans: Plan[];
  issues: ContentIssue[];
}

/**
 * Reads, validates and links every plan under the content and data roots. Never throws on bad
 * content: every problem is returned in `issues`, so a build or `npm run check` can list them all.
 * Plans are ordered by their `order` key, then slug.
 */
export function loadPlans(roots: Roots): LoadResult {
  const log = new IssueLog();
  const plans: Plan[] = [];
  const slugs = listPlanSlugs(roots, log);
  if (slugs.length === 0) {
    log.error(roots.content, 0, '-', 'aucun plan trouvé (un plan est un dossier contenant plan.md)');
  }
  for (const slug of slugs) {
    const plan = assemblePlan(readPlanSource(roots, slug, log), log);
    if (plan) plans.push(plan);
  }
  plans.sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  return { plans, issues: log.issues };
}
