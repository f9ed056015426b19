import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../src/lib/model/issues';
import { readPlanSource } from '../../../src/lib/model/read';
import { assemblePlan } from '../../../src/lib/model/assemble';
import type { Indicator, IndicatorValue, Plan } from '../../../src/lib/model/types';
import {
  baseline,
  expectedAt,
  finalTarget,
  gaps,
  goodDirection,
  groupValues,
  hasNumbers,
  latest,
  progressTowardsTarget,
  rateOfChange,
  seriesOf,
  tracking,
  trackingRule,
  causeText,
  type Series,
} from '../../../src/lib/indicators';

/** One plan of the repository (or of a fixture root), loaded without the others. */
function loadOne(root: { content: string; data: string }, slug: string): Plan {
  const log = new IssueLog();
  const plan = assemblePlan(readPlanSource(root, slug, log), log);
  const errors = log.issues.filter((i) => i.severity === 'error');
  expect(errors, JSON.stringify(errors)).toEqual([]);
  return plan!;
}

const REPO = { content: 'content', data: 'data' };
const FIXTURE = { content: 'tests/fixtures/charts/content', data: 'tests/fixtures/charts/data' };

const indicator = (over: Partial<Indicator> = {}): Indicator => ({ plan: 'p', id: 'i', label: 'Indicateur', origin: [], ...over });
/** Long-form rows from a compact table: [year, type, value]. */
const values = (rows: [number, 'objectif' | 'resultat', string][], id = 'i'): IndicatorValue[] =>
  rows.map(([year, type, raw]) => ({
    plan: 'p',
    indicator: id,
    year,
    type,
    raw,
    number: /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined,
    origin: [],
  }));
const series = (rows: [number, 'objectif' | 'resultat', string][], over: Partial<Indicator> = {}): Series =>
  seriesOf(indicator(over), values(rows));

describe('Grand Besançon targets: qualitative, per year 2015–2018, some empty', () => {
  const plan = loadOne(REPO, 'grand-besancon');
  const grouped = groupValues(plan.indicatorValues);
  const all = plan.indicators.map((i) => seriesOf(i, grouped.get(i.id) ?? []));

  it('reads every indicator as a 2015–2018 series of objectifs, never of results', () => {
    expect(all.length).toBeGreaterThan(30);
    for (const s of all) {
      expect(s.years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018]);
      expect(s.years.every((y) => y.resultat === undefined)).toBe(true);
    }
  });

  it('keeps text targets as text: no number is read out of "1 colloque et 3 matinales organisées"', () => {
    const colloques = all.find((s) => s.years[0].objectif?.raw === '1 colloque et 3 matinales organisées')!;
    expect(colloques).toBeDefined();
    expect(colloques.years[0].objectif!.number).toBeUndefined();
    expect(hasNumbers(colloques)).toBe(false);
    expect(finalTarget(colloques)).toMatchObject({ year: 2018, raw: '1 colloque et 3 matinales organisées' });
    expect(tracking(colloques)).toEqual({ status: 'non_evaluable', reason: 'aucun résultat publié', cause: { code: 'noResult' } });
  });

  it('keeps empty targets empty, and the final target is the last filled year', () => {
    const partial = all.find((s) => s.years[0].objectif?.raw && s.years.slice(1).every((y) => y.objectif?.raw === ''))!;
    expect(partial).toBeDefined();
    expect(partial.years[3].objectif).toMatchObject({ raw: '' });
    expect(partial.years[3].objectif!.number).toBeUndefined();
    expect(finalTarget(partial)!.year).toBe(2015);
  });

  it('has a target-less indicator whose final target is undefined', () => {
    const empty = all.find((s) => s.years.every((y) => y.objectif?.raw === ''))!;
    expect(empty).toBeDefined();
    expect(finalTarget(empty)).toBeUndefined();
    expect(latest(empty, 'objectif')).toBeUndefined();
  });

  it('draws no chart and gives no verdict for any of them', () => {
    expect(all.some(hasNumbers)).toBe(false);
    expect(all.every((s) => tracking(s).status === 'non_evaluable')).toBe(true);
    expect(all.every((s) => progressTowardsTarget(s) === undefined && rateOfChange(s) === undefined)).toBe(true);
  });
});

describe('fictional plan with full series (tests/fixtures/charts)', () => {
  const plan = loadOne(FIXTURE, 'demo');
  const grouped = groupValues(plan.indicatorValues);
  const of = (id: string) => seriesOf(plan.indicators.find((i) => i.id === id)!, grouped.get(id) ?? []);

  it('territory emissions (baisse): 960 kt in 2023 against 925 expected on the line 2020 → 2026', () => {
    const ges = of('ges');
    expect(latest(ges)).toMatchObject({ year: 2023, number: 960 });
    expect(baseline(ges)).toEqual({ year: 2012, value: 1200 });
    // From the baseline to the first objectif, then between objectifs.
    expect(expectedAt(ges, 2016)).toBeCloseTo(1200 - (200 * 4) / 8);
    expect(expectedAt(ges, 2023)).toBe(925);
    expect(expectedAt(ges, 2035)).toBe(720);
    expect(expectedAt(ges, 2010)).toBeUndefined();
    expect(tracking(ges)).toMatchObject({ status: 'en_retard', expected: 925, gap: 35, direction: 'baisse', directionDeduced: false, expectedGiven: false });
    const progress = progressTowardsTarget(ges)!;
    expect(progress.raw).toBeCloseTo((960 - 1200) / (720 - 1200));
    expect(progress.ratio).toBeCloseTo(0.5);
    expect(rateOfChange(ges)).toMatchObject({ from: { year: 2021, value: 1010 }, to: { year: 2023, value: 960 }, perYear: -25 });
    expect(rateOfChange(ges)!.relative).toBeCloseTo(Math.sqrt(960 / 1010) - 1);
  });

  it('cycle lanes (hausse): 66 km in 2022 against the objectif 70 given that year', () => {
    const pistes = of('pistes');
    expect(tracking(pistes)).toMatchObject({ status: 'en_retard', expected: 70, expectedGiven: true, gap: -4, target: { year: 2024, value: 90 } });
    expect(gaps(pistes)).toEqual([
      { year: 2020, value: 2 },
      { year: 2022, value: -4 },
    ]);
    expect(progressTowardsTarget(pistes)!.ratio).toBeCloseTo(26 / 50);
  });

  it('green electricity (cible, 20 → 100 %): direction deduced upwards, 45 % in 2022 against 60 % expected', () => {
    const vert = of('part-vert');
    expect(goodDirection(vert)).toEqual({ direction: 'hausse', deduced: true });
    // Baseline 2020 = 20, objectif 2025 = 100: 2022 expects 20 + 80 × 2/5 = 52.
    expect(tracking(vert)).toMatchObject({ status: 'en_retard', expected: 52, gap: -7, directionDeduced: true });
  });

  it('a text result is not compared', () => {
    expect(tracking(of('colloques'))).toEqual({
      status: 'non_evaluable',
      reason: 'le dernier résultat (2016) est un texte, sans valeur chiffrée à comparer',
      cause: { code: 'textResult', year: 2016 },
    });
  });
});

describe('the on-track rule, case by case', () => {
  it.each<[string, [number, 'objectif' | 'resultat', string][], Partial<Indicator>, string]>([
    ['on the line, baisse', [[2020, 'resultat', '100'], [2030, 'objectif', '50'], [2025, 'resultat', '74']], { direction: 'baisse' }, 'en_bonne_voie'],
    ['exactly on the line counts as on track', [[2020, 'resultat', '100'], [2030, 'objectif', '50'], [2025, 'resultat', '75']], { direction: 'baisse' }, 'en_bonne_voie'],
    ['behind the line, baisse', [[2020, 'resultat', '100'], [2030, 'objectif', '50'], [2025, 'resultat', '76']], { direction: 'baisse' }, 'en_retard'],
    ['final target already met', [[2020, 'resultat', '100'], [2030, 'objectif', '50'], [2025, 'resultat', '49']], { direction: 'baisse' }, 'atteint'],
    ['final year passed, not met', [[2020, 'resultat', '100'], [2025, 'objectif', '50'], [2027, 'resultat', '60']], { direction: 'baisse' }, 'non_atteint'],
    ['hausse ahead of the line', [[2020, 'objectif', '10'], [2024, 'objectif', '20'], [2022, 'resultat', '16']], { direction: 'hausse' }, 'en_bonne_voie'],
    ['no direction, deduced from objectifs', [[2020, 'objectif', '10'], [2024, 'objectif', '20'], [2022, 'resultat', '14']], {}, 'en_retard'],
    ['only a baseline before the first objectif', [[2018, 'resultat', '100'], [2030, 'objectif', '50']], { direction: 'baisse' }, 'non_evaluable'],
    // 2020 expects 100 − 50 × 2/7 ≈ 85.7 on the line from the 2018 baseline to the 2025 objectif.
    ['before the first objectif, on the line from the baseline', [[2018, 'resultat', '100'], [2020, 'resultat', '90'], [2025, 'objectif', '50'], [2026, 'objectif', '40']], { direction: 'baisse' }, 'en_retard'],
    ['result older than every anchor', [[2021, 'objectif', '50'], [2024, 'objectif', '40'], [2019, 'resultat', '60']], { direction: 'baisse' }, 'non_evaluable'],
    ['text objectifs only', [[2020, 'objectif', '1 label obtenu'], [2021, 'resultat', '1']], { direction: 'hausse' }, 'non_evaluable'],
    ['no objectif at all', [[2021, 'resultat', '1']], { direction: 'hausse' }, 'non_evaluable'],
    ['flat objectifs and no direction', [[2020, 'objectif', '5'], [2024, 'objectif', '5'], [2022, 'resultat', '4']], {}, 'non_evaluable'],
    ['empty result cells are ignored', [[2020, 'resultat', '100'], [2030, 'objectif', '50'], [2025, 'resultat', '70'], [2026, 'resultat', '']], { direction: 'baisse' }, 'en_bonne_voie'],
  ])('%s', (_, rows, over, expected) => {
    expect(tracking(series(rows, over)).status).toBe(expected);
  });

  it('explains every non-evaluable case in words', () => {
    expect(tracking(series([[2020, 'objectif', '1 label obtenu'], [2021, 'resultat', '1']], { direction: 'hausse' }))).toEqual({
      status: 'non_evaluable',
      reason: 'les objectifs sont qualitatifs : la comparaison se fait à la lecture',
      cause: { code: 'qualitative' },
    });
    expect(tracking(series([[2020, 'objectif', '5'], [2024, 'objectif', '5'], [2022, 'resultat', '4']]))).toMatchObject({
      reason: "le sens d'évolution souhaité n'est pas renseigné et ne se déduit pas des objectifs",
    });
  });

  it('states the rule in one sentence that names the comparison', () => {
    expect(trackingRule('baisse')).toMatch(/inférieur ou égal/);
    expect(trackingRule('hausse')).toMatch(/supérieur ou égal/);
    expect(trackingRule()).toMatch(/^Le dernier résultat chiffré est comparé à l’objectif attendu la même année/);
  });

  it('writes the rule and the causes in the reader’s language', () => {
    expect(trackingRule('baisse', 'nl')).toMatch(/lager dan of gelijk aan/);
    expect(trackingRule('hausse', 'en')).toMatch(/higher than or equal to/);
    expect(causeText({ code: 'noCoverage', year: 2019 }, 'en')).toBe('no target covers the year 2019');
    expect(causeText({ code: 'textResult', year: 2016 }, 'nl')).toBe('het laatste resultaat (2016) is een tekst, zonder cijfer om te vergelijken');
  });
});

describe('progress and rate of change', () => {
  it('clamps progress to [0, 1] and keeps the raw ratio', () => {
    const overshoot = series([[2020, 'resultat', '100'], [2022, 'resultat', '40'], [2030, 'objectif', '50']]);
    expect(progressTowardsTarget(overshoot)).toMatchObject({ ratio: 1, raw: 1.2 });
    const wrongWay = series([[2020, 'resultat', '100'], [2022, 'resultat', '110'], [2030, 'objectif', '50']]);
    expect(progressTowardsTarget(wrongWay)).toMatchObject({ ratio: 0, raw: -0.2 });
  });

  it('has no progress without two results or when the target is the baseline', () => {
    expect(progressTowardsTarget(series([[2020, 'resultat', '100'], [2030, 'objectif', '50']]))).toBeUndefined();
    expect(progressTowardsTarget(series([[2020, 'resultat', '50'], [2022, 'resultat', '60'], [2030, 'objectif', '50']]))).toBeUndefined();
  });

  it('gives no relative rate from zero or across a sign change', () => {
    expect(rateOfChange(series([[2020, 'resultat', '0'], [2022, 'resultat', '10']]))).toEqual({
      from: { year: 2020, value: 0 },
      to: { year: 2022, value: 10 },
      perYear: 5,
    });
    expect(rateOfChange(series([[2020, 'resultat', '100'], [2021, 'resultat', '121'], [2023, 'resultat', '']]))!.relative).toBeCloseTo(0.21);
  });

  it('rounds binary noise out of gaps (0.3 − 0.1 is 0.2)', () => {
    expect(gaps(series([[2020, 'objectif', '0.1'], [2020, 'resultat', '0.3']]))).toEqual([{ year: 2020, value: 0.2 }]);
  });
});
