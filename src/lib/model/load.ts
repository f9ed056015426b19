import { assemblePlan } from './assemble';
import { IssueLog, type ContentIssue } from './issues';
import { listPlanSlugs, readPlanSource, type Roots } from './read';
import { checkComponentReferences } from '../trust/references';
import { readSiteSettings } from './site-settings';
import type { Plan } from './types';
import type { FrontmatterFile } from './frontmatter-file';
import { verifyReleases } from '../bilans/verify';

/** Line of a bilan's `id` in plan.md (entries are checked in date order, written in any order). */
function bilanLine(plan: FrontmatterFile, id: string): number {
  const list = plan.data.bilans;
  const index = Array.isArray(list) ? list.findIndex((b) => b && typeof b === 'object' && String((b as { id?: unknown }).id) === id) : -1;
  return index >= 0 ? plan.lineOf(['bilans', index, 'id']) : (plan.keyLines.get('bilans') ?? 1);
}

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
    const source = readPlanSource(roots, slug, log, site.languages);
    const plan = assemblePlan(source, log, site.languages);
    if (!plan) continue;
    // A translated fiche's components are checked like its original's, against the same action.
    const translated = source.ficheTranslations.map((f) => ({ ...f, data: { ...f.data, id: f.data.id ?? f.stem } }));
    checkComponentReferences(plan, [...source.fiches, ...translated], log);
    verifyReleases(roots.data, plan.meta, log, (id) => bilanLine(source.plan, id));
    plans.push(plan);
  }
  plans.sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  return { plans, issues: log.issues };
}
