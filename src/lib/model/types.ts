import type { Status } from '../normalise/status';
import type { Budget } from '../normalise/budget';
import type { PartialDate } from '../normalise/date';
import type { UiLanguage } from '../i18n/languages';
import type { Translations } from '../i18n/localize';
import type { ReleaseInfo } from '../bilans/types';

/** A hierarchy level as the plan names it (Axe, Engagement, Domaine, Mesure Cit'ergie…). */
export interface Level {
  /** `label_nl`, `plural_nl`… in plan.md. */
  translations?: Translations;
  id: string;
  label: string;
  plural: string;
}

/** What a plan calls its actions or sub-actions (« Fiche action », « Mesure »). */
export interface ActionLabel {
  singular: string;
  plural: string;
  /**
   * True when the plan names none: the words are the interface's default, in the plan's own
   * language, and pages write the reader's (lib/view/plan-words.ts). Absent: the plan's own words.
   */
  byDefault?: boolean;
}

export interface PlanMeta {
  /** The folder name, used in every URL: `/<slug>/…`. */
  slug: string;
  file: string;
  title: string;
  /**
   * `title_nl`, `description_en`… in plan.md: the plan's texts in its other languages, by key
   * (`title`, `short_title`, `territory`, `kind`, `description`), those inside an object by path
   * (`document.title`, `action_label.singular`, `subaction_label.plural`). Levels carry their own.
   */
  translations?: Translations;
  shortTitle?: string;
  territory: string;
  territoryCode?: { scheme: string; value: string };
  kind?: string;
  period?: { start: number; end: number };
  adopted?: string;
  document?: { title: string; url?: string };
  /** Where citizens report an error: an e-mail address or a web page (plan.md `contact`). */
  contact?: string;
  licence: { name: string; url?: string };
  levels: Level[];
  actionLabel: ActionLabel;
  /** What the plan calls sub-actions ("Mesure", "Sous-action"). */
  subactionLabel: ActionLabel;
  statusLabels: Record<string, Status>;
  /**
   * The languages the plan is published in (plan.md `languages`, else the site's default): the
   * first is the language its texts were written in. Its pages exist in each of them.
   */
  languages: UiLanguage[];
  fictional: boolean;
  /** `draft: true` in plan.md: shown by `npm run dev` with a « brouillon » banner, never built. */
  draft: boolean;
  order: number;
  description?: string;
  sources: { title: string; url?: string; note?: string }[];
  /**
   * The plan's bilans (plan.md `bilans`), oldest first (by date, then id); `[]` when none. Their
   * files are in data/<plan>/bilans/<id>/, checked by lib/bilans/verify.
   */
  bilans: ReleaseInfo[];
}

export interface Located {
  /** Where the entity is defined, for messages and "source" notes. */
  origin: { file: string; line: number }[];
  source?: string;
  /**
   * The entity's text fields in the plan's other languages (`title_nl` columns, `title:` in a
   * translated fiche), per language then field (the CSV column's name, `title`, `carbon_gain`);
   * read through lib/i18n/localize.ts. Absent: no translation.
   */
  translations?: Translations;
}

export interface HierarchyNode extends Located {
  plan: string;
  id: string;
  level: string;
  parent?: string;
  code?: string;
  title: string;
  summary?: string;
  order: number;
  /** Child node ids, in display order. */
  children: string[];
  /** Ids of the actions directly under this node, in display order. */
  actions: string[];
}

export interface StatusValue {
  /** The plan's own wording, kept as published ('' when absent). */
  label: string;
  status: Status;
  /**
   * True when the plan gives no status for the action and `status` was derived from its
   * sub-actions (model/derive-status); `label` is then ''. Absent for a declared status.
   */
  derived?: boolean;
}

export interface Action extends Located {
  plan: string;
  id: string;
  parents: string[];
  code?: string;
  title: string;
  summary?: string;
  status: StatusValue;
  progress?: number;
  pilot?: string;
  targets?: string;
  start: PartialDate;
  end: PartialDate;
  budget: Budget;
  budgetOperating: Budget;
  budgetInvestment: Budget;
  climateIssues: string[];
  energyEffects: string[];
  citizenDimension?: boolean;
  carbonGain?: string;
  approaches: string[];
  tags: string[];
  concertation?: string;
  place: { commune?: string; district?: string; site?: string };
  related: string[];
  relatedText: string[];
  order: number;
  /** Path of the Markdown/MDX fiche that holds the narrative, when there is one. */
  fiche?: string;
  /** Paths of the fiche's translations (`actions/<id>.<lang>.md|mdx`), per language. */
  ficheTranslations?: Partial<Record<UiLanguage, string>>;
}

export interface SubAction extends Located {
  plan: string;
  id: string;
  action: string;
  code?: string;
  title: string;
  description?: string;
  pilot?: string;
  status: StatusValue;
  start: PartialDate;
  end: PartialDate;
}

export interface Partner extends Located {
  plan: string;
  id: string;
  action: string;
  subaction?: string;
  name: string;
  role: 'financier' | 'partenaire' | 'concertation';
}

export interface Indicator extends Located {
  plan: string;
  id: string;
  action?: string;
  node?: string;
  /** The sub-action (mesure) it follows, within `action`. */
  subaction?: string;
  label: string;
  unit?: string;
  kind?: 'resultat' | 'realisation';
  direction?: 'hausse' | 'baisse' | 'cible';
  description?: string;
  dataSource?: string;
}

export interface IndicatorValue extends Located {
  plan: string;
  indicator: string;
  year: number;
  type: 'objectif' | 'resultat';
  /** The cell as written; '' = non renseigné. */
  raw: string;
  /** Set when the cell is a plain number. */
  number?: number;
  note?: string;
}

export interface BudgetLine extends Located {
  plan: string;
  action: string;
  year: number;
  section: 'fonctionnement' | 'investissement';
  kind: 'prevu' | 'realise';
  amount: number;
  tax?: 'HT' | 'TTC';
  note?: string;
}

export interface Update extends Located {
  plan: string;
  id: string;
  action: string;
  date: string;
  status?: StatusValue;
  progress?: number;
  note?: string;
}

/** A spreadsheet column the site has no field for, kept under its original header (extra_fields.csv). */
export interface ExtraField extends Located {
  plan: string;
  entity: 'action' | 'node';
  /** Id of the action or hierarchy node it describes. */
  id: string;
  /** The spreadsheet's header, as written. */
  field: string;
  value: string;
}

/** One plan, validated and cross-linked. */
export interface Plan {
  meta: PlanMeta;
  nodes: HierarchyNode[];
  /** Ids of the top-level nodes, in display order. */
  roots: string[];
  actions: Action[];
  subactions: SubAction[];
  partners: Partner[];
  indicators: Indicator[];
  indicatorValues: IndicatorValue[];
  budgetLines: BudgetLine[];
  updates: Update[];
  /** Extra fields, in file order (always set by assemble; optional for plans built by hand in tests). */
  extraFields?: ExtraField[];
}
