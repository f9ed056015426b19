import { assemblePlan } from './assemble';
import { IssueLog, type ContentIssue } from './issues';
import { listPlanSlugs, readPlanSource, type Roots } from './read';
import { checkComponentReferences } from '../trust/references';
import { readSiteSettings } from './site-settings';
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
  // site.yml is read again by src/site-config.ts for the pages, with the same function.
  const site = readSiteSettings(roots.content, log);
  const slugs = listPlanSlugs(roots, log);
  if (slugs.length === 0) {
    log.error(roots.content, 0, '-', 'aucun plan trouvé (un plan est un dossier contenant plan.md)');
  }
  for (const slug of slugs) {
    const source = readPlanSource(roots, slug, log);
    const plan = assemblePlan(source, log, site.languages);
    if (!plan) continue;
    checkComponentReferences(plan, source.fiches, log);
    plans.push(plan);
  }
  plans.sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  return { plans, issues: log.issues };
}
