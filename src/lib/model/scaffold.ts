/**
 * What `npm run new-plan -- SLUG` writes: a draft plan.md whose every documented key is there,
 * commented, and one empty table (header row only) per CSV table of tables.ts. Pure: the script
 * decides where the files go and refuses to overwrite anything.
 */
import { PLAN_KEYS } from './plan-keys';
import { TABLES, TABLE_NAMES } from './tables';

/** A plan's folder name, as in every URL of the plan: what `listPlanSlugs` and the ids accept. */
export const PLAN_SLUG = /^[a-z0-9][a-z0-9-]*$/;

export interface ScaffoldFile {
  /** Path relative to the content or data root: `<slug>/plan.md`, `<slug>/actions.csv`. */
  path: string;
  root: 'content' | 'data';
  text: string;
}

/** The new plan's plan.md: required keys with placeholders, `draft: true`, the others commented. */
export function scaffoldPlanMd(slug: string): string {
  const lines = [
    '---',
    '# Plan créé par « npm run new-plan ». Remplacez les textes « à compléter », décommentez les clés',
    '# utiles (retirez « # » en début de ligne), puis lancez « npm run check ».',
    '# Tant que « draft: true » est là, le plan ne se voit qu’avec « npm run dev » : il n’est pas publié.',
    'draft: true',
    `title: "Plan ${slug} (titre à compléter)"`,
    'territory: À compléter',
  ];
  for (const doc of PLAN_KEYS) {
    if (doc.key === 'draft' || doc.required) continue;
    lines.push('', `# ${doc.key} : ${doc.help}`, ...doc.example.map((l) => `# ${l}`));
  }
  lines.push('---', '', '## Ce plan', '', 'Présentation à rédiger : ce que couvre le plan, ce qui est publié, ce qui manque dans la source.', '');
  return lines.join('\n');
}

/** Every file of a new plan. */
export function scaffoldPlan(slug: string): ScaffoldFile[] {
  return [
    { root: 'content', path: `${slug}/plan.md`, text: scaffoldPlanMd(slug) },
    ...TABLE_NAMES.map((name): ScaffoldFile => ({ root: 'data', path: `${slug}/${TABLES[name].file}`, text: `${TABLES[name].fields.map((f) => f.name).join(',')}\n` })),
  ];
}
