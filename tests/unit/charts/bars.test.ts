import { describe, expect, it } from 'vitest';
import { BAR, MIN_LABEL_ROOM, frameRows, rangeBars, shareBars, stackedBars } from '../../../src/lib/charts/bars';
import { FONT_SIZE, LINE_HEIGHT, MIN_WIDTH, textWidth } from '../../../src/lib/charts/text';

describe('frameRows', () => {
  it('stacks label lines, then the bar, then the next row', () => {
    const { frames, height } = frameRows([
      { key: 'a', label: 'Court', valueLabel: '3' },
      { key: 'b', label: 'TA2 Les finances de la Ville et la politique fiscale, des leviers au service de la transition', valueLabel: '10 actions' },
    ]);
    expect(frames[0].lines).toHaveLength(1);
    expect(frames[0].barY).toBe(BAR.top + LINE_HEIGHT + BAR.gapAfterLabel);
    expect(frames[1].lines).toHaveLength(2);
    expect(frames[1].lines[1].y - frames[1].lines[0].y).toBe(LINE_HEIGHT);
    expect(frames[1].lines[0].y).toBeGreaterThan(frames[0].barY + frames[0].barHeight);
    expect(height).toBe(frames[1].barY + frames[1].barHeight + BAR.top);
  });

  it('leaves room for the figure on the first line at 288 px', () => {
    const { frames } = frameRows([{ key: 'a', label: 'TA1 Une gestion des ressources humaines qui permet de relever les défis', valueLabel: '10 actions' }]);
    const room = MIN_WIDTH - textWidth('10 actions', FONT_SIZE, true) - 10;
    for (const line of frames[0].lines) expect(textWidth(line.text)).toBeLessThanOrEqual(room);
    expect(frames[0].valueAnchor).toBe('end');
    expect(frames[0].valueY).toBe(frames[0].lines[0].y);
  });

  it('moves a wide figure to its own line under the label', () => {
    const { frames } = frameRows([{ key: 'a', label: '1 Sobriété des bâtiments publics', valueLabel: '17,5 M€ à 27,5 M€ (HT/TTC ?)' }]);
    expect(MIN_WIDTH - textWidth('17,5 M€ à 27,5 M€ (HT/TTC ?)', FONT_SIZE, true) - 10).toBeLessThan(MIN_LABEL_ROOM);
    expect(frames[0].lines.map((l) => l.text)).toEqual(['1 Sobriété des bâtiments publics']);
    expect(frames[0].valueAnchor).toBe('start');
    expect(frames[0].valueY).toBe(frames[0].lines[0].y + LINE_HEIGHT);
    expect(frames[0].barY).toBe(BAR.top + 2 * LINE_HEIGHT + BAR.gapAfterLabel);
  });
});

describe('shareBars', () => {
  it('sizes each bar as its share of the total', () => {
    const { rows } = shareBars(
      [
        { key: 'en_cours', label: 'En cours', value: 12, valueLabel: '12' },
        { key: 'realise', label: 'Réalisé', value: 3, valueLabel: '3' },
      ],
      27,
    );
    expect(rows.map((r) => r.width)).toEqual([12 / 27, 3 / 27]);
  });
  it('defaults to the largest value and never divides by zero', () => {
    expect(shareBars([{ key: 'a', label: 'a', value: 4, valueLabel: '' }, { key: 'b', label: 'b', value: 2, valueLabel: '' }]).rows.map((r) => r.width)).toEqual([1, 0.5]);
    expect(shareBars([{ key: 'a', label: 'a', value: 0, valueLabel: '' }]).rows[0].width).toBe(0);
  });
});

describe('stackedBars', () => {
  const layout = stackedBars([
    {
      key: 'ta1',
      label: 'TA1',
      valueLabel: '10 actions',
      segments: [
        { key: 'a_venir', value: 1, label: '1' },
        { key: 'en_cours', value: 6, label: '6' },
        { key: 'realise', value: 0, label: '0' },
        { key: 'en_retard', value: 3, label: '3' },
      ],
    },
  ]);
  const [row] = layout.rows;

  it('drops empty segments and tiles the others across the width', () => {
    expect(row.segments.map((s) => s.key)).toEqual(['a_venir', 'en_cours', 'en_retard']);
    expect(row.segments[0].x0).toBe(0);
    expect(row.segments.at(-1)!.x1).toBeCloseTo(1);
    for (let i = 1; i < row.segments.length; i++) expect(row.segments[i].x0).toBe(row.segments[i - 1].x1);
    expect(row.segments[1].x1 - row.segments[1].x0).toBeCloseTo(0.6);
    expect(row.total).toBe(10);
  });

  it('labels a segment only when its label fits inside at 288 px', () => {
    // 10 % of 288 px = 28.8 px: enough for "1" (bold, 9 px) and 12 px of padding.
    expect(row.segments.map((s) => s.label)).toEqual(['1', '6', '3']);
    const thin = stackedBars([{ key: 'x', label: 'x', valueLabel: '', segments: [{ key: 'a', value: 1, label: '1' }, { key: 'b', value: 60, label: '60' }] }]);
    expect(thin.rows[0].segments[0].label).toBeUndefined();
    expect(thin.rows[0].segments[1].label).toBe('60');
  });
});

describe('rangeBars', () => {
  it('puts every row on the scale of the largest high end', () => {
    const { rows, max } = rangeBars([
      { key: 'a', label: 'a', low: 17_534_000, high: 27_534_000, valueLabel: '' },
      { key: 'b', label: 'b', low: 500_000, high: 500_000, valueLabel: '' },
    ]);
    expect(max).toBe(27_534_000);
    expect(rows[0]).toMatchObject({ low: 17_534_000 / 27_534_000, high: 1 });
    expect(rows[1].low).toBe(rows[1].high);
  });
});
