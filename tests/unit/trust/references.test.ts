import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';

const FILES: Record<string, string> = {
  'content/p/plan.md': '---\ntitle: Plan\nterritory: Ville\nperiod: { start: 2020, end: 2026 }\nfictional: true\n---\nTexte.\n',
  'data/p/actions.csv': 'id,title,status\na1,Action un,En cours\n',
  'data/p/indicators.csv': 'id,action,label,unit\ni1,a1,Vélos,nombre\ni2,,Émissions,kt CO2e\n',
  'data/p/indicator_values.csv': 'indicator,year,type,value\ni1,2020,objectif,10\ni1,2021,resultat,12\ni2,2020,resultat,400\ni2,2026,objectif,300\n',
};

/** Loads the plan with one MDX fiche whose body is given; returns the error lines. */
function errorsWith(body: string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'plan-mdx-'));
  const files = { ...FILES, 'content/p/actions/a1.mdx': `---\nid: a1\n---\n\n${body}\n` };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { issues } = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  return issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i).replace(/^.*?(content\/)/, '$1'));
}

describe('component ids are checked against the plan they belong to', () => {
  it.each([
    ['an indicator of the plan', '<Indicateur id="i2" />'],
    ['the plan-wide status chart', '<Graphique id="etats" />'],
    ["an indicator's trajectory chart", '<Graphique id="indicateur-i2" />'],
    ['several different ones', '<Indicateur id="i2" />\n\n<Graphique id="etats" />'],
  ])('accepts %s', (_what, body) => {
    expect(errorsWith(body)).toEqual([]);
  });

  it.each([
    ['an unknown indicator', 'Texte.\n\n<Indicateur id="i9" />', /^content\/p\/actions\/a1\.mdx:7: id: <Indicateur id="i9"> : indicateur inconnu dans ce plan .*« i1 », « i2 »/],
    ['an unknown chart', '<Graphique id="budget-global" />', /^content\/p\/actions\/a1\.mdx:5: id: <Graphique id="budget-global"> : graphique inconnu dans ce plan .*« etats »/],
    ['an indicator id given to Graphique', '<Graphique id="i1" />', /a1\.mdx:5: id: <Graphique id="i1"> : graphique inconnu/],
    ["the action's own indicator, already on its page", '<Indicateur id="i1" />', /a1\.mdx:5: id: <Indicateur id="i1"> : cet indicateur suit cette action/],
    ["the action's own indicator chart", '<Graphique id="indicateur-i1" />', /a1\.mdx:5: id: .*cet indicateur suit cette action/],
    ['the same chart twice', '<Graphique id="etats" />\n\n<Graphique id="etats" />', /a1\.mdx:7: id: <Graphique id="etats"> : déjà inséré ligne 5/],
    ['an indicator and its chart', '<Indicateur id="i2" />\n\n<Graphique id="indicateur-i2" />', /a1\.mdx:7: id: .*déjà inséré ligne 5/],
  ])('refuses %s with file:line: id', (_what, body, message) => {
    const errors = errorsWith(body);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });
});
