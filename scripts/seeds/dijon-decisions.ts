/**
 * Reading decisions for Dijon Métropole's PCAET 2020–2026 action table
 * (`seeds/002_f99ae2e276f84227.txt`), applied by `dijon.ts`.
 *
 * The seed is one spreadsheet extracted twice, with OCR noise. Line numbers are those of the seed
 * file (1 = first line). Tables (a header line « Thème | Mesure … | Fiche action chapeau | … »,
 * then data lines):
 *
 * | domain | 1st extraction | 2nd extraction | primary copy (see `COPIES`) |
 * |---|---|---|---|
 * | 1 | l. 3–23 (12 columns) | l. 27–55 (12 columns; l. 42–49 exist only here) | the 2nd: in the 1st, the titles of l. 9–10 are shifted by one row |
 * | 2 | l. 59–71 (10 columns) | l. 75–87 | the 1st: both are aligned, the 1st has fewer OCR errors |
 * | 3 | l. 91–106 | l. 112–127 (+ l. 129, only here) | the 1st: l. 123–127 are shifted by one cell |
 * | 4 | l. 134–153 | — | single copy |
 * | 5 | l. 157–175 | — | single copy |
 * | 6 | l. 187–205 | — | single copy |
 *
 * Every decision below carries a comment (for whoever maintains the script) and, where a reader
 * of the data needs it, a `note` or `why` published in the `source` column of the rows concerned.
 */

/** The columns of the action table, under the names the derivation uses. */
export type Field =
  | 'theme' // « Thème » → tags
  | 'measure' // « Mesure Cit'ergie » → the parent measure (and its domain)
  | 'fiche' // « Fiche action chapeau » → the action's title
  | 'sous' // « Description, Définition des sous-actions » / « Sous-actions »
  | 'pilot' // « Porteur de l'action »
  | 'fin' // « Partenaires Financiers » (12-column tables only) → partners, role financier
  | 'partners' // « Autres Partenaires » (12 columns) or « Partenaires » (10 columns) → role partenaire
  | 'concertation' // « Concertation, Mobilisation » (12 columns only)
  | 'start' // « Début »
  | 'end' // « Fin »
  | 'budget' // « Budget global de l'action »
  | 'status'; // « Indicateur d'avancement de la mesure (menu) »

// ---------------------------------------------------------------------------------------------
// Lines that are not data

export interface Exclusion {
  lines: number[];
  what: string;
  why: string;
}

export const EXCLUDED: Exclusion[] = [
  // A Markdown table rule (« ------ | --- | --- … ») left by the extraction after l. 129: it
  // separates two tables and carries no value.
  { lines: [130], what: 'filet de tableau « --- » laissé par l’extraction', why: 'séparateur sans donnée' },
];

// ---------------------------------------------------------------------------------------------
// Column layouts of the lines that do not have as many cells as their header

export interface Layout {
  lines: number[];
  /** The column of each cell, in order; `null` for a cell that must be empty. */
  layout: (Field | null)[];
  why: string;
}

export const LAYOUTS: Layout[] = [
  // Header l. 27 has 12 columns; these lines have 11. Their 8th and 9th cells are years
  // (« 2020 », « 2025 », « 2019 », « 2022 », « 2021 », « Début 2020 » / « déc-30 », « 2018 » /
  // « 2023 »), the 10th an amount (« 30 000 € », « 5 760 000 € ») and the 11th a status: the
  // missing column is « Concertation, Mobilisation », never filled on these lines. Their 7th cell
  // names partners (« Prestataire de collecte », as « Autres Partenaires » on l. 12 and 37).
  {
    lines: [42, 43, 44, 45, 46, 48, 49],
    layout: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'fin', 'partners', 'start', 'end', 'budget', 'status'],
    why: '11 cellules sous un en-tête de 12 : la colonne « Concertation, Mobilisation » manque',
  },
  // l. 47 also has 11 cells but its 8th is « Habitants » (a concertation value, as on l. 11–13),
  // then « mai-19 » and « déc-22 » (dates) and « En cours » (status): here it is the empty budget
  // cell that is missing.
  {
    lines: [47],
    layout: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'fin', 'partners', 'concertation', 'start', 'end', 'status'],
    why: '11 cellules sous un en-tête de 12 : la cellule vide du budget manque',
  },
  // 2nd extraction of domain 3: l. 121 and 122 have an 11th, empty cell at the end.
  {
    lines: [121, 122],
    layout: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'partners', 'start', 'end', 'budget', 'status', null],
    why: 'une cellule vide en trop en fin de ligne',
  },
  // 2nd extraction of domain 3: from l. 123 on, an empty cell was inserted before the pilot, so
  // every value from the 5th cell on is one column to the right (« JDS », pilot of l. 102, is the
  // 6th cell of l. 123; « 17 à 27 M€ », budget of l. 105, the 10th of l. 126). Read shifted back.
  {
    lines: [123, 124, 125, 126, 127],
    layout: ['theme', 'measure', 'fiche', 'sous', null, 'pilot', 'partners', 'start', 'end', 'budget', 'status'],
    why: 'cellules décalées d’un cran à droite à partir de la 5e',
  },
  // Domain 4, l. 149–153: 11 cells under a 10-column header; the status (« En cours », « Non
  // démarré ») is the 11th cell, the 10th is empty.
  {
    lines: [149, 150, 151, 152, 153],
    layout: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'partners', 'start', 'end', 'budget', null, 'status'],
    why: 'l’état est en 11e position',
  },
  // Domain 5, l. 172–175: 8 cells under a 10-column header. l. 172 reads « Logistique », « 2019 »,
  // « 2021 », « Nouveau » in cells 5–8: pilot, start, end, status. The empty « Partenaires » and
  // « Budget » cells are missing.
  {
    lines: [172, 173, 174, 175],
    layout: ['theme', 'measure', 'fiche', 'sous', 'pilot', 'start', 'end', 'status'],
    why: '8 cellules sous un en-tête de 10 : les colonnes Partenaires et Budget, vides, manquent',
  },
];

// ---------------------------------------------------------------------------------------------
// The two extractions of one row

export interface CopyPart {
  /** The line of the other extraction. */
  line: number;
  /** Only these columns of that line belong to the row (the rest belongs to another row). */
  only?: Field[];
  /** These columns of that line belong to another row. */
  except?: Field[];
  /** A column of that line that holds what the primary line has in another column. */
  remap?: Partial<Record<Field, Field>>;
  /** Published in `source`: how this copy matches the row. */
  note?: string;
}

export interface CopySpec {
  /** The primary line: the copy whose row is internally consistent. */
  line: number;
  copies: CopyPart[];
}

export const COPIES: CopySpec[] = [
  // Domain 1. The 2nd extraction (l. 28–38, 53–55) is primary: in the 1st one (l. 4–13), the
  // « Fiche action chapeau » column slipped one row up from l. 9 on — l. 9 carries the title of
  // the mobile waste centre with the description, partners, dates and budget of the EIT row
  // (l. 33), l. 10 the title « Rénovation de la déchetterie de Quetigny » with the dates and
  // budget of the mobile waste centre (« 2020 », « / », « 50 000€? », as l. 34), and the EIT
  // title and the Quetigny figures (« 2021 », « 2023 », « 1 000 000 € », l. 35) are missing.
  { line: 28, copies: [{ line: 4 }] },
  // « Diagnostic Climat Air Energie du territoire »: the 1st extraction (l. 5) has it in the
  // fiche column with a description (« Profils de territoire ACE disponibles… ») that the 2nd
  // (l. 29, title moved to the sub-actions column) lacks. l. 5 is primary; l. 29 is read with its
  // « Sous-actions » cell as the fiche.
  {
    line: 5,
    copies: [{ line: 29, remap: { sous: 'fiche' }, note: 'la l. 29 place cet intitulé dans la colonne des sous-actions, sans la description' }],
  },
  { line: 30, copies: [{ line: 6 }] },
  { line: 31, copies: [{ line: 7 }] },
  { line: 32, copies: [{ line: 8 }] },
  // EIT: everything of l. 9 but its (shifted) title.
  {
    line: 33,
    copies: [{ line: 9, except: ['fiche'], note: 'la l. 9 porte les valeurs de cette ligne sous l’intitulé de la ligne suivante (intitulés décalés d’une ligne dans la 1re extraction)' }],
  },
  // Mobile waste centre: the title of l. 9, the other cells of l. 10.
  {
    line: 34,
    copies: [
      { line: 9, only: ['fiche'] },
      { line: 10, except: ['fiche'], note: 'intitulé en l. 9 et valeurs en l. 10 dans la 1re extraction (intitulés décalés d’une ligne)' },
    ],
  },
  // Quetigny: only the title of l. 10 (its figures exist only on l. 35).
  {
    line: 35,
    copies: [{ line: 10, only: ['fiche'], note: 'la 1re extraction n’a que l’intitulé (l. 10) : dates et budget d’après la l. 35' }],
  },
  { line: 36, copies: [{ line: 11 }] },
  { line: 37, copies: [{ line: 12 }] },
  { line: 38, copies: [{ line: 13 }] },
  { line: 53, copies: [{ line: 21 }] },
  { line: 54, copies: [{ line: 22 }] },
  // The observatory: l. 55 has the title in the fiche column and repeats it in the sub-actions
  // column; l. 23 has, in its fiche column, a two-item list that only it gives — read as the
  // row's sub-actions.
  { line: 55, copies: [{ line: 23, remap: { fiche: 'sous' }, note: 'la l. 23 donne ses deux sous-actions dans la colonne de la fiche' }] },
  // Domain 2. Both extractions are aligned cell for cell; the 1st (l. 60–71) has fewer OCR errors
  // (« yc », « Petite Enfance ») and is primary.
  { line: 60, copies: [{ line: 76 }] },
  { line: 61, copies: [{ line: 77 }] },
  { line: 62, copies: [{ line: 78 }] },
  { line: 63, copies: [{ line: 79 }] },
  { line: 64, copies: [{ line: 80 }] },
  { line: 68, copies: [{ line: 84 }] },
  { line: 69, copies: [{ line: 85 }] },
  { line: 70, copies: [{ line: 86 }] },
  { line: 71, copies: [{ line: 87 }] },
  // Domain 3. The 1st extraction (l. 92–106) is aligned with its header; in the 2nd, l. 123–127
  // are shifted by one cell (see LAYOUTS) and the text has more OCR errors (« See environnement »,
  // « électr côté »). The 1st is primary.
  { line: 92, copies: [{ line: 113 }] },
  { line: 93, copies: [{ line: 114 }] },
  { line: 94, copies: [{ line: 115 }] },
  { line: 95, copies: [{ line: 116 }] },
  { line: 96, copies: [{ line: 117 }] },
  { line: 97, copies: [{ line: 118 }] },
  { line: 98, copies: [{ line: 119 }] },
  { line: 100, copies: [{ line: 121 }] },
  { line: 101, copies: [{ line: 122 }] },
  { line: 102, copies: [{ line: 123 }] },
  { line: 103, copies: [{ line: 124 }] },
  { line: 104, copies: [{ line: 125 }] },
  { line: 105, copies: [{ line: 126 }] },
  { line: 106, copies: [{ line: 127 }] },
];

// ---------------------------------------------------------------------------------------------
// When both copies have a value and they differ

export interface Resolution {
  /** The primary line. */
  line: number;
  field: Field;
  take: 'primary' | 'copy';
  /** Published in `source`; by default « la l. N écrit « … » » or « … repris de la l. N ». */
  note?: string;
}

export const RESOLVE: Resolution[] = [
  // --- Domain 1 (primary: 2nd extraction, except l. 5) ---
  // The theme is written « climat air énergie » (l. 28–29) or « climat-air-énergie » (l. 4–5),
  // like the measure « Climat-Air-Energie »: one spelling for the two actions, the hyphenated one.
  { line: 5, field: 'theme', take: 'primary', note: 'thème : la l. 29 écrit « Stratégie climat air énergie »' },
  { line: 28, field: 'theme', take: 'copy', note: 'thème repris de la l. 4 (la l. 28 écrit « Stratégie climat air énergie »)' },
  // Same ten partners; l. 4 separates them with « ; » and garbles two names differently
  // (« Armo BFC », « Albière Bourgogne »). l. 28 is kept (with « Alterre » fixed, TEXT_FIXES).
  { line: 28, field: 'partners', take: 'primary', note: 'la l. 4 donne les mêmes partenaires, séparés par « ; », avec « Armo BFC » et « Albière Bourgogne »' },
  // « Attente de la réponse » (l. 30) is French; « Atteinte » (l. 6) is an OCR slip.
  { line: 30, field: 'sous', take: 'primary' },
  // « Neuveu » (l. 30) is an OCR typo of « Nouveau », which l. 6 has.
  { line: 30, field: 'status', take: 'copy', note: 'état « Nouveau » repris de la l. 6 (la l. 30 écrit « Neuveu »)' },
  // Two wordings of the title; l. 7 says more (« "Jeune Public" », « 3 crèches test », « le CROUS
  // de Dijon »): keep every value either copy has.
  { line: 31, field: 'fiche', take: 'copy' },
  // « DRAAF » (l. 31, the regional food and agriculture directorate) vs « DRADP » (l. 7, no such body).
  { line: 31, field: 'fin', take: 'primary' },
  { line: 31, field: 'partners', take: 'primary' },
  // « Dieze » vs « Diéze »: not evident which is right; the primary copy's spelling is kept.
  { line: 32, field: 'sous', take: 'primary' },
  // EIT description: summarised in our own words from both copies (see the action's summary).
  {
    line: 33,
    field: 'sous',
    take: 'primary',
    note: 'description résumée d’après les deux copies : « achat groupé » d’après la l. 9 (la l. 33 écrit « atelier groupé »), « thématiques prioritaires » et « palettes non conformes » d’après la l. 33 (la l. 9 écrit « traitements » et « pannes »)',
  },
  // « habitat dense » (l. 9) vs « habitat dénué. » (l. 34): « dense » is the evident reading.
  { line: 34, field: 'fiche', take: 'copy' },
  // « réemploi » (l. 11) vs « rempli » (l. 36).
  { line: 36, field: 'sous', take: 'copy' },
  { line: 37, field: 'sous', take: 'primary' },
  { line: 37, field: 'partners', take: 'primary' },
  { line: 38, field: 'fiche', take: 'primary' },
  // l. 21 numbers the measure « 1.3.1. Trajectoire… » while its own next lines (l. 22–23) and the
  // 2nd extraction say « 1.3.2. Transcrire… » for the same title: 1.3.2 is kept.
  { line: 53, field: 'measure', take: 'primary' },
  { line: 53, field: 'fiche', take: 'primary' },
  {
    line: 53,
    field: 'sous',
    take: 'primary',
    note: 'description résumée d’après les deux copies ; « 2 équipements publics » et la fin de la dernière puce d’après la l. 53 (illisibles ou absents en l. 21)',
  },
  // « ANRU » (l. 21) is the agency for urban renewal; « ARJU » (l. 53) is an OCR slip.
  { line: 53, field: 'fin', take: 'copy' },
  // « Carsat » (l. 53) vs « Carnat » (l. 21).
  { line: 53, field: 'partners', take: 'primary' },
  { line: 54, field: 'measure', take: 'primary' },
  // « Architecturale » and « Service Territoire et Projets » (l. 22) vs « Architectural » and
  // « Service Territoriale » (l. 54): l. 22 is grammatical.
  { line: 54, field: 'fiche', take: 'copy' },
  { line: 54, field: 'pilot', take: 'copy' },
  // « Quartiers » (l. 55) vs « Écoquartiers » (l. 23): the sub-actions (l. 23) are about
  // écoquartiers; l. 55 lost the prefix.
  { line: 55, field: 'theme', take: 'copy' },
  { line: 55, field: 'measure', take: 'primary' },
  // l. 55 repeats its title in the sub-actions column; l. 23 gives two sub-actions there.
  {
    line: 55,
    field: 'sous',
    take: 'copy',
    note: 'sous-actions reprises de la l. 23 (la l. 55 répète l’intitulé dans cette colonne)',
  },
  { line: 55, field: 'pilot', take: 'copy' },
  // --- Domain 2 (primary: 1st extraction) ---
  // « yc » (y compris) and « affichage, flyers » (l. 60) vs « vc », « affichage flyers » (l. 76).
  { line: 60, field: 'sous', take: 'primary', note: 'la l. 76 écrit « vc » pour « yc »' },
  // « Petite Enfance » (l. 61) vs « Patrimoine Enfance » (l. 77).
  { line: 61, field: 'partners', take: 'primary' },
  // l. 79 has unbalanced parentheses and « Cerner les PPI »; l. 63 « Cadrer les PPI » is kept,
  // with « Cit'ergie » from l. 79 (TEXT_FIXES).
  { line: 63, field: 'sous', take: 'primary', note: 'la l. 79 écrit « (PPI et PPI Ville et Métropole… Dijon) à formaliser… » et « Cerner les PPI »' },
  // « Stratégie électrique patrimoniale » (l. 70) vs « électricité » (l. 86): primary copy.
  { line: 70, field: 'theme', take: 'primary' },
  // --- Domain 3 (primary: 1st extraction) ---
  // « Sce » (service) is right; « See » is the OCR reading of it.
  { line: 92, field: 'pilot', take: 'primary' },
  // « Complète » (l. 92) and « Complété » (l. 113) mean the same (réalisé): primary copy's word.
  { line: 92, field: 'status', take: 'primary' },
  { line: 93, field: 'pilot', take: 'primary' },
  // Same two sub-actions, in the other order on l. 115: the primary copy's order is kept.
  { line: 94, field: 'sous', take: 'primary', note: 'la l. 115 donne les deux sous-actions dans l’ordre inverse' },
  // « électricité » (l. 95) vs « électr côté » (l. 116).
  { line: 95, field: 'measure', take: 'primary' },
  { line: 95, field: 'pilot', take: 'primary' },
  // « S3E » (l. 96–98) vs « SSE » (l. 117–119): not evident which is right; primary copy kept.
  { line: 96, field: 'pilot', take: 'primary' },
  { line: 97, field: 'pilot', take: 'primary' },
  { line: 98, field: 'pilot', take: 'primary' },
  // l. 121 repeats the six paragraphs twice and writes « piloté » for « plutôt » (l. 100).
  { line: 100, field: 'sous', take: 'primary', note: 'la l. 121 répète les six paragraphes et écrit « piloté accompagner » pour « plutôt accompagner »' },
  // « formaliser » (l. 101) vs « former » (l. 122).
  { line: 101, field: 'sous', take: 'primary' },
  { line: 103, field: 'fiche', take: 'primary' },
  // « Aumentation » and « Interc connexion » (l. 106) vs « Augmentation », « Interconnexion »
  // and « Sodien » (l. 127): here the 2nd copy reads better. « sur lesd RCU » (l. 127; « sur le sd
  // RCU » l. 106) is kept as extracted: « lesd. » is the usual abbreviation of « lesdits ».
  { line: 106, field: 'fiche', take: 'copy' },
  { line: 106, field: 'sous', take: 'copy' },
  { line: 106, field: 'partners', take: 'copy' },
];

// ---------------------------------------------------------------------------------------------
// Evident OCR typos

export interface TextFix {
  lines: number[];
  field: Field;
  from: string;
  to: string;
}

export const TEXT_FIXES: TextFix[] = [
  // Regional environment agency « Alterre Bourgogne »: each extraction garbles it differently
  // (« Alerte Bourgogne » l. 28, « Albière Bourgogne » l. 4).
  { lines: [28], field: 'partners', from: 'Alerte Bourgogne', to: 'Alterre Bourgogne' },
  // Composting association « Arborescence » (« Arborecence » l. 37, « Arboriculture » l. 12).
  { lines: [37], field: 'partners', from: 'Arborecence', to: 'Arborescence' },
  // « broye » for « broyeur » (shredder lent to households).
  { lines: [42], field: 'fiche', from: 'du broye aux', to: 'du broyeur aux' },
  // « Auteurs du territoire » for « Acteurs du territoire » (as on l. 6, 9, 30, 33).
  { lines: [42], field: 'partners', from: 'Auteurs du territoire', to: 'Acteurs du territoire' },
  // OnDijon, the métropole's connected-city project, garbled three ways (l. 43, 71, 87).
  { lines: [43], field: 'fiche', from: 'ONDIDION', to: 'ONDIJON' },
  { lines: [71], field: 'sous', from: 'ONDIDJON', to: 'ONDIJON' },
  { lines: [87], field: 'sous', from: 'ONDILION', to: 'ONDIJON' },
  // The building trades confederation CAPEB, listed with FFB and UNPI.
  { lines: [47], field: 'partners', from: 'CAREB', to: 'CAPEB' },
  // Renewal programme NPNRU (« NPNRU », l. 53) of Fontaine d'Ouche (« Fontaine », l. 21) and of
  // Le Mail in Chenôve (« Clanché » l. 53, « Chénobee » l. 21); « Évaluation de l'atteinte des
  // objectifs » as l. 21 (l. 53: « de l'attractivité des objectifs »).
  { lines: [53], field: 'fiche', from: "Forcine d'Ouche", to: "Fontaine d'Ouche" },
  { lines: [53], field: 'fiche', from: 'NPNRU de Clanché', to: 'NPNRU de Chenôve' },
  { lines: [53], field: 'fiche', from: "Evaluation de l'attractivité des objectifs", to: "Évaluation de l'atteinte des objectifs" },
  // « Citegie » for « Cit'ergie » (l. 79 has it right).
  { lines: [63], field: 'sous', from: 'PCAET/Citegie', to: "PCAET/Cit'ergie" },
  // « Autococonsommation » (both copies) for « Autoconsommation ».
  { lines: [69, 85], field: 'theme', from: 'Autococonsommation', to: 'Autoconsommation' },
  // « DM et D'Ijon » (l. 70) / « D'ion » (l. 86) for « DM et Dijon » (as everywhere else).
  { lines: [70], field: 'fiche', from: "D'Ijon", to: 'Dijon' },
  { lines: [86], field: 'fiche', from: "D'ion", to: 'Dijon' },
  // « Sce » (service, as l. 92) read « Soc », « Sec », « See », « Scie » by the OCR.
  { lines: [71], field: 'pilot', from: 'Soc Eclairage', to: 'Sce Eclairage' },
  { lines: [87], field: 'pilot', from: 'Sec Eclairage', to: 'Sce Eclairage' },
  { lines: [103, 124, 203], field: 'pilot', from: 'See Ecologie Urbaine', to: 'Sce Ecologie Urbaine' },
  { lines: [143, 145], field: 'pilot', from: 'See déplacement', to: 'Sce déplacement' },
  { lines: [173, 174], field: 'pilot', from: 'See commande publique', to: 'Sce commande publique' },
  { lines: [190], field: 'partners', from: 'Sees de la métropole', to: 'Sces de la métropole' },
  { lines: [197], field: 'pilot', from: 'Scie Ecologie Urbaine', to: 'Sce Ecologie Urbaine' },
  { lines: [197], field: 'partners', from: 'Scie environnement', to: 'Sce environnement' },
  { lines: [202], field: 'pilot', from: 'See Associations', to: 'Sce Associations' },
  { lines: [202], field: 'partners', from: 'See Energie', to: 'Sce Energie' },
  { lines: [203], field: 'pilot', from: 'See petite enfance', to: 'Sce petite enfance' },
  // « Pour suivre » for « Poursuivre », « auto-soiisme » for « autosolisme » (driving alone).
  { lines: [136], field: 'sous', from: "Pour suivre l'aménagement", to: "Poursuivre l'aménagement" },
  { lines: [136], field: 'sous', from: "l'auto-soiisme", to: "l'autosolisme" },
  // « ERCI » for « EPCI » (intercommunal bodies of the SCOT).
  { lines: [137], field: 'partners', from: 'ERCI du SCOT', to: 'EPCI du SCOT' },
  { lines: [137], field: 'sous', from: 'réseau de rocadés', to: 'réseau de rocades' },
  // « Compatibilité énergie, ges… de la flotte » for « Comptabilité » (energy accounting, as in
  // measure 2.1.1).
  { lines: [141], field: 'sous', from: 'Compatibilité énergie', to: 'Comptabilité énergie' },
  { lines: [146], field: 'fiche', from: 'POUSUIVRE', to: 'POURSUIVRE' },
  { lines: [153], field: 'theme', from: 'Ve associative', to: 'Vie associative' },
  // Cycling association « La Bécane à Jules » (« Became »).
  { lines: [158], field: 'partners', from: 'Became à Jules', to: 'Bécane à Jules' },
  // « parapluie électronique » for « parapheur électronique » (electronic signature book).
  { lines: [161], field: 'sous', from: 'parapluie électronique', to: 'parapheur électronique' },
  { lines: [170], field: 'fiche', from: '(Djon et DM)', to: '(Dijon et DM)' },
  // The communes' network is written « Illicommunes » twice on l. 190.
  { lines: [174], field: 'sous', from: 'IICCommunes', to: 'Illicommunes' },
  { lines: [196], field: 'theme', from: "Filtre d'excellence", to: "Filière d'excellence" },
  // « CCI 21 » as on l. 9 and 33.
  { lines: [196], field: 'partners', from: 'CC121', to: 'CCI21' },
  // Theme and measure 6.5.1 « … en développant la concertation » (« concentration »).
  { lines: [197], field: 'theme', from: 'Concentration', to: 'Concertation' },
  { lines: [197], field: 'measure', from: 'en développant la concentration', to: 'en développant la concertation' },
  { lines: [198], field: 'fiche', from: 'ne respectant par le nouveau', to: 'ne respectant pas le nouveau' },
  // « Latitude 21 » as on l. 203.
  { lines: [199], field: 'fiche', from: 'Laiture 21', to: 'Latitude 21' },
  { lines: [200], field: 'fiche', from: 'Evaluation d des critères', to: 'Evaluation des critères' },
];

// ---------------------------------------------------------------------------------------------
// Actions

export type SousReading =
  /** The fiche is empty: this cell is the action's title. */
  | { as: 'title' }
  /**
   * A list (`<li>`, `<p>`, « - a - b », or « a - b » with `split: 'dash'`) whose items become
   * sub-actions; `count` locks the reading. Items « A1 : … » get the code A1.
   */
  | { as: 'items'; count: number; split?: 'dash'; note?: string }
  /** Items chosen by hand, each found word for word in the cell (`from`: another column). */
  | { as: 'explicit'; items: string[]; from?: 'fiche'; note: string }
  /** Short text published word for word as the action's summary. */
  | { as: 'text' }
  /** Narrative summarised in our own words (`ActionSpec.summary`). */
  | { as: 'summary' }
  /** The cell is empty. */
  | { as: 'empty' };

export interface RowSpec {
  line: number;
  read?: SousReading;
}

export interface ActionSpec {
  id: string;
  /** Primary lines; several lines make one action with one sub-action (or more) per line. */
  rows: RowSpec[];
  /** Parent when the line gives no Cit'ergie measure. */
  parent?: string;
  parentNote?: string;
  /** A part of the fiche chosen as the title (must be found in it). */
  title?: string;
  titleNote?: string;
  /** Why lines without a fiche belong to this action. */
  groupNote?: string;
  /** Our own summary of a narrative cell. */
  summary?: string;
  /** A sentence added at the end of the summary. */
  summaryNote?: string;
  /** A remark on the line, published in `source`. */
  note?: string;
}

// How the « Sous-actions » cell is read (every non-empty cell says it):
// - a list (HTML `<li>`/`<p>`, bullets « - ») gives one sub-action per item, titled word for word;
// - a short text without bullets is the action's summary, word for word (`text`);
// - a long narrative is summarised in our own words (`summary`), facts and figures kept;
// - when the fiche is empty, the cell is the action's title (`title`).
// Several lines with the same fiche (or, by decision, with an empty fiche next to it) are one
// action with one sub-action per line, which keeps that line's pilot, status and dates; the action
// keeps what its lines share.
// Ids: `a<measure>-<n>` (a1-2-3-1 …), sub-actions `<action>-s<n>`, partners `<action>-p<n>` or
// `<sub-action>-p<n>` for a partner of one line of a grouped action.

const NPNRU_SUMMARY = [
  'La convention de renouvellement urbain de Dijon Métropole porte sur deux quartiers, le Mail à Chenôve et la Fontaine d’Ouche à Dijon. Elle vise un projet global pour transformer durablement la vie de leurs habitants et prévoit notamment, pour les deux quartiers :',
  '',
  '* la démolition de 232 logements, suivie d’un réaménagement en espaces publics ;',
  '* l’éco-réhabilitation de 1479 logements et de 2 équipements publics ;',
  '* le réaménagement d’espaces publics en tenant compte des enjeux environnementaux (développement durable, préservation des sols, îlots de fraîcheur…).',
].join('\n');

export const ACTIONS: ActionSpec[] = [
  // ----- Domain 1 -----
  // 1.1.1: two lines with an empty fiche in the 2nd extraction; each is its own action.
  { id: 'a1-1-1-1', rows: [{ line: 28, read: { as: 'title' } }] },
  { id: 'a1-1-1-2', rows: [{ line: 5, read: { as: 'text' } }] },
  // 1.2.3
  { id: 'a1-2-3-1', rows: [{ line: 30, read: { as: 'text' } }] },
  { id: 'a1-2-3-2', rows: [{ line: 31, read: { as: 'text' } }] },
  { id: 'a1-2-3-3', rows: [{ line: 32, read: { as: 'text' } }] },
  {
    id: 'a1-2-3-4',
    rows: [{ line: 33, read: { as: 'summary' } }],
    // Both copies garble the description differently (« atelier groupé »/« achat groupe »,
    // « palettes »/« pannes »): written in our own words from the two.
    summary:
      'Démarche d’écologie industrielle et territoriale sur les zones d’activité : diagnostics dans 84 entreprises (février à juillet 2018), analyse des données et choix des thématiques prioritaires (septembre à décembre 2018), puis phase collective en groupes de travail sur un achat groupé d’énergie (électricité, gaz), la mutualisation de prestations de services et la gestion des palettes non conformes.',
  },
  { id: 'a1-2-3-5', rows: [{ line: 34 }] },
  { id: 'a1-2-3-6', rows: [{ line: 35 }] },
  { id: 'a1-2-3-7', rows: [{ line: 36, read: { as: 'text' } }] },
  { id: 'a1-2-3-8', rows: [{ line: 37, read: { as: 'text' } }] },
  { id: 'a1-2-3-9', rows: [{ line: 38, read: { as: 'text' } }] },
  // « Acteurs du territoire » is the 7th cell, the « Autres Partenaires » column of these
  // 11-cell lines (see LAYOUTS); elsewhere the same words stand under « Concertation ».
  {
    id: 'a1-2-3-10',
    rows: [{ line: 42, read: { as: 'text' } }],
    note: '« Acteurs du territoire » est en 7e cellule, colonne « Autres Partenaires » de ces lignes (ailleurs, la même expression figure sous « Concertation, Mobilisation »)',
  },
  {
    id: 'a1-2-3-11',
    rows: [{ line: 43, read: { as: 'summary' } }],
    // The company names are garbled (« SAS Dilion métropole ISMART Energie », « Rougaut
    // Energie »): the facts are kept, the uncertain name quoted as extracted.
    summary:
      'Création d’une station de production, de stockage et de distribution d’hydrogène par une SAS dont Dijon Métropole (DM) détient 30 % du capital et « Rougaut Energie » (nom tel qu’extrait) 70 %.',
  },
  { id: 'a1-2-3-12', rows: [{ line: 44 }] },
  { id: 'a1-2-3-13', rows: [{ line: 45, read: { as: 'items', count: 3 } }] },
  // 1.2.4
  {
    id: 'a1-2-4-1',
    rows: [{ line: 46, read: { as: 'summary' } }],
    // Long narrative; « perturbation » read as « périurbanisation », « bornes agricoles » as
    // « terres agricoles » (OCR), « fédérer » kept in spirit (« organiser »).
    summary: [
      'Agir sur l’habitat (construction, rénovation, restructuration, adaptation, changement d’usage) pour maîtriser l’empreinte environnementale du secteur résidentiel, selon quatre orientations :',
      '',
      '1. mobiliser le bâti existant pour contribuer aux objectifs de production de logements ;',
      '2. accompagner les travaux de réinvestissement des parcs publics et privés, notamment pour la transition énergétique ;',
      '3. organiser les parcours résidentiels à l’échelle de la métropole pour limiter les effets de la périurbanisation (consommation de terres agricoles et naturelles, pollution due aux déplacements motorisés, extension des réseaux…) ;',
      '4. travailler avec les maîtres d’ouvrage au maintien des démarches de certification environnementale et énergétique.',
    ].join('\n'),
  },
  {
    id: 'a1-2-4-2',
    rows: [{ line: 47, read: { as: 'summary' } }],
    // « Bouygère Energies Renouvelables (BER) » is the association Bourgogne Energies
    // Renouvelables; « Fillogis » the Région's programme Effilogis.
    summary: [
      'Accompagnement différencié des porteurs de projets de rénovation thermique, dont la rénovation BBC :',
      '',
      '* habitat collectif et copropriétés : convention annuelle d’objectifs et de moyens avec Bourgogne Energies Renouvelables (BER) ;',
      '* habitat individuel : expérimentation d’Effilogis Maisons individuelles, avec l’objectif de 150 maisons rénovées BBC en 3 ans.',
    ].join('\n'),
  },
  { id: 'a1-2-4-3', rows: [{ line: 48, read: { as: 'text' } }] },
  {
    id: 'a1-2-4-4',
    rows: [{ line: 49, read: { as: 'summary' } }],
    summary: [
      'Parc privé :',
      '',
      '1. PIG « Reconquête », mis en œuvre depuis 2006 sur tout le territoire (23 communes) et renouvelé pour 2018-2023 avec des objectifs renforcés pour les travaux thermiques ;',
      '2. OPAH Copropriétés, en lien avec le NPNRU du quartier de Fontaine d’Ouche : 3 copropriétés (984 logements), à engager en 2020 de manière individualisée ;',
      '3. aide financière de Dijon Métropole et de la Région BFC aux travaux de rénovation BBC en copropriété, de mai 2019 à août 2020 ;',
      '4. déploiement d’Effilogis Maisons individuelles avec la Région BFC (2020-2022).',
      '',
      'Parc public : poursuivre la rénovation énergétique engagée depuis 2010, en lien notamment avec le futur périmètre des fonds européens de développement régional (FEDER) 2021-2027.',
    ].join('\n'),
  },
  // 1.3.2
  { id: 'a1-3-2-1', rows: [{ line: 53, read: { as: 'summary' } }], summary: NPNRU_SUMMARY },
  { id: 'a1-3-2-2', rows: [{ line: 54 }] },
  {
    id: 'a1-3-2-3',
    rows: [{ line: 55, read: { as: 'items', count: 2 } }],
    note: 'intitulé tel que l’écrit la l. 55 ; les sous-actions de la l. 23 parlent des « écoquartiers propres à Dijon Métropole »',
  },

  // ----- Domain 2 -----
  { id: 'a2-1-1-1', rows: [{ line: 60, read: { as: 'items', count: 1 } }] },
  {
    id: 'a2-1-1-2',
    rows: [{ line: 61, read: { as: 'summary' } }],
    summary:
      'Surveillance de la qualité de l’air intérieur (QAI) : évaluation des moyens d’aération, puis soit une évaluation par mesures accréditées, soit une démarche progressive comprenant un plan d’actions établi à partir d’un bilan des pratiques observées dans l’établissement (selon le guide pratique pour une meilleure qualité de l’air dans les lieux accueillant des enfants), la formation de référents QAI dans les établissements et, si nécessaire, une campagne de mesures.',
  },
  { id: 'a2-1-1-3', rows: [{ line: 62, read: { as: 'items', count: 5 } }] },
  { id: 'a2-1-2-1', rows: [{ line: 63, read: { as: 'items', count: 2 } }] },
  { id: 'a2-1-3-1', rows: [{ line: 64 }] },
  { id: 'a2-2-4-1', rows: [{ line: 68, read: { as: 'items', count: 2 } }] },
  { id: 'a2-2-4-2', rows: [{ line: 69 }] },
  { id: 'a2-2-4-3', rows: [{ line: 70, read: { as: 'items', count: 1 } }] },
  { id: 'a2-3-1-1', rows: [{ line: 71, read: { as: 'items', count: 3 } }] },

  // ----- Domain 3 -----
  { id: 'a3-1-1-1', rows: [{ line: 92 }] },
  { id: 'a3-1-1-2', rows: [{ line: 93, read: { as: 'text' } }] },
  { id: 'a3-2-2-1', rows: [{ line: 94, read: { as: 'items', count: 2 } }] },
  // A single short item in the « Sous-actions » column: one sub-action.
  { id: 'a3-2-3-1', rows: [{ line: 95, read: { as: 'items', count: 1 } }] },
  { id: 'a3-3-1-1', rows: [{ line: 96 }] },
  // The fiche column holds three bulleted items: together they are the title (word for word).
  { id: 'a3-3-2-1', rows: [{ line: 97 }] },
  { id: 'a3-3-3-1', rows: [{ line: 98 }] },
  {
    id: 'a3-3-4-1',
    rows: [
      {
        line: 100,
        read: {
          as: 'explicit',
          // l. 100 repeats its last paragraph: six distinct sub-actions.
          note: 'la l. 100 répète le dernier paragraphe : six sous-actions distinctes',
          items: [
            'Développer et simplifier les processus existants',
            "Etendre à la Métropole les dispositifs comme les plantations de pieds d'arbres avec des moyens techniques et humains adéquats",
            'Développer les plantations sur les espaces privés (plutôt accompagner le développement de la gestion écologique des espaces sur les ...)',
            'Prise en compte de la biodiversité multi-niveaux par tous les acteurs et aller vers les gestionnaires des espaces privés : appels à projets et chartes',
            'Massifier les sciences participatives',
            'Accompagner les jardins partagés de façon plus opérationnelle.',
          ],
        },
      },
    ],
  },
  // « thématique » is the whole pilot cell in both copies (probably truncated): kept as published.
  { id: 'a3-3-4-2', rows: [{ line: 101, read: { as: 'items', count: 1 } }], note: 'porteur « thématique » tel que publié dans les deux copies (cellule sans doute tronquée)' },
  { id: 'a3-3-4-3', rows: [{ line: 102, read: { as: 'items', count: 1 } }] },
  { id: 'a3-3-4-4', rows: [{ line: 103, read: { as: 'items', count: 1 } }] },
  { id: 'a3-3-4-5', rows: [{ line: 104, read: { as: 'items', count: 1 } }] },
  {
    id: 'a3-3-4-6',
    rows: [
      {
        line: 129,
        read: {
          as: 'explicit',
          // The cell repeats and truncates its two paragraphs four times over (extraction).
          note: 'la cellule répète et tronque ses deux paragraphes (extraction) : deux sous-actions distinctes',
          items: [
            "SIG Espaces verts : cartographie des arbres qui permet de connaître la situation et d'être en mesure de remplacer et/ou d'ajouter des arbres aussi carto SIG thématiques sur les sujets biodiversité",
            'Map story avec les écoles et les crèches',
          ],
        },
      },
    ],
  },
  { id: 'a3-3-5-1', rows: [{ line: 105, read: { as: 'items', count: 2 } }] },
  {
    id: 'a3-3-5-2',
    rows: [
      {
        line: 106,
        read: {
          as: 'explicit',
          // Two sentences run together (« …injectée Interconnexion… »): two sub-actions.
          note: 'deux phrases accolées dans la cellule : deux sous-actions',
          items: [
            "Ajout d'échangeurs à l'IVR pour passer de 9 à 29 MW de puissance thermique injectée",
            "Interconnexion des réseaux Dijon Energie et SODIEN pour permettre l'export sur le RCU SODIEN",
          ],
        },
      },
    ],
    note: '« sur lesd RCU » tel qu’extrait (« lesd. » : lesdits)',
  },

  // ----- Domain 4 (single copy) -----
  // The pilot cell is a three-item list (« AOT », « Ferroviaires pour l'exploitation », « SNCF
  // Réseau pour l'infrastructure »), kept as one text joined by « ; ». Pilot and partners are
  // about rail more than cycling (they would fit the A2 item of l. 135): published as they are.
  {
    id: 'a4-1-1-1',
    rows: [{ line: 136, read: { as: 'items', count: 4 } }],
    note: 'porteur : liste de trois éléments dans la source, joints par « ; » ; porteur et partenaires de cette ligne concernent surtout le ferroviaire : publiés tels quels',
  },
  { id: 'a4-1-2-1', rows: [{ line: 140, read: { as: 'items', count: 2 } }] },
  { id: 'a4-1-2-2', rows: [{ line: 141, read: { as: 'items', count: 4 } }] },
  { id: 'a4-2-1-1', rows: [{ line: 138, read: { as: 'items', count: 3 } }] },
  { id: 'a4-2-2-1', rows: [{ line: 137, read: { as: 'items', count: 4 } }] },
  { id: 'a4-2-2-2', rows: [{ line: 142, read: { as: 'items', count: 2 } }] },
  { id: 'a4-3-2-1', rows: [{ line: 143 }] },
  { id: 'a4-3-2-2', rows: [{ line: 144 }] },
  { id: 'a4-3-2-3', rows: [{ line: 145 }] },
  { id: 'a4-3-2-4', rows: [{ line: 146, read: { as: 'text' } }] },
  { id: 'a4-3-3-1', rows: [{ line: 135, read: { as: 'items', count: 5 } }] },
  { id: 'a4-3-3-2', rows: [{ line: 147, read: { as: 'text' } }] },
  { id: 'a4-3-3-3', rows: [{ line: 149 }] },
  { id: 'a4-3-3-4', rows: [{ line: 150 }] },
  {
    id: 'a4-3-3-5',
    rows: [
      {
        line: 151,
        read: {
          as: 'explicit',
          note: 'deux phrases accolées dans la cellule : deux sous-actions',
          items: [
            "Poursuivre le développement des réseaux de mobilités partagées (covoiturages, autopartage...) en s'appuyant sur le numérique",
            'Promouvoir les mobilités partagées',
          ],
        },
      },
    ],
  },
  { id: 'a4-3-3-6', rows: [{ line: 152 }] },
  // No Cit'ergie number: the measure column reads « Renforcer le lien social et la solidarité ».
  // Published under domain 4, the table where the line stands, with that wording in the summary.
  {
    id: 'a4-vie-associative',
    rows: [{ line: 153, read: { as: 'text' } }],
    parent: 'd4',
    parentNote:
      'sans numéro de mesure Cit’ergie (la colonne des mesures porte « Renforcer le lien social et la solidarité ») : rattachée au domaine 4, celui du tableau où figure la ligne',
    summaryNote: 'Intitulé donné dans la colonne des mesures, sans numéro Cit’ergie : « Renforcer le lien social et la solidarité ».',
  },

  // ----- Domain 5 (single copy) -----
  { id: 'a5-1-1-1', rows: [{ line: 158, read: { as: 'items', count: 3, split: 'dash' } }] },
  { id: 'a5-1-1-2', rows: [{ line: 159, read: { as: 'items', count: 2, split: 'dash' } }] },
  // l. 160–163: one fiche whose title stands on l. 162 only (a merged cell of the spreadsheet,
  // written once in the middle of the lines it spans); the other three lines have an empty fiche
  // and the same measure and theme.
  {
    id: 'a5-2-1-1',
    rows: [
      { line: 160, read: { as: 'items', count: 5 } },
      { line: 161, read: { as: 'items', count: 2, split: 'dash' } },
      { line: 162, read: { as: 'items', count: 1 } },
      { line: 163, read: { as: 'items', count: 1 } },
    ],
    groupNote:
      'l. 160–163 lues comme une seule fiche : l’intitulé ne figure qu’en l. 162, les trois autres lignes (même mesure, même thème) ont une fiche vide (cellule fusionnée du tableur d’origine) ; une sous-action par élément de chaque ligne',
  },
  {
    id: 'a5-2-2-1',
    rows: [
      { line: 165, read: { as: 'items', count: 1 } },
      { line: 166, read: { as: 'items', count: 1 } },
      { line: 167, read: { as: 'items', count: 1 } },
      { line: 168, read: { as: 'items', count: 1 } },
    ],
    groupNote: 'même fiche sur les l. 165–168 : une sous-action par ligne',
  },
  {
    id: 'a5-2-2-2',
    rows: [{ line: 169, read: { as: 'summary' } }],
    summary:
      'Construire une convention d’engagements réciproques entre Dijon Métropole, la Ville de Dijon et les entreprises : la collectivité s’engage à ouvrir ses marchés et à accompagner les petites entreprises, qui s’engagent de leur côté sur des critères de développement durable.',
  },
  { id: 'a5-2-2-3', rows: [{ line: 170 }] },
  {
    id: 'a5-2-2-4',
    rows: [
      { line: 172, read: { as: 'items', count: 5 } },
      { line: 173, read: { as: 'items', count: 1 } },
      { line: 174, read: { as: 'items', count: 1 } },
    ],
    groupNote: 'même fiche sur les l. 172–174 : une sous-action par élément de chaque ligne',
  },
  {
    id: 'a5-2-2-5',
    rows: [{ line: 175, read: { as: 'summary' } }],
    summary:
      'Le formulaire en ligne de demande de subvention à la Ville de Dijon a été complété par des questions sur les pratiques de l’association en matière de développement durable et sur les actions qu’elle mène (maîtrise de l’énergie, préservation des ressources naturelles, gestion des déchets…).',
  },

  // ----- Domain 6 (single copy) -----
  { id: 'a6-1-1-1', rows: [{ line: 188, read: { as: 'items', count: 4 } }] },
  { id: 'a6-1-1-2', rows: [{ line: 189 }] },
  { id: 'a6-1-2-1', rows: [{ line: 190, read: { as: 'text' } }], note: 'intitulé tel que publié (« IllicCommunes ») ; la description écrit « Illicommunes »' },
  // « FSJ » kept: the « volet impayés d'énergie » suggests the FSL (Fonds de solidarité pour le
  // logement), but that is not evident enough to correct a title.
  {
    id: 'a6-2-1-1',
    rows: [{ line: 191, read: { as: 'items', count: 3 } }],
    note: '« FSJ » tel que publié (le volet « impayés d’énergie » évoque le FSL, Fonds de solidarité pour le logement)',
  },
  { id: 'a6-3-2-1', rows: [{ line: 192 }] },
  { id: 'a6-3-3-1', rows: [{ line: 193 }] },
  { id: 'a6-3-3-2', rows: [{ line: 194 }] },
  { id: 'a6-4-1-1', rows: [{ line: 196, read: { as: 'items', count: 4 } }] },
  { id: 'a6-4-1-2', rows: [{ line: 205, read: { as: 'text' } }] },
  { id: 'a6-5-1-1', rows: [{ line: 197, read: { as: 'items', count: 4 } }] },
  { id: 'a6-5-2-1', rows: [{ line: 198 }] },
  // The fiche is a title followed by three « > » items: the title, then three sub-actions.
  {
    id: 'a6-5-2-2',
    rows: [
      {
        line: 199,
        read: {
          as: 'explicit',
          from: 'fiche',
          note: 'la fiche donne un intitulé suivi de trois éléments « > » : trois sous-actions',
          items: [
            "développer l'envergure métropolitaine du Jardin des sciences et de Latitude 21.",
            'des tiers lieux où les habitants font ensemble',
            'mesures pour favoriser une meilleure appropriation de la ville et de ses espaces publics',
          ],
        },
      },
    ],
    title: "Développer des outils pour l'implication des citoyens",
    titleNote: 'intitulé : début de la fiche, avant la liste « > »',
  },
  { id: 'a6-5-2-3', rows: [{ line: 200 }] },
  { id: 'a6-5-2-4', rows: [{ line: 202 }] },
  { id: 'a6-5-3-1', rows: [{ line: 203, read: { as: 'items', count: 2, split: 'dash' } }] },
  // The pilot cell is word for word the one of l. 196 (probably copied by mistake in the
  // source): published as is, with a note.
  { id: 'a6-5-4-1', rows: [{ line: 204 }], note: 'porteur identique, mot pour mot, à celui de la l. 196 : publié tel quel' },
];

// ---------------------------------------------------------------------------------------------
// Partner cells that are not organisations

export interface NotPartner {
  line: number;
  field: 'fin' | 'partners';
  text: string;
  note: string;
  /** Sentence added to the action's summary so that the information stays visible. */
  summary?: string;
}

export const NOT_PARTNERS: NotPartner[] = [
  // Not an organisation: the partners are being chosen. Said in the summary instead.
  {
    line: 105,
    field: 'partners',
    text: 'En cours de choix',
    note: 'colonne « Partenaires » : « En cours de choix » (aucun partenaire nommé)',
    summary: 'Partenaires : « En cours de choix ».',
  },
  // The list ends with « ... »: an open list, not a partner.
  { line: 196, field: 'partners', text: '...', note: 'la liste des partenaires se termine par « ... » (liste ouverte)' },
];

// ---------------------------------------------------------------------------------------------
// Partner cells that name several organisations without « ; » or « , »

export interface JoinedPartner {
  name: string;
  note: string;
}

// The rule is to split a partner cell only on « ; » and « , », where the source clearly lists
// several organisations. These cells juxtapose names with spaces only; where one name ends is a
// guess, so each stays one partner row, word for word, with a note.
const JOINED = 'plusieurs organisations juxtaposées sans séparateur dans la source : gardées en une seule ligne, telles quelles';
export const JOINED_PARTNERS: JoinedPartner[] = [
  { name: 'Ademe BFC DRAAF', note: JOINED },
  { name: 'Restau/co Conseil Régional', note: JOINED },
  { name: 'CCI 21 CMA 21', note: JOINED },
  { name: 'Arborescence Prestataire de collecte', note: JOINED },
  { name: 'Region BFC Ademe BFC', note: JOINED },
  { name: 'Region BFC Ademe BFC Anah Etat', note: JOINED },
  { name: 'Education Sport Petite Enfance Culture', note: 'plusieurs directions juxtaposées sans séparateur dans la source : gardées en une seule ligne, telles quelles' },
  { name: 'Education Sport', note: 'plusieurs directions juxtaposées sans séparateur dans la source : gardées en une seule ligne, telles quelles' },
  { name: 'Thermodyn Allia Enedis Dijon Energie Sodien', note: JOINED },
];

// ---------------------------------------------------------------------------------------------
// Dates given per sub-action inside one cell (« TI : Janvier 2018 ; PAT : septembre 2019 … »)

export interface SubDates {
  line: number;
  /** Start of the sub-action's title. */
  item: string;
  start?: string;
  end?: string;
  note: string;
}

export const SUBACTION_DATES: SubDates[] = [
  // l. 196 gives one start (and end) per component, labelled: « TI : Janvier 2018 ; PAT :
  // septembre 2019 ; agriculture urbaine : 2015 » and « TI : 2030 ; PAT : 2021 ; ». The action
  // keeps the cells as published; each sub-action gets its own dates. « TI » is « Territoires
  // d'innovation », the call for projects of the TIGA application.
  { line: 196, item: 'Agriculture urbaine', start: '2015', note: 'début « agriculture urbaine : 2015 » de la cellule « Début » (pas de fin donnée)' },
  { line: 196, item: 'Programme Alimentaire Territorial', start: 'septembre 2019', end: '2021', note: 'dates « PAT : septembre 2019 » et « PAT : 2021 » des cellules « Début » et « Fin »' },
  { line: 196, item: 'Candidature TIGA', start: 'Janvier 2018', end: '2030', note: 'dates « TI : Janvier 2018 » et « TI : 2030 » des cellules « Début » et « Fin » (TI : Territoires d’innovation, appel à projets de la candidature TIGA)' },
];

// ---------------------------------------------------------------------------------------------
// Measures written two ways

export interface MeasureTitle {
  code: string;
  title: string;
  note: string;
}

export const MEASURE_TITLES: MeasureTitle[] = [
  // 5.2.2 is written « d'écoresponsabilité » on l. 165–170 and « de responsabilité » on l. 172–175:
  // the first (six lines, and the measure is about eco-responsible procurement) is kept.
  {
    code: '5.2.2',
    title: "Etre exemplaire en matière d'écoresponsabilité de la commande publique",
    note: 'intitulé des l. 165–170',
  },
];

// ---------------------------------------------------------------------------------------------
// Domains of the Label Climat-Air-Énergie (Cit'ergie) referential

export interface Domain {
  id: string;
  code: string;
  title: string;
  note: string;
}

const DOMAIN_NOTE =
  "numéro du domaine : premier chiffre des mesures Cit'ergie des lignes citées ; intitulé du référentiel Label Climat-Air-Énergie (Cit'ergie), que le tableau ne donne pas";

export const DOMAINS: Domain[] = [
  { id: 'd1', code: '1', title: 'Planification territoriale', note: DOMAIN_NOTE },
  { id: 'd2', code: '2', title: 'Patrimoine de la collectivité', note: DOMAIN_NOTE },
  { id: 'd3', code: '3', title: 'Approvisionnement énergie, eau, assainissement', note: DOMAIN_NOTE },
  { id: 'd4', code: '4', title: 'Mobilité', note: DOMAIN_NOTE },
  { id: 'd5', code: '5', title: 'Organisation interne', note: DOMAIN_NOTE },
  { id: 'd6', code: '6', title: 'Coopération, communication', note: DOMAIN_NOTE },
];
