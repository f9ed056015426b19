/**
 * Every key of plan.md, documented once for staff (in French): what it holds and an example, as
 * `npm run new-plan` writes them, commented, into a new plan.md. A unit test keeps this list equal
 * to the keys of PlanFrontmatterSchema, so a new key cannot go undocumented.
 */
export interface PlanKeyDoc {
  key: string;
  required?: boolean;
  /** One line saying what the key holds. */
  help: string;
  /** YAML lines showing the key with an example value (written commented out). */
  example: string[];
  /**
   * The entry documents a family of translated keys (`title_nl`, `description_en`…, see
   * lib/model/translatable.ts) through one example, rather than one key.
   */
  translations?: boolean;
}

export const PLAN_KEYS: readonly PlanKeyDoc[] = [
  { key: 'title', required: true, help: 'titre complet du plan', example: ['title: "Plan climat-air-énergie territorial 2020-2026"'] },
  { key: 'short_title', help: 'titre court pour les menus', example: ['short_title: PCAET 2020-2026'] },
  { key: 'territory', required: true, help: 'territoire ou organisme', example: ['territory: Ville de Bruxelles'] },
  {
    key: 'territory_code',
    help: 'code officiel du territoire : scheme (SIREN, INSEE, NIS ou autre) et value (entre guillemets)',
    example: ['territory_code:', '  scheme: INSEE', '  value: "21231"'],
  },
  { key: 'kind', help: 'nature du document', example: ['kind: PCAET'] },
  { key: 'description', help: 'une phrase qui résume le plan (reprise par les moteurs de recherche)', example: ['description: "Les 40 actions du plan, classées par axe."'] },
  { key: 'period', help: 'période couverte : deux années', example: ['period:', '  start: 2020', '  end: 2026'] },
  { key: 'adopted', help: "date d'adoption, AAAA-MM-JJ", example: ['adopted: 2020-12-17'] },
  { key: 'document', help: 'document officiel : title, et url seulement si l’adresse est sûre', example: ['document:', '  title: "Délibération du 17 décembre 2020"', '  url: https://www.ville.fr/pcaet.pdf'] },
  { key: 'licence', help: 'licence des données ; par défaut Licence Ouverte 2.0', example: ['licence:', '  name: Licence Ouverte 2.0', '  url: https://www.etalab.gouv.fr/licence-ouverte-open-licence/'] },
  { key: 'contact', help: "adresse électronique d'un service (jamais d'une personne) ou formulaire de contact, pour « Signaler une erreur »", example: ['contact: climat@ville.fr'] },
  {
    key: 'levels',
    help: "niveaux de l'arborescence, du plus haut au plus bas (id, label, plural) ; absent si le plan n'a que des actions",
    example: ['levels:', '  - id: axe', '    label: Axe stratégique', '    plural: Axes stratégiques'],
  },
  { key: 'action_label', help: 'si le plan appelle ses actions autrement', example: ['action_label:', '  singular: Fiche', '  plural: Fiches'] },
  { key: 'subaction_label', help: 'si le plan appelle ses sous-actions autrement', example: ['subaction_label:', '  singular: Mesure', '  plural: Mesures'] },
  { key: 'statuses', help: "libellés d'état propres au plan et leur état commun (a_venir, en_cours, realise, en_pause, abandonne, bloque, en_retard, a_discuter, non_renseigne)", example: ['statuses:', '  "Engagé": en_cours'] },
  { key: 'languages', help: "langues dans lesquelles le plan est publié, parmi celles du site (site.yml) ; la première est celle de ses textes (absent : la langue par défaut du site)", example: ['languages: [fr, nl]'] },
  {
    key: 'title_nl',
    translations: true,
    help: "traductions dans une autre langue du plan : <clé>_<langue> pour title, short_title, territory, kind, description ; de même title_nl dans document, label_nl et plural_nl dans levels, singular_nl et plural_nl dans action_label et subaction_label",
    example: ['title_nl: "Klimaatplan 2020-2026"', 'description_nl: "De 40 acties van het plan, per as gerangschikt."'],
  },
  { key: 'fictional', help: 'true pour un plan fictif de démonstration', example: ['fictional: true'] },
  { key: 'draft', help: "true tant que le plan est en préparation : visible avec npm run dev, jamais publié", example: ['draft: true'] },
  { key: 'order', help: 'rang du plan dans la liste des plans (100 par défaut)', example: ['order: 10'] },
  {
    key: 'bilans',
    help: 'bilans publiés, chacun ajouté par npm run bilan -- --plan <dossier> --id 2025 --titre "Bilan 2025" avec ses fichiers (data/<plan>/bilans/<id>/) : id, title, date AAAA-MM-JJ ; ne les écrivez ni ne les modifiez à la main',
    // A bilan needs its folder: a plan starts with none.
    example: ['bilans: []'],
  },
  { key: 'sources', help: "documents d'où viennent les données : title, url, note", example: ['sources:', '  - title: "Plan climat 2020-2026 (PDF)"', '    note: "Tableau des actions, p. 12 à 40."'] },
];
