import type { chrome as source } from '../fr/chrome';

export const chrome: typeof source = {
  skipLink: 'Naar de inhoud',
  nav: {
    label: 'Hoofdnavigatie',
    portal: 'Plannen',
    explorer: 'Acties verkennen',
    search: 'Zoeken',
    data: 'Gegevens',
    about: 'Over deze site',
  },
  searchForm: { label: 'Zoeken in de plannen', placeholder: 'fiets, verwarming…', submit: 'Zoeken' },
  breadcrumbs: 'Kruimelpad',
  languages: { label: 'Taal', current: 'huidige taal' },
  feedTitle: (name: string) => `Opvolging: ${name}`,
  siteFeedTitle: (site: string) => `Opvolging van de plannen: ${site}`,
  draftBanner: 'Ontwerp: dit plan is alleen zichtbaar in de lokale voorvertoning (npm run dev); verwijder « draft: true » uit zijn plan.md om het te publiceren.',
  fictionalBanner: 'Fictief plan: dit voorbeeldplan toont wat de site kan; de cijfers zijn verzonnen.',
  footer: {
    licence: 'Gegevens gepubliceerd onder open licentie, tenzij anders vermeld.',
    accessibility: 'Toegankelijkheid: niet conform',
    legal: 'Juridische kennisgeving',
    about: 'Over deze site en de methode',
    sitemap: 'Sitemap (XML)',
  },
};
