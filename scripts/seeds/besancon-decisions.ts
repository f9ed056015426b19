/**
 * Reading decisions for Grand Besançon's PCAET, axe 5 « Gouvernance participative »
 * (`seeds/001_2bdebbfaa0063f08.txt`), applied by `besancon.ts`.
 *
 * Everything that is not read mechanically from the seed lives here, each item with the reason for
 * it: which lines are left out and why, the summaries written in our own words, the notes added to
 * a row's `source`, the cross-references. Line numbers are those of the seed file (1 = first line).
 * The derivation refuses to run if a non-blank line of the seed is neither understood nor listed
 * in `EXCLUDED`, and if an excluded line is also published.
 */

/** A group of seed lines deliberately not published. */
export interface Exclusion {
  lines: number[];
  /** What these lines are. */
  what: string;
  /** Why they are not published. */
  why: string;
}

export const EXCLUDED: Exclusion[] = [
  // The document shows the type of each action (atténuation / adaptation / sensibilisation…) as
  // pictograms under this heading; extraction kept the heading and lost the pictograms, so there is
  // nothing to publish. The `climate_issue` column therefore stays absent (= non renseigné).
  {
    lines: [59, 117, 211, 465, 494],
    what: "intertitre « TYPE D'ACTION » sans contenu",
    why: "les pictogrammes qui indiquaient le type d'action ont été perdus à l'extraction",
  },
  // Captions of photographs and illustrations. They decorate the fiches and are not part of the
  // plan's commitments; four of them end with a photographer's credit, three naming a person
  // (replaced by « © [crédit retiré] » in the committed source, see redact.ts), which must not be
  // published anyway.
  {
    lines: [71, 131, 299, 408, 410, 473, 511],
    what: 'légendes de photographies et crédits photographiques',
    why: "illustrations, pas des données du plan ; plusieurs crédits nomment une personne",
  },
];

/**
 * Corrections of evident OCR/extraction typos in published text (titles, labels, targets,
 * services, partners). The corrected text is published; the original is kept in the row's
 * `source`. None was needed: the extraction of this seed is clean. The oddities below are the
 * document's own spelling, kept as published (see `NOTES`):
 * - « AUX THÉMATIQUE AIR-ÉNERGIE-CLIMAT » (l. 75, missing plural) — a drafting slip, not OCR;
 * - « Systematisation » without accent (l. 526) — idem;
 * - « DEES » (l. 79, 105) next to « DEEES » elsewhere — it is not evident which service is meant;
 * - « Cit'ergie » in the summary (l. 39) and « Cit'Ergie » in the fiche (l. 463) — both the plan's.
 */
export interface TextFix {
  line: number;
  published: string;
  corrected: string;
  why: string;
}
export const TEXT_FIXES: TextFix[] = [];

/**
 * Notes appended to the `source` of one published row (key: the row's id; for indicator values,
 * `<indicator>@<year>`), so that a reader sees what was read with care.
 */
export const NOTES: Record<string, string> = {
  // Same service written two ways in the plan; not evident which one is right, so kept as written.
  'a36-m1-p1': "« DEES » tel que publié (les mesures de l'action 37 et de l'action 38 écrivent « DEEES »)",
  'a36-m3-p1': "« DEES » tel que publié (les mesures de l'action 37 et de l'action 38 écrivent « DEEES »)",
  // The mesure title lacks a plural « s »: the document's own slip, kept word for word.
  'a36-m1': "intitulé tel que publié (« AUX THÉMATIQUE » sans « s »)",
  // Missing accent in the document, kept word for word.
  'i45-3': "libellé tel que publié (« Systematisation » sans accent)",
  // « INDICATEURS » and the label were glued by a space instead of a tab at extraction.
  'i44-1': "la cellule « INDICATEURS » et le libellé étaient accolés à l'extraction (« INDICATEURS Obtention du label »)",
  // This mesure gives neither a pilot nor a partner.
  'a43-m4': 'pilote et partenaires non indiqués (rubriques vides)',
};

/**
 * Links between actions named in the narrative. Action 37 points to action 38 (published here)
 * and to action 29 (axe 4 or earlier, not published here: kept as text, which the content check
 * reports as a warning, by design).
 */
export const RELATED: Record<string, { related?: string[]; related_text?: string[]; line: number }> = {
  a37: { related: ['a38'], related_text: ['Action 29 (bois énergie)'], line: 125 },
};

/**
 * Summaries in our own words of the narrative paragraphs (« ENJEUX ET OBJECTIFS GÉNÉRAUX » of each
 * fiche, and the introduction of the axe), with the seed lines each one summarises. The derivation
 * cites those lines (and the heading) in the row's `source`, and refuses a narrative line that is
 * neither listed here nor in `EXCLUDED` — so a caption cannot slip into a summary unnoticed.
 * Facts (years, names of schemes, services) are taken from those lines; nothing is added.
 */
export interface Summary {
  lines: number[];
  text: string;
}
export const SUMMARIES: Record<string, Summary> = {
  axe5: {
    lines: [45],
    text:
      "Le Plan Climat ne peut pas atteindre ses objectifs avec les seules compétences de l'agglomération : " +
      "il doit mobiliser l'ensemble des acteurs du territoire. Cet axe regroupe les moyens d'animation " +
      "(instances participatives, sensibilisation du grand public, engagement des acteurs économiques, " +
      "conseil en mobilité, information sur les aides à la rénovation de l'habitat), mais aussi le pilotage " +
      "du plan au sein de la collectivité et son rayonnement au-delà du territoire.",
  },
  a36: {
    lines: [65, 67],
    text:
      "Les entreprises ont des raisons économiques de s'engager dans le Plan Climat : réduire leurs charges " +
      "(énergie, véhicules, inconfort au travail, trajets domicile-travail), trouver de nouveaux marchés liés " +
      "à la transition énergétique, gagner en compétitivité. L'action combine la sensibilisation et " +
      "l'information (colloques et matinales, site internet dédié, relais des chargés d'affaires et du site " +
      "Invest'in), des plans d'actions signés avec les structures volontaires et des outils d'accompagnement, " +
      "comme les plans de déplacement d'entreprise ou inter-entreprises (PDE, PDIE).",
  },
  a37: {
    lines: [123, 125, 127],
    text:
      "La transition énergétique fait naître de nouvelles activités : mobilité, matériaux isolants, nouvelles " +
      "sources d'énergie, économie circulaire. La mise à jour de la stratégie économique du Grand Besançon, " +
      "adoptée en 2010, doit intégrer l'éco-innovation, avec un chargé d'affaires spécialisé, pour attirer des " +
      "entreprises et développer celles du territoire. La réflexion sur la zone « grand projet » proche de la " +
      "gare Besançon Franche-Comté TGV doit préciser quelles éco-activités y accueillir, en lien avec les " +
      "actions 38 et 29 (par exemple un pôle associant bois énergie et bois d'œuvre). La compétence « enseignement supérieur » permet enfin de " +
      "rapprocher université, entreprises et collectivité, le territoire pouvant servir de terrain " +
      "d'expérimentation à des produits pilotes.",
  },
  a38: {
    lines: [178],
    text:
      "La rénovation des bâtiments est un axe fort du Plan Climat. En plus de l'accompagnement des " +
      "particuliers et des bailleurs, il s'agit d'aider les professionnels de la filière bâtiment à mener des " +
      "chantiers performants sur le plan énergétique.",
  },
  a39: {
    lines: [217],
    text:
      "Diffuser les bonnes pratiques auprès des habitants et leur proposer de devenir eux-mêmes acteurs du " +
      "Plan Climat.",
  },
  a40: {
    lines: [265],
    text:
      "Les aides à la rénovation, proposées par de nombreux organismes, sont difficiles à lire. Une " +
      "communication simplifiée doit permettre aux habitants d'y recourir davantage.",
  },
  a41: {
    lines: [293, 295],
    text:
      "Le Plan Climat a une identité énergie-climat, incarnée depuis 2012 par la mascotte « Liz la Cerise », " +
      "présente sur les événements liés au développement durable. Il s'agit de planifier la communication à " +
      "l'avance et d'anticiper les temps forts (semaine du développement durable, semaine de la mobilité…).",
  },
  a42: {
    lines: [330, 332, 334, 336, 338, 340, 342],
    text:
      "La mobilité relève de plusieurs niveaux : la commune (voirie, stationnement), l'agglomération " +
      "(transports publics, planification), le département, la région (TER) et l'État. Pour qu'un trajet " +
      "puisse combiner ces réseaux sans rupture, les autorités organisatrices de transports (AOT) doivent " +
      "coordonner leurs infrastructures, leurs titres de transport et leurs pôles d'échanges. Le Grand " +
      "Besançon participe à la gouvernance régionale des AOT, qui doit organiser le travail sur " +
      "l'intermodalité, les interconnexions entre réseaux et le covoiturage ; sa billettique, déployée avec " +
      "le tramway et la refonte du réseau Ginko, est conçue pour devenir compatible avec les autres systèmes " +
      "de la région.",
  },
  a43: {
    lines: [402, 404],
    text:
      "Pour être efficace, l'action locale doit s'enrichir des expériences d'autres territoires et faire " +
      "connaître les siennes : partage d'expériences dans les réseaux locaux et nationaux, participation à " +
      "des événements qui mettent en avant les questions d'air, d'énergie et de climat.",
  },
  a44: {
    lines: [471],
    text:
      "Le label Cit'Ergie donne une visibilité nationale à l'action du Grand Besançon en matière d'air, " +
      "d'énergie et de climat. L'action poursuit la démarche de labellisation, qui sert aussi à mesurer la " +
      "progression des deux collectivités.",
  },
  a45: {
    lines: [500, 502, 503, 505, 507],
    text:
      "Le budget annuel des deux collectivités réunies atteint plusieurs centaines de millions d'euros. Une " +
      "politique d'achat durable doit à la fois faire évoluer l'offre des fournisseurs, en inscrivant des " +
      "exigences environnementales dans les consultations, et réduire l'impact de l'activité des " +
      "collectivités elles-mêmes. Elle passe par des clauses environnementales dans les marchés, l'analyse " +
      "des offres en coût global, un portage politique, l'appropriation par les services et la formation des " +
      "référents marchés. Testée d'abord sur quelques domaines en s'appuyant sur le groupe de travail " +
      "existant, puis élargie, elle sera validée par une délibération des deux collectivités.",
  },
  a46: {
    lines: [561, 563],
    text:
      "Les actions du Plan Climat sont portées par de nombreux services : leurs coûts sont rassemblés dans " +
      "une matrice budgétaire unique couvrant toutes les actions, pour optimiser les dépenses et produire " +
      "un document de présentation lisible.",
  },
};
