/**
 * Field changes told in French for the public (« État : En cours → Réalisé »), grouped by commit,
 * with the plan's own reporting (an `updates.csv` row) first and the file change it duplicates
 * left out. Pure; the pages and the feed share it.
 */
import { formatDate, formatNumber } from '../format';
import { labelKey } from '../normalise/status';
import type { PlanChange } from './changes';

/** Kinds of change a reader can filter on, with their sub-page slug under `changements/`. */
export const CHANGE_KINDS = [
  { slug: 'etat', label: 'État' },
  { slug: 'budget', label: 'Budget' },
  { slug: 'dates', label: 'Dates' },
  { slug: 'indicateurs', label: 'Indicateurs' },
  { slug: 'nouvelles-actions', label: 'Nouvelles actions' },
  { slug: 'actions-retirees', label: 'Actions retirées' },
] as const;
export type ChangeKindSlug = (typeof CHANGE_KINDS)[number]['slug'];

/** The kinds a change belongs to (possibly none: a title, a partner). */
export function kindsOf(c: PlanChange): ChangeKindSlug[] {
  const kinds: ChangeKindSlug[] = [];
  if (c.entity === 'actions' && c.kind === 'ajout') kinds.push('nouvelles-actions');
  if (c.entity === 'actions' && c.kind === 'retrait') kinds.push('actions-retirees');
  if ((c.entity === 'actions' || c.entity === 'subactions') && (c.field === 'status' || c.field === 'progress')) kinds.push('etat');
  if (c.entity === 'updates' && c.kind === 'ajout' && (c.row.status || c.row.progress)) kinds.push('etat');
  if ((c.entity === 'actions' && c.field.startsWith('budget')) || c.entity === 'budget_lines') kinds.push('budget');
  if ((c.entity === 'actions' || c.entity === 'subactions') && (c.field === 'start' || c.field === 'end')) kinds.push('dates');
  if (c.entity === 'indicators' || c.entity === 'indicator_values') kinds.push('indicateurs');
  return kinds;
}

const FIELD_LABELS: Record<string, string> = {
  status: 'État',
  progress: 'Avancement',
  budget: 'Budget',
  budget_operating: 'Budget de fonctionnement',
  budget_investment: "Budget d'investissement",
  start: 'Date de début',
  end: 'Date de fin',
  title: 'Intitulé',
  summary: 'Description',
  description: 'Description',
  pilot: 'Pilote',
  targets: 'Cibles',
  parent: 'Rattachement',
  code: 'Code',
  label: 'Intitulé',
  unit: 'Unité',
  name: 'Nom',
  role: 'Rôle',
  value: 'Valeur',
  amount: 'Montant',
  note: 'Précision',
  source: 'Source',
  tags: 'Thèmes',
  commune: 'Commune',
  district: 'Quartier',
  site: 'Site',
  related: 'Actions liées',
  order: "Rang d'affichage",
};
/** Values shown bare (short, structured); every other value is quoted, as published. */
const BARE = new Set(['status', 'progress', 'start', 'end', 'year', 'order', 'code']);

const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;
const quote = (field: string, v: string) => (BARE.has(field) ? v : `« ${v} »`);
const clip = (v: string, max = 160) => (v.length > max ? `${v.slice(0, max - 1)}…` : v);

function fieldSentence(c: PlanChange): string {
  const label = fieldLabel(c.field);
  const v = (s: string) => quote(c.field, clip(s));
  if (c.old === '') return `${label} renseigné : ${v(c.new)}`;
  if (c.new === '') return `${label} effacé (était ${v(c.old)})`;
  return `${label} : ${v(c.old)} → ${v(c.new)}`;
}

/** What the page knows about today's indicators, to name one in a sentence. */
export type IndicatorNames = (id: string) => { label: string; unit?: string } | undefined;

const valueType = (t: string | undefined) => (t === 'objectif' ? 'objectif' : 'résultat');
const withUnit = (value: string, unit?: string) => {
  const n = Number(value);
  const shown = value !== '' && Number.isFinite(n) ? formatNumber(n) : value;
  return unit && shown !== '' ? `${shown} ${unit}` : shown;
};

/** One change as a sentence, or undefined for a change a reader has no use for (a source note). */
export function describe(c: PlanChange, indicator: IndicatorNames = () => undefined): string | undefined {
  const r = c.row;
  switch (c.entity) {
    case 'actions':
      if (c.kind === 'ajout') return 'Action publiée sur ce site';
      if (c.kind === 'retrait') return 'Action retirée du plan publié';
      return fieldSentence(c);
    case 'fiche':
      if (c.kind === 'ajout') return 'Fiche publiée';
      if (c.kind === 'retrait') return 'Fiche retirée';
      if (c.field === 'fichier') return 'Fiche renommée';
      return c.delta ? `Fiche modifiée (${c.delta.added} ligne${c.delta.added > 1 ? 's' : ''} ajoutée${c.delta.added > 1 ? 's' : ''}, ${c.delta.removed} retirée${c.delta.removed > 1 ? 's' : ''})` : 'Fiche modifiée';
    case 'subactions':
    case 'partners':
    case 'indicators': {
      const noun = { subactions: 'Sous-action', partners: 'Partenaire', indicators: 'Indicateur' }[c.entity];
      const fem = c.entity === 'subactions';
      const name = r[c.entity === 'partners' ? 'name' : c.entity === 'indicators' ? 'label' : 'title'] || c.entityId;
      if (c.kind === 'ajout') return `${noun} ajouté${fem ? 'e' : ''} : ${name}`;
      if (c.kind === 'retrait') return `${noun} retiré${fem ? 'e' : ''} : ${name}`;
      return `${noun} « ${clip(name, 80)} » — ${fieldSentence(c)}`;
    }
    case 'indicator_values': {
      const known = indicator(r.indicator ?? '');
      const name = known?.label ?? r.indicator ?? '';
      const what = `${valueType(r.type)} ${r.year ?? ''}`.trim();
      if (c.kind === 'ajout') return `Indicateur ${name} : ${what} ajouté${r.value ? ` (${withUnit(r.value, known?.unit)})` : ''}`;
      if (c.kind === 'retrait') return `Indicateur ${name} : ${what} retiré`;
      if (c.field === 'value') return `Indicateur ${name} : ${what} ${withUnit(c.old, known?.unit) || '(vide)'} → ${withUnit(c.new, known?.unit) || '(vide)'}`;
      return `Indicateur ${name} : ${what} — ${fieldSentence(c)}`;
    }
    case 'budget_lines': {
      const line = `Ligne budgétaire ${r.year ?? ''} (${r.section ?? ''}, ${r.kind === 'realise' ? 'réalisé' : 'prévu'})`;
      const euros = (v: string) => (Number.isFinite(Number(v)) && v !== '' ? `${formatNumber(Number(v))} €` : v);
      if (c.kind === 'ajout') return `${line} ajoutée : ${euros(r.amount ?? '')}`;
      if (c.kind === 'retrait') return `${line} retirée`;
      if (c.field === 'amount') return `${line} : ${euros(c.old)} → ${euros(c.new)}`;
      return `${line} — ${fieldSentence(c)}`;
    }
    case 'updates':
      if (c.kind === 'ajout') {
        const parts = [r.status && `état : ${r.status}`, r.progress && `avancement : ${r.progress} %`].filter(Boolean);
        return `Point d'étape${r.date ? ` du ${formatDate(r.date)}` : ''}${parts.length ? ` — ${parts.join(', ')}` : ''}${r.note ? ` — ${clip(r.note, 300)}` : ''}${r.source ? ` (source : ${clip(r.source, 120)})` : ''}`;
      }
      if (c.kind === 'retrait') return `Point d'étape retiré${r.date ? ` (${r.date})` : ''}`;
      return `Point d'étape${r.date ? ` du ${r.date}` : ''} — ${fieldSentence(c)}`;
    case 'hierarchy':
      if (c.kind === 'ajout') return `Niveau ajouté : ${r.title || c.entityId}`;
      if (c.kind === 'retrait') return `Niveau retiré : ${r.title || c.entityId}`;
      return `Niveau « ${clip(r.title || c.entityId, 80)} » — ${fieldSentence(c)}`;
  }
}

/**
 * Drops, for one action and one commit, the status or progress change of its row that a
 * `updates.csv` row added in the same commit already reports, and puts the plan's own reporting
 * first. Other changes keep their order.
 */
export function preferPlanReporting(changes: PlanChange[]): PlanChange[] {
  const reported = new Set<string>();
  for (const c of changes) {
    if (c.entity !== 'updates' || c.kind !== 'ajout') continue;
    if (c.row.status) reported.add(`${c.commit}\t${c.actionId}\tstatus\t${labelKey(c.row.status)}`);
    if (c.row.progress) reported.add(`${c.commit}\t${c.actionId}\tprogress\t${c.row.progress.trim()}`);
  }
  const duplicate = (c: PlanChange) =>
    c.entity === 'actions' &&
    c.kind === 'modification' &&
    (c.field === 'status' || c.field === 'progress') &&
    reported.has(`${c.commit}\t${c.actionId}\t${c.field}\t${c.field === 'status' ? labelKey(c.new) : c.new.trim()}`);
  const kept = changes.filter((c) => !duplicate(c));
  const rank = (c: PlanChange) => (c.entity === 'updates' ? 0 : 1);
  // Stable: within a commit, the plan's reporting first.
  return kept
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.commit === b.c.commit ? rank(a.c) - rank(b.c) || a.i - b.i : a.i - b.i))
    .map(({ c }) => c);
}

/** Changes of one commit (one day, one public note) as a reader sees them. */
export interface ChangeGroup {
  date: string;
  commit: string;
  note: string;
  lines: string[];
}

/**
 * An action's history, newest first: one group per commit, its sentences in order. Changes with
 * no sentence (none today) and commits left with no sentence are dropped.
 */
export function actionTimeline(changes: PlanChange[], indicator?: IndicatorNames): ChangeGroup[] {
  const byCommit: PlanChange[][] = [];
  for (const c of preferPlanReporting(changes)) {
    const last = byCommit[byCommit.length - 1];
    if (last && last[0].commit === c.commit) last.push(c);
    else byCommit.push([c]);
  }
  const groups: ChangeGroup[] = [];
  for (const list of byCommit) {
    const lines = publication(list, indicator) ?? list.map((c) => describe(c, indicator)).filter((l): l is string => !!l);
    if (lines.length > 0) groups.push({ date: list[0].date, commit: list[0].commit, note: list[0].note, lines });
  }
  return groups.reverse();
}

const COUNTED: Partial<Record<PlanChange['entity'], [string, string]>> = {
  subactions: ['sous-action', 'sous-actions'],
  partners: ['partenaire', 'partenaires'],
  indicators: ['indicateur', 'indicateurs'],
  indicator_values: ["valeur d'indicateur", "valeurs d'indicateurs"],
  budget_lines: ['ligne budgétaire', 'lignes budgétaires'],
  updates: ["point d'étape", "points d'étape"],
};

/**
 * The commit that publishes an action tells it in one line (« Action publiée sur ce site, avec
 * 10 partenaires et 2 indicateurs ») rather than one line per row it came with; undefined for any
 * other commit.
 */
function publication(list: PlanChange[], indicator?: IndicatorNames): string[] | undefined {
  if (!list.some((c) => c.entity === 'actions' && c.kind === 'ajout')) return undefined;
  const counts = new Map<string, number>();
  let fiche = false;
  for (const c of list) {
    if (c.kind !== 'ajout') continue;
    if (c.entity === 'fiche') fiche = true;
    const name = COUNTED[c.entity];
    if (name) counts.set(c.entity, (counts.get(c.entity) ?? 0) + 1);
  }
  const parts = [...counts].map(([entity, n]) => `${formatNumber(n)} ${COUNTED[entity as PlanChange['entity']]![n > 1 ? 1 : 0]}`);
  if (fiche) parts.push('sa fiche');
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}` : parts[0];
  const rest = list.filter((c) => c.kind !== 'ajout');
  return [`Action publiée sur ce site${listed ? `, avec ${listed}` : ''}`, ...rest.map((c) => describe(c, indicator)).filter((l): l is string => !!l)];
}

/** Day the action first appeared on the site (its row added), when history reaches that far. */
export function firstPublished(changes: PlanChange[]): string | undefined {
  return changes.find((c) => c.entity === 'actions' && c.kind === 'ajout')?.date;
}

/** Link to a commit on the forge: `base` with the commit id appended (or put in place of `{commit}`). */
export function commitUrl(base: string | undefined, commit: string): string | undefined {
  if (!base) return undefined;
  return base.includes('{commit}') ? base.replace('{commit}', commit) : `${base}${commit}`;
}
