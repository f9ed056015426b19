/**
 * A small plan built in memory for the search tests: two axes, an objective, four actions (one
 * under two axes), sub-actions with pilots, partners, indicators and budget lines.
 */
import { indexPlan, type PlanIndex } from '../../../src/lib/model/queries';
import type { Action, HierarchyNode, Plan, PlanMeta } from '../../../src/lib/model/types';
import type { PartialDate } from '../../../src/lib/normalise/date';
import type { Budget } from '../../../src/lib/normalise/budget';
import type { Status } from '../../../src/lib/normalise/status';

const none: PartialDate = { raw: '', kind: 'none' };
const noBudget: Budget = { raw: '', kind: 'none' };
export const year = (y: number): PartialDate => ({ raw: String(y), kind: 'date', start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' });

export function meta(over: Partial<PlanMeta> = {}): PlanMeta {
  return {
    slug: 'ville',
    file: 'content/ville/plan.md',
    title: 'Plan climat de la Ville',
    shortTitle: 'Ville',
    territory: 'Ville',
    licence: { name: 'Licence Ouverte 2.0' },
    levels: [
      { id: 'axe', label: 'Axe', plural: 'Axes' },
      { id: 'objectif', label: 'Objectif', plural: 'Objectifs' },
    ],
    actionLabel: { singular: 'Action', plural: 'Actions' },
    subactionLabel: { singular: 'Mesure', plural: 'Mesures' },
    statusLabels: {},
    languages: ['fr'],
    fictional: false,
    draft: false,
    order: 2,
    sources: [],
    bilans: [],
    ...over,
  };
}

export function node(id: string, level: string, over: Partial<HierarchyNode> = {}): HierarchyNode {
  return { plan: 'ville', id, level, title: id, order: 0, children: [], actions: [], origin: [], ...over };
}

export function action(id: string, over: Partial<Action> & { statusId?: Status } = {}): Action {
  const { statusId, ...rest } = over;
  return {
    plan: 'ville',
    id,
    parents: [],
    title: `Action ${id}`,
    status: { label: '', status: statusId ?? 'non_renseigne' },
    start: none,
    end: none,
    budget: noBudget,
    budgetOperating: noBudget,
    budgetInvestment: noBudget,
    climateIssues: [],
    energyEffects: [],
    approaches: [],
    tags: [],
    place: {},
    related: [],
    relatedText: [],
    order: 0,
    origin: [],
    ...rest,
  };
}

/** The test plan, indexed. */
export function villePlan(over: Partial<PlanMeta> = {}): PlanIndex {
  const plan: Plan = {
    meta: meta(over),
    nodes: [
      node('a1', 'axe', { code: '1', title: 'Se déplacer', children: ['o11'] }),
      node('o11', 'objectif', { code: '1.1', title: 'Pédaler', parent: 'a1', actions: ['x1', 'x2'] }),
      node('a2', 'axe', { code: '2', title: 'Habiter', actions: ['x2', 'x3', 'x4'] }),
    ],
    roots: ['a1', 'a2'],
    actions: [
      action('x1', {
        code: '1.1.2',
        title: 'Développer le vélo',
        parents: ['o11'],
        statusId: 'en_cours',
        pilot: 'Service mobilité',
        climateIssues: ['attenuation'],
        start: year(2021),
        end: year(2024),
        budget: { raw: '10 000 €', kind: 'amount', min: 10000, max: 10000 },
      }),
      action('x2', { code: '1.1.10', title: 'Écoles à vélo', parents: ['o11', 'a2'], statusId: 'realise', start: year(2019), end: year(2020) }),
      action('x3', { code: '2.1', title: 'Rénover les cantines', parents: ['a2'], statusId: 'en_cours', climateIssues: ['attenuation', 'adaptation'], end: year(2026) }),
      action('x4', { title: 'Sans code', parents: ['a2'], budget: { raw: '?', kind: 'unknown' } }),
    ],
    subactions: [
      { plan: 'ville', id: 'x2-m1', action: 'x2', title: 'Compostage', pilot: 'Service éducation', status: { label: '', status: 'non_renseigne' }, start: none, end: none, origin: [] },
      { plan: 'ville', id: 'x2-m2', action: 'x2', title: 'Ateliers', pilot: 'Service éducation', status: { label: '', status: 'non_renseigne' }, start: none, end: none, origin: [] },
    ],
    partners: [
      { plan: 'ville', id: 'p1', action: 'x1', name: 'ADEME', role: 'financier', origin: [] },
      { plan: 'ville', id: 'p2', action: 'x2', subaction: 'x2-m1', name: 'Association Vélo', role: 'partenaire', origin: [] },
      { plan: 'ville', id: 'p3', action: 'x2', name: 'ADEME', role: 'financier', origin: [] },
    ],
    indicators: [
      { plan: 'ville', id: 'i1', action: 'x1', label: 'Kilomètres de pistes', origin: [] },
      { plan: 'ville', id: 'i2', node: 'a2', label: 'Logements rénovés', origin: [] },
    ],
    indicatorValues: [],
    budgetLines: [{ plan: 'ville', action: 'x3', year: 2024, section: 'investissement', kind: 'prevu', amount: 5000, origin: [] }],
    updates: [],
  };
  return indexPlan(plan);
}
