// The Table Schema checker that guards every exported package (src/lib/export/check.ts): types,
// constraints, primary keys and foreign keys, on the fixtures of tests/fixtures/export/keys/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cellProblem, checkResources, formatTableProblem, type CheckedResource } from '../../../src/lib/export/check';
import { tableSchema, type TableSchemaField } from '../../../src/lib/export/datapackage';
import { exportTable, type ExportTableName } from '../../../src/lib/export/schema';

const FIXTURES = fileURLToPath(new URL('../../fixtures/export/keys/', import.meta.url));

function fixture(dir: string, scope: 'plan' | 'all' = 'plan'): CheckedResource[] {
  return (['plans', 'actions', 'subactions', 'partners'] as ExportTableName[]).map((name) => ({
    name,
    csv: readFileSync(`${FIXTURES}${dir}/${name}.csv`, 'utf8'),
    schema: tableSchema(exportTable(name), scope),
  }));
}

describe('checkResources', () => {
  test('the valid fixture passes, in files of one plan and of several', () => {
    expect(checkResources(fixture('valid')).map(formatTableProblem)).toEqual([]);
    expect(checkResources(fixture('valid', 'all')).map(formatTableProblem)).toEqual([]);
  });

  test('a partner pointing to an unknown action fails the foreign-key check, naming the line', () => {
    const problems = checkResources(fixture('broken-fk')).map(formatTableProblem);
    expect(problems).toEqual(['partners:3: action: clé étrangère tram introuvable (action → actions.id)']);
    const all = checkResources(fixture('broken-fk', 'all')).map(formatTableProblem);
    expect(all).toEqual(['partners:3: plan+action: clé étrangère demo | tram introuvable (plan+action → actions.plan+id)']);
  });

  test('a duplicated primary key, a missing required value and a wrong header are reported', () => {
    const resources = fixture('valid');
    const partners = resources.find((r) => r.name === 'partners')!;
    const lines = (partners.csv as string).trimEnd().split('\r\n');
    partners.csv = [...lines, lines[1], 'demo,false,,velo,,Sans identifiant,,,,financier,'].join('\r\n');
    const problems = checkResources(resources).map(formatTableProblem);
    expect(problems).toContain('partners:4: id: clé primaire velo-p1 en double (déjà ligne 2)');
    expect(problems).toContain('partners:5: id: valeur obligatoire manquante');
    partners.csv = (partners.csv as string).replace('plan,fictif,id', 'plan,fictif,identifiant');
    expect(checkResources(resources).map(formatTableProblem)[0]).toMatch(/^partners:1: -: en-tête/);
  });

  test('an empty optional reference is not checked; a filled one is', () => {
    const resources = fixture('valid');
    const partners = resources.find((r) => r.name === 'partners')!;
    partners.csv = (partners.csv as string).replace('velo-p1,velo,,', 'velo-p1,velo,velo-1,');
    // The fixture has no sub-action at all: an empty subaction cell passes, a filled one cannot resolve.
    expect(checkResources(resources).map(formatTableProblem)).toEqual(['partners:2: subaction: clé étrangère velo-1 introuvable (subaction → subactions.id)']);
  });
});

describe('checkResources, one resource at a time', () => {
  test('a resource given as a reader is read once, with the same findings as its text', () => {
    const texts = fixture('broken-fk', 'all');
    const reads = new Map<string, number>();
    const lazy = texts.map((r) => ({ ...r, csv: () => (reads.set(r.name, (reads.get(r.name) ?? 0) + 1), r.csv as string) }));
    expect(checkResources(lazy).map(formatTableProblem)).toEqual(checkResources(texts).map(formatTableProblem));
    expect([...reads.values()]).toEqual([1, 1, 1, 1]);
  });

  test('a reference to a table given after it is checked once that table is read', () => {
    const reversed = fixture('broken-fk').reverse();
    expect(reversed.map((r) => r.name)).toEqual(['partners', 'subactions', 'actions', 'plans']);
    expect(checkResources(reversed).map(formatTableProblem)).toEqual(['partners:3: action: clé étrangère tram introuvable (action → actions.id)']);
  });

  test('foreign-key problems come after the others, key by key, each in line order', () => {
    const resources = fixture('valid');
    const partners = resources.find((r) => r.name === 'partners')!;
    const [head, ...rows] = (partners.csv as string).trimEnd().split('\r\n');
    // Two rows, each naming an unknown action and an unknown sub-action, and one bad role.
    const bad = rows[0].replace('velo-p1,velo,,', 'x1,tram,tram-1,');
    const worse = rows[0].replace('velo-p1,velo,,', 'x2,metro,metro-1,').replace(',financier,', ',mecene,');
    partners.csv = [head, ...rows, bad, worse].join('\r\n') + '\r\n';
    const found = checkResources(resources).map(formatTableProblem);
    const line = rows.length + 2;
    expect(found.filter((p) => p.includes('clé étrangère'))).toEqual([
      `partners:${line}: action: clé étrangère tram introuvable (action → actions.id)`,
      `partners:${line + 1}: action: clé étrangère metro introuvable (action → actions.id)`,
      `partners:${line}: subaction: clé étrangère tram-1 introuvable (subaction → subactions.id)`,
      `partners:${line + 1}: subaction: clé étrangère metro-1 introuvable (subaction → subactions.id)`,
    ]);
    expect(found.findIndex((p) => p.includes('clé étrangère'))).toBeGreaterThan(found.findIndex((p) => p.includes('mecene')));
  });

  test('a key naming an absent resource or column is reported once, not per row', () => {
    const resources = fixture('valid').filter((r) => r.name !== 'actions');
    expect(checkResources(resources).map(formatTableProblem)).toEqual([
      'subactions:0: action: ressource référencée absente : action → actions.id',
      'partners:0: action: ressource référencée absente : action → actions.id',
    ]);
    const renamed = fixture('valid').map((r) => (r.name === 'actions' ? { ...r, csv: (r.csv as string).replace('plan,fictif,id', 'plan,fictif,ident') } : r));
    expect(checkResources(renamed).map(formatTableProblem)).toContain('partners:0: action: colonne inconnue dans la clé action → actions.id');
  });
});

describe('cellProblem', () => {
  const f = (type: string, constraints?: TableSchemaField['constraints'], format?: string): TableSchemaField => ({ name: 'x', type, description: '', constraints, format });
  test.each([
    ['integer', '12', true],
    ['integer', '-3', true],
    ['integer', '1.5', false],
    ['number', '-5', true],
    ['number', '12.5', true],
    ['number', '12,5', false],
    ['number', '1 000', false],
    ['number', '1e3', false],
    ['year', '2026', true],
    ['year', '26', false],
    ['boolean', 'true', true],
    ['boolean', 'oui', false],
    ['date', '2024-02-29', true],
    ['date', '2023-02-29', false],
    ['date', '01/03/2024', false],
  ])('%s « %s » valid: %s', (type, value, ok) => {
    expect(cellProblem(f(type), value) === undefined).toBe(ok);
  });

  test('enum, pattern and uri constraints', () => {
    expect(cellProblem(f('string', { enum: ['a', 'b'] }), 'b')).toBeUndefined();
    expect(cellProblem(f('string', { enum: ['a', 'b'] }), 'c')).toMatch(/hors de la liste/);
    expect(cellProblem(f('string', { pattern: '[a-z]+' }), 'abc')).toBeUndefined();
    // Table Schema patterns match the whole value.
    expect(cellProblem(f('string', { pattern: '[a-z]+' }), 'abc1')).toMatch(/motif/);
    expect(cellProblem(f('string', undefined, 'uri'), 'https://example.org/a/')).toBeUndefined();
    expect(cellProblem(f('string', undefined, 'uri'), 'pas une adresse')).toMatch(/URI/);
  });
});
