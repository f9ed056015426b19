/** Interface text: the frame of every page (header, navigation, footer, banners). */
export const chrome = {
  skipLink: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    portal: 'Plans',
    explorer: 'Explorer les actions',
    search: 'Recherche',
    data: 'Données',
    about: 'À propos',
  },
  searchForm: { label: 'Rechercher dans les plans', placeholder: 'vélo, chauffage…', submit: 'Rechercher' },
  breadcrumbs: "Fil d'Ariane",
  languages: { label: 'Langue', current: 'langue actuelle' },
  feedTitle: (name: string) => `Suivi : ${name}`,
  siteFeedTitle: (site: string) => `Suivi des plans : ${site}`,
  draftBanner: "Brouillon : ce plan n'est visible qu'en aperçu local (npm run dev) ; retirez « draft: true » de son plan.md pour le publier.",
  fictionalBanner: "Plan fictif : ce plan d'exemple montre les possibilités du site ; ses chiffres sont inventés.",
  footer: {
    licence: 'Données publiées sous licence ouverte, sauf mention contraire.',
    accessibility: 'Accessibilité : non conforme',
    legal: 'Mentions légales',
    about: 'À propos et méthode',
    sitemap: 'Plan du site (XML)',
  },
};
