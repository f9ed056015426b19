import { describe, expect, it } from 'vitest';
import { FONT_SIZE, textWidth, truncate, wrap } from '../../../src/lib/charts/text';

describe('textWidth', () => {
  // Reference widths measured in Chromium with DejaVu Sans 13 px (the widest usual sans-serif):
  // the estimate must never be below them, or labels laid out as fitting would overlap.
  it.each([
    ['1 Sobriété des bâtiments publics', 214],
    ['2 Mobilités actives et transports en commun sur tout le territoire', 422],
    ['1 234 567,89', 87],
    ['2015', 33],
    ['MOBILITÉ ÉLECTRIQUE', 147],
    ['154,2 M€ à 174 M€ HT', 147],
  ])('%j is at least %d px', (text, measured) => {
    expect(textWidth(text)).toBeGreaterThanOrEqual(measured);
    expect(textWidth(text)).toBeLessThan(measured * 1.15);
  });

  it('grows with the font size and for bold text', () => {
    expect(textWidth('2015', 26)).toBe(2 * textWidth('2015', 13) - 1);
    expect(textWidth('27 · 100 %', FONT_SIZE, true)).toBeGreaterThan(textWidth('27 · 100 %'));
  });
});

describe('truncate', () => {
  it('returns a text that fits unchanged', () => {
    expect(truncate('Achats', 100)).toBe('Achats');
  });
  it('cuts at a word boundary and ends with an ellipsis', () => {
    const cut = truncate('Mobilités actives et transports en commun', 150);
    expect(cut).toMatch(/…$/);
    expect(cut).not.toMatch(/\s…$/);
    expect(textWidth(cut)).toBeLessThanOrEqual(150);
    expect('Mobilités actives et transports en commun'.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

describe('wrap', () => {
  it('breaks at spaces, each line within the width', () => {
    const lines = wrap('TA2 Les finances de la Ville et la politique fiscale, des leviers au service de la transition', 200, 3);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
    expect(lines[2]).toMatch(/…$/);
  });
  it('keeps a short label on one line', () => {
    expect(wrap('3 Achats', 200)).toEqual(['3 Achats']);
  });
  it('cuts a single word longer than the line', () => {
    const [line] = wrap('Anticonstitutionnellement', 60);
    expect(textWidth(line)).toBeLessThanOrEqual(60);
  });
  it('gives one empty line for an empty text', () => {
    expect(wrap('   ', 100)).toEqual(['']);
  });
});
