import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from './frontmatter-file';
import { IssueLog } from './issues';
import { listPlanSlugs, type Roots } from './read';
import type { Plan } from './types';

/**
 * The one place drafts are kept out: the plans a site shows. A preview (`npm run dev`) shows every
 * plan, drafts included (with a banner); a build publishes only the others, so no page, export,
 * index or feed built from the plans can ever include a draft.
 */
export function plansToShow<T extends Pick<Plan, 'meta'>>(plans: T[], { preview }: { preview: boolean }): T[] {
  return preview ? plans : plans.filter((p) => !p.meta.draft);
}

/**
 * Slugs of the plans whose plan.md says `draft: true`, read from their frontmatter alone (for the
 * loaders of plan texts and fiches, which must drop a draft's files too). Problems in those files
 * are the plan loader's to report.
 */
export function draftPlanSlugs(roots: Roots): Set<string> {
  const drafts = new Set<string>();
  for (const slug of listPlanSlugs(roots, new IssueLog())) {
    const text = readFileSync(join(roots.content, slug, 'plan.md'), 'utf8').replace(/^\uFEFF/, '');
    if (readFrontmatter(text, slug, new IssueLog()).data.draft === true) drafts.add(slug);
  }
  return drafts;
}
