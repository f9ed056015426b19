import { describe, expect, it } from 'vitest';
import { releaseFigures } from '../../../src/lib/bilans/figures';
import { releaseText } from '../../../src/lib/bilans/tables';
import type { Release } from '../../../src/lib/bilans/types';
import { fixtureRelease } from './release-fixture';

const older = fixtureRelease('val-test', '2024');
const newer = fixtureRelease('val-test', '2025');

describe('releaseFigures', () => {
  it('counts actions by canonical status, reading the wording when an older exporter left `status` empty', () => {
    const f = releaseFigures(older);
    expect(f.actions).toBe(4);
    expect(f.present).toEqual(['a_venir', 'en_cours', 'realise']);
    expect(f.statuses).toMatchObject({ a_venir: 1, en_cours: 2, realise: 1, non_renseigne: 0 });
  });

  it('counts progress per top-level node in the plan order, each action once per axis', () => {
    const rows = (r: Release) => releaseFigures(r).progress.map((p) => [p.node.id, p.total, p.counts.en_cours, p.counts.realise]);
    // 2024 has no action_parents table: the actions' own `parent` column (a4 under o1 and ax2).
    expect(rows(older)).toEqual([
      ['ax1', 3, 2, 0],
      ['ax2', 2, 1, 1],
    ]);
    expect(rows(newer)).toEqual([
      ['ax1', 4, 1, 1],
      ['ax2', 1, 1, 0],
    ]);
  });

  it('sums budget lines per year and overall, and the actions\' own budgets', () => {
    const b = releaseFigures(newer).budget!;
    expect(b.years).toEqual([
      { year: '2023', planned: 6000, actual: 4000 },
      { year: '2024', actual: 3000 },
    ]);
    expect([b.planned, b.actual, b.taxes]).toEqual([6000, 7000, ['HT']]);
    expect(releaseFigures(older).budget!.declared).toEqual({ low: 15000, high: 18000, actions: 2 });
  });

  it('has no budget figure when the release has neither lines nor amounts', () => {
    const bare: Release = { ...older, tables: { actions: [{ id: 'x', status: 'en_cours' }] } };
    expect(releaseFigures(bare).budget).toBeUndefined();
    expect(releaseFigures(bare).progress).toEqual([]);
  });

  it('gives each indicator its latest observed value, not a target', () => {
    const latest = releaseFigures(newer).indicators.map((i) => [i.indicator.id, i.year, i.value, i.number]);
    expect(latest).toEqual([
      ['km', '2024', '21', 21],
      ['ges', '2021', '310', 310],
    ]);
  });
});

describe('releaseText', () => {
  it('takes the translation the release carries, else the original marked with the plan language', () => {
    const [, ax1] = newer.tables.hierarchy;
    const ax2 = newer.tables.hierarchy[0];
    expect(releaseText(ax2, 'title', 'nl', 'fr')).toEqual({ text: 'Beter wonen', lang: 'nl', translated: true });
    expect(releaseText(ax1, 'title', 'nl', 'fr')).toEqual({ text: 'Se déplacer', lang: 'fr', translated: false });
    expect(releaseText(ax1, 'title', 'fr', 'fr')).toEqual({ text: 'Se déplacer', lang: 'fr', translated: true });
  });
});
