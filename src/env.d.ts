declare namespace App {
  interface Locals {
    /** The plan of the action page being rendered, for the components of its MDX fiche (src/components/mdx). */
    planIndex?: import('./lib/model/queries').PlanIndex;
  }
}
