// The data behind each chart, on the fictional fixture plan (tests/fixtures/charts): what the
// table shows, what the CSV holds, and the caption's main message.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../src/lib/model/issues';
import { readPlanSource } from '../../../src/lib/model/read';
import { assemblePlan } from '../../../src/lib/model/assemble';
import { indexPlan } from '../../../src/lib/model/queries';
import { recentStatusChanges } from '../../../src/lib/model/updates';
import { actionFigures, sumBudgets } from '../../../src/lib/charts/data/budget';
import { displayCell, sharePct } from '../../../src/lib/charts/data/table';
import { csvValue, tableToCsv } from '../../../src/lib/charts/csv';
import {
  chartFiles,
  indicatorChart,
  nodeProgressChart,
  nodeStatusChart,
  planBudgetChart,
  planCharts,
  planProgressChart,
  planStatusChart,
  scheduleGroups,
} from '../../../src/lib/charts/catalog';
import { statusChart, unknownStatusSentence } from '../../../src/lib/charts/data/status';

const plain = (s: string | undefined) => s?.replace(/[\u202f\u00a0]/g, ' ');
const log = new IssueLog();
const plan = assemblePlan(readPlanSource({ content: 'tests/fixtures/charts/content', data: 'tests/fixtures/charts/data' }, 'demo', log), log)!;
const index = indexPlan(plan);
const action = (id: string) => plan.actions.find((a) => a.id === id)!;

describe('status charts', () => {
  it('counts actions per status with shares rounded to one decimal', () => {
    const chart = planStatusChart(index)!;
    expect(chart.table.rows).toEqual([
      { etat: 'À venir', actions: 1, part_pct: 11.1 },
      { etat: 'En cours', actions: 3, part_pct: 33.3 },
      { etat: 'Réalisé', actions: 2, part_pct: 22.2 },
      { etat: 'Abandonné', actions: 1, part_pct: 11.1 },
      { etat: 'En retard', actions: 1, part_pct: 11.1 },
      { etat: 'Non renseigné', actions: 1, part_pct: 11.1 },
    ]);
    expect(chart.message).toBe('3 des 9 actions sont en cours ; 2 sont réalisées.');
  });

  it('has no chart when no status is known (pages say so in a sentence) or without actions', () => {
    const words = { singular: 'action', plural: 'actions' };
    expect(statusChart([action('a8')], 'x', 'X', words)).toBeUndefined();
    expect(unknownStatusSentence(1, words)).toBe("L'état d'avancement de la seule action n'est pas renseigné.");
    expect(unknownStatusSentence(27, words)).toBe("Aucune des 27 actions n'a d'état d'avancement renseigné.");
    expect(statusChart([], 'x', 'X', words)).toBeUndefined();
    expect(statusChart([action('a8'), action('a1')], 'x', 'X', words)!.message).toBe('1 des 2 actions est en cours.');
  });

  it('says « la seule action » of a plan of one action, never « 1 des 1 actions »', () => {
    const words = { singular: 'action', plural: 'actions' };
    expect(statusChart([action('a1')], 'x', 'X', words)!.message).toBe('La seule action est en cours.');
    expect(statusChart([action('a1')], 'x', 'X', words, 'en')!.message).toBe('The only action is in progress.');
    expect(statusChart([action('a1')], 'x', 'X', { singular: 'actie', plural: 'acties' }, 'nl')!.message).toBe('De enige actie is in uitvoering.');
  });

  it('counts per axis, an action under two axes in each', () => {
    const chart = planProgressChart(index)!;
    expect(chart.statuses).toEqual(['a_venir', 'en_cours', 'realise', 'abandonne', 'en_retard', 'non_renseigne']);
    expect(chart.table.rows.map((r) => [r.id, r.actions])).toEqual([
      ['ax1', 4],
      ['ax2', 4],
      ['ax3', 2],
    ]);
    expect(chart.table.rows[0]).toMatchObject({ a_venir: 1, en_cours: 1, realise: 1, en_retard: 1, abandonne: 0 });
    expect(chart.message).toBe('« 1 Sobriété des bâtiments publics » est le plus avancé : 2 de ses 4 actions sont en cours ou réalisées.');
  });

  it('has node charts only where there is something to draw', () => {
    const ax1 = index.nodes.get('ax1')!;
    expect(nodeStatusChart(index, ax1)!.id).toBe('noeud-ax1-etats');
    expect(nodeProgressChart(index, ax1)).toBeUndefined();
  });
});

describe('budget per axis', () => {
  it('reads an action’s figure from its global budget, else from its operating and investment parts', () => {
    expect(actionFigures(action('a1'))).toEqual([{ tax: '', kind: 'range', low: 17e6, high: 27e6 }]);
    expect(actionFigures(action('a4'))).toEqual([{ tax: 'HT', kind: 'fixed', low: 154.2e6, high: 154.2e6 }]);
    expect(actionFigures(action('a5'))).toEqual([
      { tax: '', kind: 'fixed', low: 10_000, high: 10_000 },
      { tax: '', kind: 'fixed', low: 500_000, high: 500_000 },
    ]);
    expect(actionFigures(action('a6'))).toEqual([{ tax: '', kind: 'floor', low: 10_000 }]);
    // "?", words and empty cells are no figure, never 0 €.
    expect(actionFigures(action('a3'))).toEqual([]);
    expect(actionFigures(action('a7'))).toEqual([]);
    expect(actionFigures(action('a8'))).toEqual([]);
  });

  it('adds single amounts and range bounds separately, and never HT with TTC', () => {
    const { sums, withFigure, withoutFigure } = sumBudgets(plan.actions);
    expect([withFigure, withoutFigure]).toEqual([6, 3]);
    expect(sums.map((s) => s.tax)).toEqual(['HT', 'TTC', '']);
    const untaxed = sums.find((s) => s.tax === '')!;
    expect(untaxed).toMatchObject({ fixed: 544_000, rangeLow: 17e6, rangeHigh: 27e6, low: 17_544_000, ranges: 1, floors: 1 });
    // A floor ("10 000 € + ?") leaves the total without an upper bound.
    expect(untaxed.high).toBeUndefined();
  });

  it('gives one row per axis and tax series, empty cells where nothing is known', () => {
    const chart = planBudgetChart(index)!;
    expect(chart.mixedTax).toBe(true);
    expect(chart.table.rows).toEqual([
      { id: 'ax1', intitule: '1 Sobriété des bâtiments publics', taxe: undefined, montants_simples: 534_000, fourchettes_bas: 17e6, fourchettes_haut: 27e6, total_bas: 17_534_000, total_haut: 27_534_000, actions_chiffrees: 3, actions_sans_montant: 1 },
      { id: 'ax2', intitule: '2 Mobilités actives et transports en commun sur tout le territoire', taxe: 'HT', montants_simples: 154.2e6, fourchettes_bas: undefined, fourchettes_haut: undefined, total_bas: 154.2e6, total_haut: 154.2e6, actions_chiffrees: 1, actions_sans_montant: 1 },
      { id: 'ax2', intitule: '2 Mobilités actives et transports en commun sur tout le territoire', taxe: undefined, montants_simples: 520_000, fourchettes_bas: undefined, fourchettes_haut: undefined, total_bas: 520_000, total_haut: undefined, actions_chiffrees: 2, actions_sans_montant: 1 },
      { id: 'ax3', intitule: '3 Achats', taxe: 'TTC', montants_simples: 500_000, fourchettes_bas: undefined, fourchettes_haut: undefined, total_bas: 500_000, total_haut: 500_000, actions_chiffrees: 1, actions_sans_montant: 1 },
    ]);
    expect(plain(chart.message)).toBe('« 2 Mobilités actives et transports en commun sur tout le territoire » porte le plus gros montant chiffré : 154,2 M€ HT.');
    expect(chart.notes[0]).toBe("3 des 9 actions n'ont pas de montant chiffré ; elles ne comptent pas ici.");
  });
});

describe('indicator trajectory', () => {
  it('has one row per year with a value, text kept, gaps computed', () => {
    const chart = indicatorChart(index, plan.indicators.find((i) => i.id === 'pistes')!)!;
    expect(chart.id).toBe('indicateur-pistes');
    expect(chart.table.rows).toEqual([
      { annee: 2019, objectif: undefined, resultat: 40, ecart: undefined },
      { annee: 2020, objectif: 50, resultat: 52, ecart: 2 },
      { annee: 2021, objectif: undefined, resultat: 58, ecart: undefined },
      { annee: 2022, objectif: 70, resultat: 66, ecart: -4 },
      { annee: 2024, objectif: 90, resultat: undefined, ecart: undefined },
    ]);
    expect(plain(chart.message)).toBe('En retard sur la trajectoire : 66 km en 2022, pour 70 km attendus cette année-là.');
  });

  it('has no chart for an indicator without any number', () => {
    expect(indicatorChart(index, plan.indicators.find((i) => i.id === 'colloques')!)).toBeUndefined();
  });
});

describe('schedule', () => {
  it('groups dated actions by top-level axis, sorted by start, with ISO bounds', () => {
    const groups = scheduleGroups(index);
    expect(groups.map((g) => g.chart.id)).toEqual(['calendrier-ax1', 'calendrier-ax2', 'calendrier-ax3']);
    const ax1 = groups[0].chart;
    expect(ax1.table.rows.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a5']);
    expect(ax1.table.rows[1]).toEqual({
      id: 'a2',
      action: '1.2 Remplacer les chaudières au fioul',
      debut: 'été 2019',
      debut_du: '2019-06-21',
      debut_au: '2019-09-22',
      fin: 'sept-19',
      fin_du: '2019-09-01',
      fin_au: '2019-09-30',
    });
    expect(groups[2].chart.undated).toBe(1);
    expect(groups[2].chart.message).toBe("1 des 2 actions a des dates, qui s'étendent en 2021.");
  });
});

describe('recent status changes', () => {
  it('lists the latest updates that set a status, newest first, with the previous status', () => {
    const changes = recentStatusChanges(plan, 5);
    expect(changes.map((c) => c.update.id)).toEqual(['u5', 'u4', 'u2', 'u1', 'u6']);
    expect(changes[2].previous?.status).toBe('a_venir');
    expect(changes[0].previous).toBeUndefined();
  });
});

describe('table cells and CSV cells', () => {
  it.each<[Parameters<typeof displayCell>[0], Parameters<typeof displayCell>[1], string | undefined, string]>([
    [1234.5, 'number', '1 234,5', '1234.5'],
    [44.4, 'percent', '44,4 %', '44.4'],
    [17_534_000, 'money', '17 534 000 €', '17534000'],
    [2020, 'year', '2020', '2020'],
    ['2019-06-21', 'date', '21 juin 2019', '2019-06-21'],
    ['1 colloque organisé', 'value', '1 colloque organisé', '1 colloque organisé'],
    [-4, 'number', '-4', '-4'],
    [undefined, 'money', undefined, ''],
    [1e21, 'number', '1 000 000 000 000 000 000 000', '1000000000000000000000'],
  ])('%j (%s) → %j / %j', (value, kind, shown, csv) => {
    expect(plain(displayCell(value, kind))).toBe(shown);
    expect(csvValue(value)).toBe(csv);
  });

  it('rounds shares to one decimal of a percent', () => {
    expect([sharePct(1, 3), sharePct(2, 3), sharePct(0, 5), sharePct(1, 0)]).toEqual([33.3, 66.7, 0, undefined]);
  });

  it('writes canonical CSV: header of keys, plain numbers, empty = missing, text exactly as published', () => {
    const csv = tableToCsv({
      columns: [
        { key: 'annee', label: 'Année', kind: 'year' },
        { key: 'texte', label: 'Texte', kind: 'text' },
        { key: 'ecart', label: 'Écart', kind: 'number' },
      ],
      rows: [
        { annee: 2020, texte: '=SOMME(A1)', ecart: -4 },
        { annee: 2021, texte: 'a, "b"', ecart: undefined },
      ],
    });
    expect(csv).toBe('annee,texte,ecart\r\n2020,=SOMME(A1),-4\r\n2021,"a, ""b""",\r\n');
    const parsed = Papa.parse<string[]>(csv.trim(), { delimiter: ',' });
    expect(parsed.data[2]).toEqual(['2021', 'a, "b"', '']);
  });
});

describe('catalog', () => {
  it('lists every chart once, with its CSV path and the page that shows it', () => {
    const files = chartFiles([index]);
    const ids = files.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'etats',
      'avancement',
      'budget',
      'noeud-ax1-etats',
      'noeud-ax2-etats',
      'noeud-ax3-etats',
      'indicateur-ges',
      'indicateur-pistes',
      'indicateur-part-vert',
      'calendrier-ax1',
      'calendrier-ax2',
      'calendrier-ax3',
    ]);
    expect(files[0]).toEqual({ plan: 'demo', id: 'etats', title: "Actions par état d'avancement", path: 'demo/graphiques/etats.csv', page: 'demo/' });
    expect(files.find((f) => f.id === 'indicateur-ges')!.page).toBe('demo/indicateurs/ges/');
    // Titles name an axis by its code and title, never by its code alone.
    expect(files.find((f) => f.id === 'noeud-ax1-etats')!.title).toBe("Actions de « 1 Sobriété des bâtiments publics » par état d'avancement");
    expect(files.find((f) => f.id === 'calendrier-ax3')!.title).toBe('Calendrier : 3 Achats');
    expect(planCharts(index).every((c) => c.chart.table.rows.length > 0)).toBe(true);
    // Computed once per plan: the exports, the CSV endpoint and the data page share one list.
    expect(planCharts(index)).toBe(planCharts(index));
  });
});
