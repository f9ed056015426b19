/**
 * Synthetic plan for the build benchmark (`npm run bench -- --actions N`): a pure, deterministic
 * generator of a plan in the real content format, so that the build reads, validates and renders
 * it exactly like a plan kept by staff.
 *
 * Shape (for N actions): plan.md with levels axe > objectif, 8 axes and 40 objectives; about 10 %
 * of the actions are MDX fiches with a few paragraphs of narrative, the rest are rows of
 * actions.csv; about one sub-action per two actions, one or two partners per action, one indicator
 * per five actions with yearly objectif/resultat values (some years missing, a few textual), a few
 * plan-level and node-level indicators, budget lines for one action in ten and dated updates for
 * one in four. Text is made of plausible French words so that search-like content exists.
 *
 * The plan is marked `fictional: true`: its figures are invented.
 */

export interface GeneratedPlan {
  slug: string;
  /** Files relative to the content root (CONTENT_DIR): `<slug>/plan.md`, `<slug>/actions/<id>.mdx` (or `.md`). */
  content: Record<string, string>;
  /** Files relative to the data root (DATA_DIR): `<slug>/<table>.csv`. */
  data: Record<string, string>;
  counts: {
    axes: number;
    objectives: number;
    actions: number;
    fiches: number;
    csvActions: number;
    subactions: number;
    partners: number;
    indicators: number;
    indicatorValues: number;
    budgetLines: number;
    updates: number;
  };
}

export const BENCH_SLUG = 'bench';
export const AXES = 8;
export const OBJECTIVES_PER_AXIS = 5;

/** Mulberry32: a small deterministic PRNG, enough for reproducible test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'Développer', 'Rénover', 'Accompagner', 'Créer', 'Installer', 'Sensibiliser', 'Étendre', 'Soutenir',
  'Réduire', 'Moderniser', 'Expérimenter', 'Former', 'Généraliser', 'Végétaliser', 'Mutualiser', 'Structurer',
];
const OBJECTS = [
  'les pistes cyclables', 'le réseau de chaleur', 'les bâtiments scolaires', 'les jardins partagés',
  "l'éclairage public", 'les toitures solaires', 'la collecte des biodéchets', 'les aires de covoiturage',
  'les cours d\'école', "les économies d'eau", 'la rénovation des logements', 'les circuits courts',
  'les bornes de recharge', 'les haies bocagères', 'la flotte de véhicules', 'les achats responsables',
  'le compostage partagé', 'la restauration collective', 'les îlots de fraîcheur', 'le télétravail',
];
const COMPLEMENTS = [
  'dans les quartiers prioritaires', 'des écoles communales', 'avec les associations locales',
  'sur tout le territoire', 'pour les ménages modestes', 'des zones d\'activité', 'en centre-bourg',
  'avec les agriculteurs', 'des équipements sportifs', 'pour les agents de la collectivité',
  'le long des cours d\'eau', 'des communes rurales',
];
const AXIS_TITLES = [
  'Se déplacer autrement', 'Des bâtiments sobres', 'Une énergie locale et renouvelable',
  "S'adapter au changement climatique", 'Préserver les ressources en eau', 'Nourrir le territoire',
  'Réduire et valoriser les déchets', 'Une administration exemplaire',
];
const SERVICES = [
  'Service mobilité', 'Service bâtiments', 'Service énergie-climat', 'Service espaces verts',
  'Service eau et assainissement', 'Service restauration collective', 'Service déchets',
  'Service des moyens généraux', 'Service habitat', 'Service voirie',
];
const PARTNERS = [
  'Association fictive des cyclistes', 'Fonds imaginaire pour le climat', 'Coopérative solaire fictive',
  'Conseil de développement (fictif)', 'Groupement fictif des maraîchers', 'Syndicat fictif des eaux',
  'Agence fictive de l\'habitat', 'Comités de quartier (fictifs)', 'Chambre fictive des métiers',
];
const ACTION_COLUMNS = [
  'id', 'parent', 'code', 'title', 'summary', 'status', 'progress', 'pilot', 'start', 'end', 'budget',
  'climate_issue', 'energy_effect', 'citizen_dimension', 'commune', 'tags', 'related', 'source',
];
const ROLES = ['financier', 'partenaire', 'concertation'] as const;
const STATUSES = ['En cours', 'Réalisé', 'À venir', 'En retard', 'En pause', 'Abandonné', 'Bloqué', 'À discuter', '', 'Action en cours', 'Non démarré'];
const ISSUES = ['attenuation', 'adaptation', 'attenuation ; adaptation', ''];
const EFFECTS = ['sobriete', 'efficacite', 'renouvelables', 'sobriete ; efficacite', ''];
const COMMUNES = ['Fictiville', 'Saint-Imaginaire', 'Bourg-Inventé', 'Les Chimères', ''];
const SENTENCES = [
  "L'action s'appuie sur les retours des habitants recueillis lors des ateliers de concertation.",
  'Les premiers travaux ont montré que les économies d\'énergie dépassent les prévisions initiales.',
  'Un comité de suivi réunit chaque trimestre les services, les partenaires et des représentants des usagers.',
  'Le calendrier tient compte des contraintes budgétaires et des périodes de vacances scolaires.',
  'Les résultats sont publiés chaque année dans le rapport de suivi du plan climat.',
  'Une attention particulière est portée aux ménages les plus exposés à la précarité énergétique.',
  'Les aménagements privilégient des matériaux biosourcés et des essences végétales locales.',
  'La collectivité mobilise les aides disponibles et cherche à mutualiser les achats avec les communes voisines.',
  'Un bilan à mi-parcours permettra d\'ajuster les moyens et de réorienter les priorités si nécessaire.',
  'Les agents concernés bénéficient d\'une formation préalable et d\'un accompagnement sur le terrain.',
];

/** CSV cell, quoted when needed (RFC 4180). */
function cell(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csv(header: string[], rows: (string | number | undefined)[][]): string {
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}
/** YAML scalar: a JSON string is a valid YAML double-quoted scalar. */
const y = (s: string): string => JSON.stringify(s);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** What distinguishes one plan of a generated portal from another (see generatePortal). */
export interface PlanIdentity {
  slug: string;
  title: string;
  shortTitle: string;
  territory: string;
  kind: string;
  order: number;
  /**
   * A portal's plans are not marked fictional, because fictional plans are left out of the
   * all-plans files and the bench must measure those files; their titles still say « fictif ».
   */
  fictional: boolean;
}

/**
 * Generates a plan of `n` actions. Same `n`, `seed` and identity, same files, byte for byte.
 * @param n number of actions (at least 1)
 * @param seed PRNG seed
 * @param identity slug, titles and kind; by default the single bench plan
 */
export function generatePlan(n: number, seed = 1, identity?: PlanIdentity): GeneratedPlan {
  if (!Number.isInteger(n) || n < 1) throw new Error(`nombre d'actions invalide : ${n}`);
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number): boolean => rnd() < p;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const title = () => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(COMPLEMENTS)}`;
  const paragraph = (k: number) => Array.from({ length: k }, () => pick(SENTENCES)).join(' ');
  const slug = identity?.slug ?? BENCH_SLUG;
  const width = String(n).length;

  const dateText = (year: number): string => {
    switch (int(0, 5)) {
      case 0: return String(year);
      case 1: return `sept-${String(year).slice(2)}`;
      case 2: return `été ${year}`;
      case 3: return `T${int(1, 4)} ${year}`;
      case 4: return `Début ${year}`;
      default: return `01/0${int(1, 9)}/${year}`;
    }
  };
  const budgetText = (): string => {
    switch (int(0, 6)) {
      case 0: return `${int(1, 900)} 000 €`;
      case 1: return `${int(1, 9)} à ${int(10, 30)} M€`;
      case 2: return `${int(10, 500)} 000 € HT`;
      case 3: return '?';
      case 4: return `${int(1, 9)} 000 000 € (travaux) + ${int(1, 9)}00 000 € (études)`;
      default: return '';
    }
  };

  // Hierarchy: 8 axes, 5 objectives each.
  const hierarchyRows: string[][] = [];
  const objectives: string[] = [];
  for (let a = 1; a <= AXES; a++) {
    hierarchyRows.push([`ax${a}`, 'axe', '', String(a), AXIS_TITLES[a - 1], paragraph(2)]);
    for (let o = 1; o <= OBJECTIVES_PER_AXIS; o++) {
      const id = `ax${a}-o${o}`;
      objectives.push(id);
      hierarchyRows.push([id, 'objectif', `ax${a}`, `${a}.${o}`, title(), '']);
    }
  }

  // Actions: every tenth is an MDX fiche, the others CSV rows.
  const content: Record<string, string> = {};
  const actionRows: string[][] = [];
  const actionIds: string[] = [];
  const perObjective = new Map<string, number>();
  let fiches = 0;
  for (let i = 1; i <= n; i++) {
    const id = `a${pad(i, width)}`;
    actionIds.push(id);
    // Round-robin over objectives so every node gets actions, with a few actions under two parents.
    const parent = objectives[(i - 1) % objectives.length];
    const seq = (perObjective.get(parent) ?? 0) + 1;
    perObjective.set(parent, seq);
    const parents = i % 37 === 0 ? `${parent} ; ${objectives[(i + 7) % objectives.length]}` : parent;
    const code = `${parent.slice(2).replace('-o', '.')}.${seq}`;
    const startYear = int(2020, 2025);
    const fields: Record<string, string> = {
      id,
      parent: parents,
      code,
      title: title(),
      summary: chance(0.7) ? paragraph(int(1, 2)) : '',
      status: pick(STATUSES),
      progress: chance(0.3) ? String(int(0, 100)) : '',
      pilot: chance(0.8) ? `${pick(SERVICES)} (fictif)` : '',
      start: chance(0.8) ? dateText(startYear) : '',
      end: chance(0.6) ? String(int(startYear, 2027)) : '',
      budget: budgetText(),
      climate_issue: pick(ISSUES),
      energy_effect: pick(EFFECTS),
      citizen_dimension: pick(['oui', 'non', '']),
      commune: pick(COMMUNES),
      tags: chance(0.5) ? `${pick(OBJECTS).replace(/^(les|le|la|l') ?/, '')} ; climat` : '',
      related: i > 1 && chance(0.1) ? `a${pad(int(1, i - 1), width)}` : '',
      source: 'Données inventées (banc d\'essai)',
    };
    if (i % 10 === 5) {
      fiches++;
      const front = Object.entries(fields)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}: ${y(v)}`)
        .join('\n');
      content[`${slug}/actions/${id}.mdx`] = [
        '---',
        front,
        '---',
        '',
        '## Contexte',
        '',
        paragraph(4),
        '',
        paragraph(3),
        '',
        "## Description de l'action",
        '',
        ...Array.from({ length: int(2, 5) }, () => `- ${pick(VERBS)} ${pick(OBJECTS)} ${pick(COMPLEMENTS)}.`),
        '',
        '## Objectifs',
        '',
        paragraph(2),
        '',
      ].join('\n');
    } else {
      actionRows.push(ACTION_COLUMNS.map((c) => fields[c] ?? ''));
    }
  }

  // Sub-actions: about one per two actions.
  const subRows: string[][] = [];
  const subsOf = new Map<string, string[]>();
  actionIds.forEach((aid, k) => {
    const count = k % 2 === 0 ? int(0, 2) : 0;
    for (let s = 1; s <= count; s++) {
      const id = `${aid}-s${s}`;
      subRows.push([id, aid, String(s), title(), chance(0.5) ? pick(SENTENCES) : '', `${pick(SERVICES)} (fictif)`, pick(STATUSES), '', '']);
      subsOf.set(aid, [...(subsOf.get(aid) ?? []), id]);
    }
  });

  // Partners: one or two per action, some on a sub-action.
  const partnerRows: string[][] = [];
  for (const aid of actionIds) {
    const count = int(0, 2);
    for (let p = 1; p <= count; p++) {
      const subs = subsOf.get(aid);
      partnerRows.push([`${aid}-p${p}`, aid, subs && chance(0.3) ? pick(subs) : '', pick(PARTNERS), pick(ROLES)]);
    }
  }

  // Indicators: one per five actions, plus three plan-level and one per axis.
  const indicatorRows: string[][] = [];
  const valueRows: string[][] = [];
  const UNITS = ['km', 'nombre', '%', 'MWh', 't CO2e', 'm²'];
  const addValues = (id: string, base: number, textual: boolean) => {
    for (let year = 2019; year <= 2026; year++) {
      const target = textual ? `Étape ${year - 2018} franchie` : String(Math.round(base * (1 + (year - 2019) * 0.1)));
      valueRows.push([id, String(year), 'objectif', target, '']);
      if (year <= 2024 && chance(0.85)) {
        const result = textual ? (chance(0.5) ? `Étape ${year - 2018} franchie` : 'Étape reportée') : String(Math.round(base * (1 + (year - 2019) * 0.1) * (0.8 + rnd() * 0.35)));
        valueRows.push([id, String(year), 'resultat', result, chance(0.1) ? 'valeur provisoire' : '']);
      }
    }
  };
  for (const [id, label, unit] of [
    ['ges', 'Émissions de gaz à effet de serre du territoire', 'kt CO2e'],
    ['energie', "Consommation d'énergie finale", 'GWh'],
    ['enr', 'Part des énergies renouvelables', '%'],
  ]) {
    indicatorRows.push([id, '', '', '', label, unit, 'resultat', id === 'enr' ? 'hausse' : 'baisse', '']);
    addValues(id, int(100, 900), false);
  }
  for (let a = 1; a <= AXES; a++) {
    indicatorRows.push([`ax${a}-suivi`, '', `ax${a}`, '', `Actions engagées de l'axe ${a}`, 'nombre', 'realisation', 'hausse', '']);
    addValues(`ax${a}-suivi`, int(5, 50), false);
  }
  for (let k = 0; k < Math.floor(n / 5); k++) {
    const aid = actionIds[k * 5];
    const id = `i${pad(k + 1, width)}`;
    const textual = k % 20 === 7;
    const subs = subsOf.get(aid);
    indicatorRows.push([
      id, aid, '', subs && chance(0.2) ? subs[0] : '',
      `${pick(['Nombre de', 'Part de', 'Surface de', 'Linéaire de'])} ${pick(OBJECTS).replace(/^(les|le|la|l') ?/, '')}`,
      textual ? '' : pick(UNITS), pick(['resultat', 'realisation']), textual ? '' : pick(['hausse', 'baisse', 'cible']),
      chance(0.3) ? pick(SENTENCES) : '',
    ]);
    addValues(id, int(5, 500), textual);
  }

  // Budget lines for one action in ten, updates for one in four.
  const budgetRows: string[][] = [];
  const updateRows: string[][] = [];
  actionIds.forEach((aid, k) => {
    if (k % 10 === 3) {
      for (let year = 2021; year <= 2025; year++) {
        const planned = int(10, 500) * 1000;
        const section = pick(['fonctionnement', 'investissement']);
        budgetRows.push([aid, String(year), section, 'prevu', String(planned), 'HT']);
        if (year <= 2024) budgetRows.push([aid, String(year), section, 'realise', String(Math.round(planned * (0.6 + rnd() * 0.6))), 'HT']);
      }
    }
    if (k % 4 === 1) {
      const count = int(1, 3);
      for (let u = 1; u <= count; u++) {
        const date = `${2022 + u}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
        updateRows.push([`${aid}-u${u}`, aid, date, chance(0.6) ? pick(STATUSES.filter(Boolean)) : '', chance(0.5) ? String(int(0, 100)) : '', pick(SENTENCES)]);
      }
    }
  });

  content[`${slug}/plan.md`] = [
    '---',
    `title: ${y(identity?.title ?? `Plan fictif de test de charge (${n} actions)`)}`,
    `short_title: ${y(identity?.shortTitle ?? `Banc d'essai — ${n} actions`)}`,
    `territory: ${y(identity?.territory ?? "Territoire fictif du banc d'essai")}`,
    `kind: ${y(identity?.kind ?? 'PCAET (plan fictif généré)')}`,
    `description: ${y(`Plan généré automatiquement pour mesurer la construction du site : ${n} actions inventées.`)}`,
    'period:',
    '  start: 2020',
    '  end: 2026',
    'levels:',
    '  - id: axe',
    '    label: Axe',
    '    plural: Axes',
    '  - id: objectif',
    '    label: Objectif',
    '    plural: Objectifs',
    `fictional: ${identity?.fictional ?? true}`,
    `order: ${identity?.order ?? 1}`,
    '---',
    '',
    '## Un plan généré',
    '',
    `Ce plan est fictif : il a été généré par \`scripts/bench/generate.ts\` pour mesurer le temps de construction du site avec ${n} actions. Ses chiffres sont inventés.`,
    '',
  ].join('\n');

  const data: Record<string, string> = {
    [`${slug}/hierarchy.csv`]: csv(['id', 'level', 'parent', 'code', 'title', 'summary'], hierarchyRows),
    [`${slug}/actions.csv`]: csv(ACTION_COLUMNS, actionRows),
    [`${slug}/subactions.csv`]: csv(['id', 'action', 'code', 'title', 'description', 'pilot', 'status', 'start', 'end'], subRows),
    [`${slug}/partners.csv`]: csv(['id', 'action', 'subaction', 'name', 'role'], partnerRows),
    [`${slug}/indicators.csv`]: csv(['id', 'action', 'node', 'subaction', 'label', 'unit', 'kind', 'direction', 'description'], indicatorRows),
    [`${slug}/indicator_values.csv`]: csv(['indicator', 'year', 'type', 'value', 'note'], valueRows),
    [`${slug}/budget_lines.csv`]: csv(['action', 'year', 'section', 'kind', 'amount', 'tax'], budgetRows),
    [`${slug}/updates.csv`]: csv(['id', 'action', 'date', 'status', 'progress', 'note'], updateRows),
  };

  return {
    slug,
    content,
    data,
    counts: {
      axes: AXES,
      objectives: objectives.length,
      actions: n,
      fiches,
      csvActions: actionRows.length,
      subactions: subRows.length,
      partners: partnerRows.length,
      indicators: indicatorRows.length,
      indicatorValues: valueRows.length,
      budgetLines: budgetRows.length,
      updates: updateRows.length,
    },
  };
}

export const PORTAL_MIN_ACTIONS = 5;
export const PORTAL_MAX_ACTIONS = 500;

/**
 * Sizes of `plans` plans between 5 and 500 actions that sum to `total`: every plan starts at the
 * minimum and the rest is shared out by skewed random weights (many small plans, a few large ones,
 * as among real PCAETs), capped at the maximum, the rounding remainder handed out one action at a
 * time. Deterministic for a given seed.
 */
export function portalSizes(total: number, plans: number, seed = 1): number[] {
  if (!Number.isInteger(plans) || plans < 1) throw new Error(`nombre de plans invalide : ${plans}`);
  if (!Number.isInteger(total) || total < plans * PORTAL_MIN_ACTIONS || total > plans * PORTAL_MAX_ACTIONS) {
    throw new Error(`${total} actions ne se répartissent pas en ${plans} plans de ${PORTAL_MIN_ACTIONS} à ${PORTAL_MAX_ACTIONS} actions`);
  }
  const rnd = prng(seed ^ 0x5eed);
  const sizes = Array.from({ length: plans }, () => PORTAL_MIN_ACTIONS);
  const room = PORTAL_MAX_ACTIONS - PORTAL_MIN_ACTIONS;
  let rest = total - plans * PORTAL_MIN_ACTIONS;
  // Weights skewed towards small plans (u³), shared out in passes: a capped plan's surplus goes to
  // the others in the next pass.
  const weights = sizes.map(() => rnd() ** 3 + 0.01);
  while (rest > 0) {
    const open = sizes.map((s, i) => (s - PORTAL_MIN_ACTIONS < room ? i : -1)).filter((i) => i >= 0);
    const sum = open.reduce((acc, i) => acc + weights[i], 0);
    let given = 0;
    for (const i of open) {
      const share = Math.min(Math.floor((rest * weights[i]) / sum), PORTAL_MIN_ACTIONS + room - sizes[i]);
      sizes[i] += share;
      given += share;
    }
    if (given === 0) {
      // Rounding left less than one action per open plan: one each, in order.
      for (const i of open) {
        if (given === rest) break;
        sizes[i] += 1;
        given += 1;
      }
    }
    rest -= given;
  }
  return sizes;
}

const PORTAL_KINDS = ['PCAET', 'PCAET volontaire', 'Plan climat communal', 'Plan climat régional'];
const PLACE_STEMS = [
  'Aube', 'Belle', 'Clair', 'Douce', 'Étang', 'Fontaine', 'Grand', 'Haute', 'Île', 'Joli', 'Lac', 'Mont',
  'Neuve', 'Orme', 'Pré', 'Roche', 'Saule', 'Tilleul', 'Val', 'Vigne',
];
const PLACE_ENDS = ['-sur-Rêve', 'ville', '-les-Bois', 'mont', '-la-Fictive', 'court', '-en-Songe'];

export interface GeneratedPortal {
  plans: GeneratedPlan[];
  sizes: number[];
}

/**
 * A portal of `plans` generated plans with `total` actions in all (sizes from portalSizes), slugs
 * `p0001`…, varied kinds and territory names, in the portal, the explorer and the all-plans files.
 * Same arguments, same files.
 */
export function generatePortal(total: number, plans: number, seed = 1): GeneratedPortal {
  const sizes = portalSizes(total, plans, seed);
  const width = String(plans).length;
  const generated = sizes.map((n, k) => {
    const stem = PLACE_STEMS[(k * 7) % PLACE_STEMS.length];
    const territory = `${stem}${PLACE_ENDS[(k * 3 + Math.floor(k / PLACE_STEMS.length)) % PLACE_ENDS.length]} (fictif) n° ${k + 1}`;
    const kind = PORTAL_KINDS[k % PORTAL_KINDS.length];
    return generatePlan(n, seed + k, {
      slug: `p${pad(k + 1, width)}`,
      title: `${kind} fictif de ${territory}`,
      shortTitle: `${territory} — ${n} actions`,
      territory,
      kind,
      order: k + 1,
      fictional: false,
    });
  });
  return { plans: generated, sizes };
}
