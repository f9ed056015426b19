/**
 * Interface text: the site's own pages (portal, lists of plans, about, accessibility, legal
 * notice, page not found). Counting functions take the number (for the plural) and its
 * formatted text (lib/format, the page's locale).
 */
export const site = {
  portal: { heading: 'Les plans publiés' },
  lists: {
    all: 'Tous les plans',
    ofKind: (kind: string) => `Plans de type « ${kind} »`,
    ofLetter: (letter: string) => `Territoires en « ${letter} »`,
    page: (page: string, pageCount: string) => `page ${page} sur ${pageCount}`,
    description: (list: string) => `${list} publiés sur ce site.`,
    count: (n: number, shown: string) => `${shown} plan${n > 1 ? 's' : ''}`,
    range: (first: string, last: string) => `, n° ${first} à ${last} ci-dessous`,
    seeAll: 'Voir tous les plans',
    byKind: 'Par type de plan',
    byLetter: 'Par initiale du territoire',
    noKind: 'Type non précisé',
    otherLetters: 'Autres',
  },
  cards: {
    fictional: 'Plan fictif',
    fictionalNote: '(exemple, chiffres inventés)',
    kind: 'Type',
    period: 'Période',
  },
  about: {
    title: 'À propos et méthode',
    lead: "Ce site publie des plans climat de collectivités sous une forme lisible et réutilisable : chaque action a sa page, son état d'avancement et ses sources.",
    sourcesHeading: "D'où viennent les données",
    sourcesFiles:
      "Chaque plan est tenu dans des fichiers texte : une présentation et des fiches en Markdown, des tableaux CSV pour l'arborescence, les actions, les sous-actions, les partenaires, les indicateurs et le suivi. Le site est reconstruit à partir de ces fichiers à chaque modification ; rien n'est saisi ailleurs.",
    sourcesDocuments:
      'Les plans publiés ici proviennent de documents officiels (PDF, tableurs) dont le texte a été repris fidèlement. Chaque action indique sa source (document et lignes) en bas de sa page.',
    fictional: ' (plan fictif)',
    after: ", d'après ",
    valuesHeading: 'Valeurs telles que publiées, et leur lecture',
    valuesIntro:
      "Les collectivités écrivent les dates, budgets et états à leur manière (« été 2019 », « 17 à 27 M€ », « Complété »). Le site garde toujours le texte d'origine et l'affiche à côté de sa lecture :",
    dates: 'les dates gardent leur précision : une année, une saison, un mois ou un jour ;',
    budgets:
      'les budgets sont lus comme un montant, une fourchette (minimum et maximum) ou une somme de montants ; hors taxes et toutes taxes comprises ne sont jamais additionnés ; un texte sans montant reste un texte ;',
    statuses: (list: string) =>
      `les états d'avancement sont rapprochés d'une liste commune : ${list}. Quand le document ne donne pas d'état, l'action est « non renseignée » : rien n'est deviné.`,
    nothingInvented:
      "Aucun résultat d'indicateur n'est inventé. Un plan fictif, signalé comme tel sur chacune de ses pages, sert à montrer les possibilités du site ; il n'entre dans aucun total.",
    languagesHeading: 'Langues',
    languages:
      "L'interface du site existe en plusieurs langues. Les textes d'un plan restent dans la langue où la collectivité les a publiés, sauf quand elle en fournit elle-même une traduction : rien n'est traduit automatiquement.",
    softwareHeading: 'Le logiciel',
    software:
      "Le site est un ensemble de pages statiques, sans cookie ni service tiers, que l'on peut héberger n'importe où. Il est construit avec Astro à partir du dépôt de la collectivité ; son code est libre.",
  },
  accessibility: {
    title: "Déclaration d'accessibilité",
    commitment: (publisher: string) =>
      `${publisher} s'engage à rendre ce site accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.`,
    scope: (site: string) => `Cette déclaration d'accessibilité s'applique au site « ${site} ».`,
    statusHeading: 'État de conformité',
    statusBefore: 'Ce site est ',
    statusWord: 'non conforme',
    statusAfter:
      " avec le référentiel général d'amélioration de l'accessibilité (RGAA) version 4.1 : aucun audit de conformité n'a encore été réalisé.",
    checkedHeading: 'Ce qui est vérifié',
    checked:
      "À chaque modification, des tests automatiques ouvrent chaque type de page dans un vrai navigateur et vérifient l'absence d'erreur détectable automatiquement (règles WCAG 2.1 niveaux A et AA). Ces tests ne remplacent pas un audit : ils ne détectent qu'une partie des problèmes possibles.",
    checks: {
      keyboard: "navigation possible au clavier, avec un lien d'évitement vers le contenu et un focus visible ;",
      structure: 'structure de titres, repères de navigation et tableaux avec en-têtes ;',
      contrast: "contrastes de couleurs de niveau AA ; l'état d'avancement n'est jamais indiqué par la seule couleur ;",
      smallScreens: 'pages utilisables sur un écran de 320 pixels de large et imprimables.',
    },
    /** Before the contact address. */
    colon: ' : ',
    contactHeading: "Retour d'information et contact",
    contactBefore: "Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter l'éditeur du site",
    contactAfter: ' pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.',
    remedyHeading: 'Voies de recours',
    remedyBefore:
      "Si vous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu et n'avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur des droits (",
    remedyLink: 'formulaire en ligne',
    remedyAfter:
      '), contacter son délégué dans votre région, ou écrire par courrier gratuit, sans timbre, à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
  },
  legal: {
    title: 'Mentions légales',
    publisher: 'Éditeur',
    host: 'Hébergement',
    privacyHeading: 'Données personnelles et cookies',
    privacy:
      "Ce site ne dépose aucun cookie, n'utilise aucun outil de mesure d'audience et ne fait appel à aucun service tiers : votre navigateur ne contacte que ce site. Les plans publiés ne nomment que des services et des organisations, jamais des personnes.",
    reuseHeading: 'Réutilisation des contenus',
    reuse:
      "Les données des plans sont publiées sous la licence indiquée sur la page de chaque plan (par défaut la Licence Ouverte 2.0 d'Etalab) : vous pouvez les copier, les modifier et les rediffuser, y compris à des fins commerciales, en citant la source et la date de mise à jour.",
  },
  notFound: {
    title: 'Page introuvable',
    textBefore: "La page demandée n'existe pas ou a été déplacée. Vérifiez l'adresse, ou repartez de la ",
    link: 'liste des plans',
    textAfter: '.',
    search: 'Vous cherchez une action ? Utilisez le formulaire de recherche en haut de la page.',
  },
};
