import type { PlanIndex } from '../../lib/model/queries';

/**
 * The plan of the page an MDX fiche is rendered on: the action page puts it in `Astro.locals`
 * before rendering the fiche, so that the fiche's components need no attribute but their id.
 */
export function planOfPage(locals: App.Locals, component: string): PlanIndex {
  // A build error for the fiche's author, in French like every content message.
  if (!locals.planIndex) throw new Error(`<${component}> n'est permis que dans une fiche action (content/<plan>/actions/*.mdx)`);
  return locals.planIndex;
}
