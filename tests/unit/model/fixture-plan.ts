/**
 * A small plan with every child table, loaded through lib/model from a temporary project, for the
 * tests of the index and the view models. Rows of different actions are interleaved on purpose:
 * grouping must keep each table's order.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadPlans, type LoadResult } from '../../../src/lib/model/load';
import type { Plan } from '../../../src/lib/model/types';

const FILES: Record<string, string> = {
  'content/test/plan.md': `---
title: Plan test
territory: Ville test
period: { start: 2020, end: 2026 }
levels:
  - { id: axe, label: Axe, plural: Axes }
  - { id: objectif, label: Objectif, plural: Objectifs }
---
Présentation.
`,
  'data/test/hierarchy.csv': 'id,level,parent,code,title\nax1,axe,,1,Axe un\nob1,objectif,ax1,1.1,Objectif un\nob2,objectif,ax1,1.2,Objectif deux\nax2,axe,,2,Axe deux\n',
  'data/test/actions.csv':
    'id,parent,code,title,status,commune,site,related\n' +
    'a1,ob1,1,Action un,En cours,Ville test,Gymnase,a3 ; a2\n' +
    'a2,ob2 ; ob1,2,Action deux,,,,\n' +
    'a3,ax2,3,Action trois,,,,\n' +
    'a4,ob2,,Action sans code,,,,\n',
  'data/test/subactions.csv': 'id,action,code,title\ns1,a1,1.1,Mesure un\ns2,a2,2.1,Mesure deux\ns3,a1,1.2,Mesure trois\n',
  'data/test/partners.csv':
    'id,action,subaction,name,role\np1,a1,,Région,financier\np2,a2,,ADEME,financier\np3,a1,s3,État,financier\np4,a1,,Association,partenaire\np5,a1,,Europe,financier\n',
  'data/test/indicators.csv': 'id,action,node,label\ni1,a1,,Vélos\ni2,,ob1,Émissions\ni3,a2,,Bâtiments\ni4,a1,,Arbres\n',
  'data/test/indicator_values.csv': 'indicator,year,type,value\ni4,2020,objectif,10\ni1,2020,objectif,12\ni3,2021,objectif,3\ni1,2021,resultat,1 colloque organisé\n',
  'data/test/budget_lines.csv': 'action,year,section,kind,amount\na1,2024,fonctionnement,prevu,100\na2,2023,investissement,prevu,50\na1,2022,investissement,realise,20\n',
  'data/test/updates.csv': 'id,action,date,status,note\nu1,a1,2024-01-01,En cours,Lancement\nu2,a2,2024-02-01,,Note\nu3,a1,2025-01-01,,Suite\n',
};

/** Loads the fixture plan, some of its files replaced (path → text), with its issues. */
export function loadFixturePlan(replaced: Record<string, string> = {}): LoadResult {
  const root = mkdtempSync(join(tmpdir(), 'plan-index-'));
  for (const [path, text] of Object.entries({ ...FILES, ...replaced })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
}

/** Loads the fixture plan; throws with the issues if it does not load cleanly. */
export function fixturePlan(): Plan {
  const { plans, issues } = loadFixturePlan();
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || plans.length !== 1) throw new Error(JSON.stringify(errors, null, 1));
  return plans[0];
}
