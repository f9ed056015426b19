import type { chrome as source } from '../fr/chrome';

export const chrome: typeof source = {
  skipLink: 'Skip to content',
  nav: {
    label: 'Main navigation',
    portal: 'Plans',
    explorer: 'Explore actions',
    search: 'Search',
    data: 'Data',
    about: 'About',
  },
  searchForm: { label: 'Search the plans', placeholder: 'cycling, heating…', submit: 'Search' },
  breadcrumbs: 'Breadcrumb',
  languages: { label: 'Language', current: 'current language' },
  feedTitle: (name: string) => `Progress: ${name}`,
  siteFeedTitle: (site: string) => `Progress of the plans: ${site}`,
  draftBanner: 'Draft: this plan is only visible in the local preview (npm run dev); remove « draft: true » from its plan.md to publish it.',
  fictionalBanner: 'Fictional plan: this example plan shows what the site can do; its figures are made up.',
  footer: {
    licence: 'Data published under an open licence unless stated otherwise.',
    accessibility: 'Accessibility: not compliant',
    legal: 'Legal notice',
    about: 'About and method',
    sitemap: 'Site map (XML)',
  },
};
