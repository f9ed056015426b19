import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { planLoader, withoutDrafts } from './loaders/plan-loader';
import { roots } from './site-config';

// The plan model is validated field by field in lib/model (with file:line messages); the store
// only holds a stub per plan, the pages get the plans from page-data/loaded-plans.
const plans = defineCollection({
  loader: planLoader(roots),
  schema: z.object({ slug: z.string(), run: z.string() }),
});

// Rendered bodies of plan presentations and action fiches, with their translations
// (`plan.nl.md`, `actions/<id>.nl.md`; a draft plan's only in `astro dev`), in one collection:
// every plan has a plan.md, so it is never empty. A collection of fiches alone was empty for a
// plan without Markdown fiches (imported from a spreadsheet, or fiches all in MDX), and Astro then
// warned « The collection "fiches" does not exist or is empty » on every build.
// Their frontmatter is validated by lib/model (strict keys, line numbers), so the schema accepts
// any object. Entry ids are the paths without extension, so a translation never shares its
// original's id.
// Only `.md` fiches: an `.mdx` fiche is laid out from its tree by its page (page-data/mdx-fiche.ts),
// never compiled to a JavaScript module (one module per fiche made Vite the build's bottleneck).
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');
const texts = defineCollection({
  loader: withoutDrafts(glob({ base: roots.content, pattern: ['*/plan.md', '*/plan.*.md', '*/actions/*.md'], generateId: pathId }), roots),
  schema: z.looseObject({}),
});

export const collections = { plans, texts };
