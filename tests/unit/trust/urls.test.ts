import { describe, expect, it } from 'vitest';
import { dangerousUrlKind } from '../../../src/lib/trust/urls';

describe('dangerousUrlKind reads a URL as a browser would', () => {
  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['  JAVASCRIPT:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['\u0001javascript:alert(1)', 'javascript:'],
    ['vbscript:msgbox', 'vbscript:'],
    ['Data:text/html,x', 'data:'],
    ['//exemple.invalid', '//'],
    ['\\\\exemple.invalid', '//'],
    ['/\\exemple.invalid', '//'],
    ['https://exemple.fr', undefined],
    ['mailto:climat@exemple.fr', undefined],
    ['/dijon/', undefined],
    ['#haut', undefined],
    ['fiche.html?x=javascript:', undefined],
  ])('%j → %s', (url, kind) => {
    expect(dangerousUrlKind(url)).toBe(kind);
  });
});
