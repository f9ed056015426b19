// The per-action downloads computed for one action from the plan's index (what an action page
// shows the sizes of) against what the whole-site exports write for the same action: the dev
// server takes the first path, the build writes the second; a reader must get the same bytes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { actionDataFiles } from '../../../src/lib/export/action';
import { buildExports, fileText } from '../../../src/lib/export/bundle';
import { actionRows, actionRowsGrouped, planRows } from '../../../src/lib/export/rows';
import { loadPlans } from '../../../src/lib/model/load';
import { indexPlan } from '../../../src/lib/model/queries';
import type { Plan } from '../../../src/lib/model/types';
import { generatePlan } from '../../../scripts/bench/generate';
import { fixturePlan } from '../model/fixture-plan';

const ROOTS = {
  content: fileURLToPath(new URL('../../../content', import.meta.url)),
  data: fileURLToPath(new URL('../../../data', import.meta.url)),
};
const bundled = loadPlans(ROOTS).plans;
const siteUrl = 'https://example.org/plan-climat/';
const lastUpdated = (p: Plan) => `2025-0${(p.meta.slug.length % 9) + 1}-15`;

/** A generated plan (every child table, updates on the same day, textual values), loaded like staff's. */
function generated(actions: number): Plan {
  const { content, data } = generatePlan(actions, 7);
  const root = mkdtempSync(join(tmpdir(), 'action-files-'));
  for (const [dir, files] of [
    ['content', content],
    ['data', data],
  ] as const) {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, dir, file)), { recursive: true });
      writeFileSync(join(root, dir, file), text);
    }
  }
  const { plans } = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  expect(plans).toHaveLength(1);
  return plans[0];
}

const plans = [...bundled, fixturePlan(), generated(300)];

describe('actionRows (one action from the index) and actionRowsGrouped (the whole plan grouped)', () => {
  test.each(plans.map((p) => [p.meta.slug, p] as const))('give every action of %s the same rows, in the same order', (_, plan) => {
    const ctx = { siteUrl, lastUpdated: lastUpdated(plan) };
    const grouped = actionRowsGrouped(planRows(plan, ctx));
    const index = indexPlan(plan);
    for (const id of [...plan.actions.map((a) => a.id), 'inconnue']) expect(actionRows(index, id, ctx), id).toEqual(grouped(id));
  });

  test('the checks above see every table filled somewhere', () => {
    const filled = new Set<string>();
    for (const plan of plans) {
      const index = indexPlan(plan);
      for (const a of plan.actions) for (const [table, rows] of Object.entries(actionRows(index, a.id, { siteUrl }))) if (rows.length > 0) filled.add(table);
    }
    expect([...filled].sort()).toEqual(
      ['action_parents', 'actions', 'budget_lines', 'extra_fields', 'indicator_values', 'indicators', 'partners', 'plans', 'subactions', 'updates'].sort(),
    );
  });
});

describe('actionDataFiles', () => {
  const exported = buildExports({
    plans,
    siteUrl,
    site: { title: 'Plans climat', tagline: 'Suivre les plans', publisher: 'Éditeur' },
    lastUpdated: Object.fromEntries(plans.map((p) => [p.meta.slug, lastUpdated(p)])),
    charts: [],
  });

  test('writes for each action the same files, byte for byte, as the whole-site exports', () => {
    let compared = 0;
    for (const plan of plans) {
      const index = indexPlan(plan);
      for (const a of plan.actions) {
        const mine = actionDataFiles(index, a.id, { siteUrl, lastUpdated: lastUpdated(plan) });
        const theirs = exported.actionFiles.get(`${plan.meta.slug}/${a.id}`)!;
        for (const kind of ['csv', 'json'] as const) {
          expect(mine[kind].path).toBe(theirs[kind].path);
          expect(exported.byPath.get(mine[kind].path), mine[kind].path).toBe(theirs[kind]);
          expect(mine[kind].body, mine[kind].path).toBe(fileText(theirs[kind]));
          expect([mine[kind].bytes, mine[kind].mediaType]).toEqual([theirs[kind].bytes, theirs[kind].mediaType]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(600);
  }, 60_000);

  test("the CSV lists the action's own cells and the JSON its attached rows, with the plan's last update", () => {
    const plan = plans.find((p) => p.meta.slug === 'test')!;
    const { csv, json } = actionDataFiles(indexPlan(plan), 'a1', { siteUrl, lastUpdated: '2025-03-01' });
    expect(csv.path).toBe('donnees/test/actions/a1.csv');
    const lines = Papa.parse<Record<string, string>>(csv.body, { header: true, skipEmptyLines: true }).data;
    expect(lines).toContainEqual({ table: 'plans', key: 'test', field: 'last_updated', value: '2025-03-01' });
    expect(lines).toContainEqual({ table: 'actions', key: 'a1', field: 'title', value: 'Action un' });
    expect(lines.some((l) => l.key === 'a2')).toBe(false);
    const doc = JSON.parse(json.body);
    expect(doc.documentation).toBe('https://example.org/plan-climat/donnees/champs/');
    expect(doc.subactions.map((s: { id: string }) => s.id)).toEqual(['s1', 's3']);
    expect(doc.updates.map((u: { id: string }) => u.id)).toEqual(['u1', 'u3']);
    expect(json.bytes).toBe(Buffer.byteLength(json.body));
  });
});
