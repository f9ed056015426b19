import type { site as source } from '../fr/site';

export const site: typeof source = {
  portal: { heading: 'Published plans' },
  lists: {
    all: 'All plans',
    ofKind: (kind: string) => `Plans of type ‘${kind}’`,
    ofLetter: (letter: string) => `Areas under ‘${letter}’`,
    page: (page: string, pageCount: string) => `page ${page} of ${pageCount}`,
    description: (list: string) => `${list} published on this site.`,
    count: (n: number, shown: string) => `${shown} ${n === 1 ? 'plan' : 'plans'}`,
    range: (first: string, last: string) => `, nos. ${first} to ${last} below`,
    seeAll: 'See all plans',
    byKind: 'By type of plan',
    byLetter: 'By initial of the area',
    noKind: 'Type not given',
    otherLetters: 'Others',
  },
  cards: {
    fictional: 'Fictional plan',
    fictionalNote: '(an example with made-up figures)',
    kind: 'Type',
    period: 'Period',
  },
  about: {
    title: 'About and method',
    lead: 'This site publishes local authorities’ climate plans in a form that is easy to read and to reuse: every action has its own page, with its progress and its sources.',
    sourcesHeading: 'Where the data comes from',
    sourcesFiles:
      'Each plan is kept in text files: an overview and fact sheets in Markdown, and CSV tables for the structure, the actions, the sub-actions, the partners, the indicators and the monitoring. The site is rebuilt from these files whenever they change; nothing is entered anywhere else.',
    sourcesDocuments:
      'The plans published here come from official documents (PDFs, spreadsheets) whose text has been copied faithfully. Each action gives its source (document and lines) at the foot of its page.',
    fictional: ' (fictional plan)',
    after: ', based on ',
    valuesHeading: 'Values as published, and how they are read',
    valuesIntro:
      'Local authorities write dates, budgets and progress in their own way (‘été 2019’, ‘17 à 27 M€’, ‘Complété’). The site always keeps the original text and shows it next to its reading:',
    dates: 'dates keep their precision: a year, a season, a month or a day;',
    budgets:
      'budgets are read as an amount, a range (minimum and maximum) or a sum of amounts; amounts before and after tax are never added together; text without an amount stays as text;',
    statuses: (list: string) =>
      `progress is matched to a common list: ${list}. When the document gives no progress, the action is ‘not stated’: nothing is guessed.`,
    nothingInvented:
      'No indicator result is made up. A fictional plan, marked as such on every one of its pages, shows what the site can do; it is left out of every total.',
    languagesHeading: 'Languages',
    languages:
      'The site’s interface is available in several languages. A plan’s texts stay in the language the authority published them in, unless it supplies a translation itself: nothing is machine-translated.',
    softwareHeading: 'The software',
    software:
      'The site is a set of static pages, with no cookies and no third-party services, that can be hosted anywhere. It is built with Astro from the authority’s repository; its code is free software.',
  },
  accessibility: {
    title: 'Accessibility statement',
    commitment: (publisher: string) =>
      `${publisher} is committed to making this site accessible in accordance with article 47 of French law no. 2005-102 of 11 February 2005.`,
    scope: (site: string) => `This accessibility statement applies to the site ‘${site}’.`,
    statusHeading: 'Compliance status',
    statusBefore: 'This site is ',
    statusWord: 'not compliant',
    statusAfter:
      ' with the French accessibility framework RGAA, version 4.1: no compliance audit has been carried out yet.',
    checkedHeading: 'What is checked',
    checked:
      'Whenever the site changes, automated tests open every type of page in a real browser and check that it has no automatically detectable error (WCAG 2.1, levels A and AA). These tests do not replace an audit: they find only some of the possible problems.',
    checks: {
      keyboard: 'keyboard navigation, with a link to skip to the content and a visible focus;',
      structure: 'a structure of headings, navigation landmarks and tables with headers;',
      contrast: 'colour contrast at level AA; progress is never shown by colour alone;',
      smallScreens: 'pages usable on a screen 320 pixels wide, and printable.',
    },
    colon: ': ',
    contactHeading: 'Feedback and contact',
    contactBefore: 'If you cannot reach some content or a service, you can contact the site’s publisher',
    contactAfter: ' to be directed to an accessible alternative or to get the content in another form.',
    remedyHeading: 'Enforcement procedure',
    remedyBefore:
      'If you have reported an accessibility problem that prevents you from reaching some content and have not received a satisfactory reply, you can write to the French Défenseur des droits (',
    remedyLink: 'online form, in French',
    remedyAfter:
      '), contact their delegate in your region, or write free of charge, without a stamp, to: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.',
  },
  legal: {
    title: 'Legal notice',
    publisher: 'Publisher',
    host: 'Hosting',
    privacyHeading: 'Personal data and cookies',
    privacy:
      'This site sets no cookies, uses no audience measurement and calls on no third-party service: your browser contacts this site only. The published plans name only departments and organisations, never individuals.',
    reuseHeading: 'Reusing the content',
    reuse:
      'The plans’ data is published under the licence shown on each plan’s page (by default Etalab’s Licence Ouverte 2.0, an open licence): you may copy, adapt and redistribute it, including for commercial purposes, provided you cite the source and the date it was last updated.',
  },
  notFound: {
    title: 'Page not found',
    textBefore: 'The page you asked for does not exist or has moved. Check the address, or start again from the ',
    link: 'list of plans',
    textAfter: '.',
    search: 'Looking for an action? Use the search form at the top of the page.',
  },
};
