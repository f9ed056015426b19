import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml';

const BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
].join('\n');

describe('parseYaml', () => {
  it('gives plain data and the line of every nested value, counted from the first line of the file', () => {
    const yaml = parseYaml('title: Plan\nperiod: { start: 2020, end: 2026 }\nlevels:\n  - id: axe\n    label: Axe\n', { firstLine: 2 });
    expect(yaml.problems).toEqual([]);
    expect(yaml.value).toEqual({ title: 'Plan', period: { start: 2020, end: 2026 }, levels: [{ id: 'axe', label: 'Axe' }] });
    expect(yaml.lineOf(['title'])).toBe(2);
    expect(yaml.lineOf(['period', 'end'])).toBe(3);
    expect(yaml.lineOf(['levels', 0, 'label'])).toBe(6);
    // A path that does not exist: the deepest ancestor found.
    expect(yaml.lineOf(['levels', 3, 'label'])).toBe(4);
    expect(yaml.lineOf(['missing'])).toBe(2);
  });

  it.each([
    ['an unclosed quote, on the line that opens it', 'title: Plan\nterritory: "Ville\nkind: x\n', 3, /guillemet non fermé/],
    ['an unclosed single quote in a flow mapping, on its line', 'title: Plan\nlevels:\n  - { id: axe, label: \'Axe }\n  - { id: obj, label: Objectif }\n', 4, /^guillemet non fermé$/],
    ['two colons in a plain value, in French', 'territory: Communauté: Ma Commune\n', 2, /^deux « : » dans une valeur sans guillemets/],
    ['text after a quoted value, in French', 'title: "Plan" climat\n', 2, /^texte inattendu/],
    ['a tab used to indent, once for its line', 'levels:\n\t- id: axe\n', 3, /^tabulation utilisée pour indenter/],
    ['a duplicate key', 'title: a\ntitle: b\n', 3, /clé en double/],
    ['a billion-laughs structure, on the key that holds the first alias', `title: Plan\nbomb:\n${BOMB.replace(/^/gm, '  ')}\n`, 3, /trop d'alias/],
  ])('reports %s', (_label, text, line, message) => {
    const yaml = parseYaml(text, { firstLine: 2 });
    expect(yaml.value).toBeUndefined();
    expect(yaml.problems[0].line).toBe(line);
    expect(yaml.problems[0].message).toMatch(message);
    // One problem per line, and no English from the YAML package for these mistakes.
    expect(new Set(yaml.problems.map((p) => p.line)).size).toBe(yaml.problems.length);
    for (const p of yaml.problems) expect(p.message).not.toMatch(/\b(the|not allowed|Missing|Unexpected|at line)\b/);
  });

  it('refuses a billion-laughs document in milliseconds, without expanding it', () => {
    const started = performance.now();
    const yaml = parseYaml(BOMB);
    expect(yaml.problems).toHaveLength(1);
    expect(yaml.problems[0].kind).toBe('aliases');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a structure nested too deep, without a crash', () => {
    const yaml = parseYaml(`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(yaml.value).toBeUndefined();
    expect(yaml.problems[0].message).toMatch(/trop imbriquée/);
  });

  it('still reads a few ordinary aliases', () => {
    const yaml = parseYaml('a: &x Service Énergie\nb: *x\n');
    expect(yaml.value).toEqual({ a: 'Service Énergie', b: 'Service Énergie' });
  });
});
