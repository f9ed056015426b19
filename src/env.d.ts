declare namespace App {
  interface Locals {
    /** The plan of the action page being rendered, for the components of its MDX fiche (src/components/mdx). */
    planIndex?: import('./lib/model/queries').PlanIndex;
    /** The language of the page being rendered, from its URL (src/middleware.ts). */
    language: import('./lib/i18n').UiLanguage;
    /** The interface texts in that language (src/lib/i18n). */
    t: import('./lib/i18n').Messages;
  }
}
