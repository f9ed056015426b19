// The charts in the reader's language: titles, captions, table headers and numbers in Dutch
// (Belgium) and British English, on the fictional fixture plan (written in French), while the
// chart CSVs stay as they are.
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../src/lib/model/issues';
import { readPlanSource } from '../../../src/lib/model/read';
import { assemblePlan } from '../../../src/lib/model/assemble';
import { indexPlan } from '../../../src/lib/model/queries';
import {
  indicatorChart,
  planBudgetChart,
  planCharts,
  planProgressChart,
  planStatusChart,
  scheduleGroups,
} from '../../../src/lib/charts/catalog';
import { budgetLabel } from '../../../src/lib/charts/data/budget';
import { nodeLocal, unknownStatusSentence } from '../../../src/lib/charts/data/status';
import { displayCell } from '../../../src/lib/charts/data/table';
import { tableToCsv } from '../../../src/lib/charts/csv';
import { chartIn } from '../../../src/lib/charts/words';
import { trajectoryLayout } from '../../../src/lib/charts/trajectory';

const plain = (s: string | undefined) => s?.replace(/[\u202f\u00a0]/g, ' ');
const log = new IssueLog();
const plan = assemblePlan(readPlanSource({ content: 'tests/fixtures/charts/content', data: 'tests/fixtures/charts/data' }, 'demo', log), log)!;
const index = indexPlan(plan);
const pistes = plan.indicators.find((i) => i.id === 'pistes')!;

describe('charts in Dutch and English', () => {
  it('writes the status chart’s title, caption and table in the reader’s language, with the canonical state names', () => {
    const en = planStatusChart(index, 'en')!;
    expect(en.title).toBe('Actions by status');
    expect(en.message).toBe('3 of the 9 actions are in progress; 2 are completed.');
    expect(en.table.columns.map((c) => c.label)).toEqual(['Status', 'Actions', 'Share']);
    expect(en.table.rows[0]).toEqual({ etat: 'Planned', actions: 1, part_pct: 11.1 });
    const nl = planStatusChart(index, 'nl')!;
    expect(nl.message).toBe('3 van de 9 acties zijn in uitvoering; 2 zijn gerealiseerd.');
    expect(nl.bars.map((b) => b.label)).toContain('Gerealiseerd');
  });

  it('keeps the plan’s own names (levels, nodes) as published inside translated sentences', () => {
    const chart = planProgressChart(index, 'nl')!;
    expect(chart.title).toBe('Voortgang per axe: acties per status');
    expect(chart.message).toBe('“1 Sobriété des bâtiments publics” is het verst gevorderd: 2 van de 4 acties zijn in uitvoering of gerealiseerd.');
    expect(chart.table.columns.map((c) => c.label).slice(0, 4)).toEqual(['Id', 'Titel', 'Acties', 'Gepland']);
  });

  it('marks the plan’s untranslated titles with their language, and uses a translation when the plan gives one', () => {
    expect(planProgressChart(index, 'nl')!.table.rowLang).toEqual(['fr', 'fr', 'fr']);
    expect(planProgressChart(index)!.table.rowLang).toBeUndefined();
    const ax1 = index.nodes.get('ax1')!;
    expect(nodeLocal(ax1, 'en', 'fr')).toEqual({ text: '1 Sobriété des bâtiments publics', lang: 'fr' });
    const translated = { ...ax1, translations: { nl: { title: 'Zuinige openbare gebouwen' } } };
    expect(nodeLocal(translated, 'nl', 'fr')).toEqual({ text: '1 Zuinige openbare gebouwen' });
  });

  it('writes amounts and tax series in the reader’s locale', () => {
    const en = planBudgetChart(index, 'en')!;
    expect(plain(en.message)).toBe('‘2 Mobilités actives et transports en commun sur tout le territoire’ carries the largest costed amount: €154.2m excl. VAT.');
    expect(en.notes[0]).toBe('3 of the 9 actions have no costed amount; they are not counted here.');
    expect(en.table.rows.find((r) => r.id === 'ax3')!.taxe).toBe('incl. VAT');
    expect(plain(budgetLabel(17e6, 27e6, 'nl'))).toBe('€ 17 mln. tot € 27 mln.');
    expect(plain(budgetLabel(10_000, undefined, 'en'))).toBe('at least €10k');
  });

  it('gives an English trajectory caption, table headers and axis labels', () => {
    const chart = indicatorChart(index, pistes, 'en')!;
    expect(chart.title).toBe('Longueur de pistes cyclables: target and result by year (km)');
    expect(chart.message).toBe('Off track: 66 km in 2022, against 70 km expected that year.');
    expect(chart.table.columns.map((c) => c.label)).toEqual(['Year', 'Target (km)', 'Result (km)', 'Gap, result − target (km)']);
    const ticks = trajectoryLayout([{ year: 2020, resultat: 1500.5 }, { year: 2024, objectif: 3000 }], 'km', undefined, 'nl-BE').yTicks;
    expect(ticks.map((t) => t.label)).toContain('3.000');
  });

  it('tells the schedule in Dutch and English', () => {
    const [nl] = scheduleGroups(index, 'nl');
    expect(nl.chart.title).toBe('Planning: 1 Sobriété des bâtiments publics');
    expect(nl.chart.message).toBe('De 4 acties hebben datums van 2019 tot 2023.');
    expect(scheduleGroups(index, 'en')[2].chart.message).toBe('1 of the 2 actions has dates in 2021.');
    expect(scheduleGroups(index, 'en')[2].chart.notes).toContain('1 action has neither a dated start nor a dated end and is not shown here.');
  });

  it('says in the reader’s language when no state is known', () => {
    expect(unknownStatusSentence(27, { singular: 'actie', plural: 'acties' }, 'nl')).toBe('Van geen van de 27 acties is de status vermeld.');
    expect(unknownStatusSentence(1, { singular: 'action', plural: 'actions' }, 'en')).toBe('The status of the only action is not stated.');
  });

  it('formats table cells with the reader’s locale', () => {
    expect(plain(displayCell(1234.5, 'number', 'nl-BE'))).toBe('1.234,5');
    expect(plain(displayCell(44.4, 'percent', 'en-GB'))).toBe('44.4%');
    expect(plain(displayCell('2019-06-21', 'date', 'en-GB'))).toBe('21 June 2019');
    expect(plain(displayCell(17_534_000, 'money', 'nl-BE'))).toBe('€ 17.534.000');
  });

  it('rewrites a chart built in French in the page’s language (pages that did not pass one)', () => {
    const french = indicatorChart(index, pistes)!;
    expect(french.language).toBe('fr');
    const dutch = chartIn(french, 'nl');
    expect(dutch.title).toBe('Longueur de pistes cyclables: doelstelling en resultaat per jaar (km)');
    expect(chartIn(french, 'fr')).toBe(french);
  });

  it('leaves the chart CSVs as they are: French, whatever language the pages are read in', () => {
    const french = planCharts(index);
    planCharts(index, 'en');
    expect(planCharts(index)).toBe(french);
    const status = french.find((c) => c.file.id === 'etats')!;
    expect(tableToCsv(status.chart.table).split('\r\n').slice(0, 2)).toEqual(['etat,actions,part_pct', 'À venir,1,11.1']);
    expect(planCharts(index, 'en').find((c) => c.file.id === 'etats')!.file.title).toBe('Actions by status');
  });

  it('keeps the charts of the last plans asked for only, and makes the same charts again after', () => {
    const first = planCharts(index);
    // Other plans asked for in between (a portal's exports or endpoints going through its plans).
    for (let i = 0; i < 4; i++) planCharts(indexPlan({ ...plan }));
    const again = planCharts(index);
    expect(again).not.toBe(first);
    expect(again.map((c) => [c.file, tableToCsv(c.chart.table)])).toEqual(first.map((c) => [c.file, tableToCsv(c.chart.table)]));
    expect(planCharts(index)).toBe(again);
  });
});
