// The benchmark's synthetic plan must stay valid content: loaded by the same code as the build,
// it gives no error, and the same seed always gives the same files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generatePlan, generatePortal, portalSizes } from '../../../scripts/bench/generate';
import { formatIssue } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-plan-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('same size and seed, same files; another seed, other files', () => {
  expect(generatePlan(120, 7)).toEqual(generatePlan(120, 7));
  expect(generatePlan(120, 8).data).not.toEqual(generatePlan(120, 7).data);
});

test.each([1, 50, 400])('a plan of %i actions loads without error, with the announced shape', (n) => {
  const plan = generatePlan(n, 1);
  const { plans, issues } = loadPlans({ content: write(plan.content), data: write(plan.data) });
  expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  expect(plans).toHaveLength(1);
  const [p] = plans;
  expect(p.meta.fictional).toBe(true);
  expect(p.actions).toHaveLength(n);
  expect(p.actions.filter((a) => a.fiche?.endsWith('.mdx'))).toHaveLength(plan.counts.fiches);
  expect(plan.counts.fiches).toBe(Math.round(n / 10));
  expect(p.nodes.filter((x) => x.level === 'axe')).toHaveLength(8);
  expect(p.nodes.filter((x) => x.level === 'objectif')).toHaveLength(40);
  expect(p.subactions).toHaveLength(plan.counts.subactions);
  expect(p.indicators).toHaveLength(plan.counts.indicators);
  expect(p.indicatorValues).toHaveLength(plan.counts.indicatorValues);
  expect(p.indicatorValues.some((v) => v.type === 'objectif')).toBe(true);
  expect(p.indicatorValues.some((v) => v.type === 'resultat')).toBe(true);
});

test.each([
  [100_000, 1000],
  [300, 12],
  [50, 10],
  [5000, 10],
  [777, 9],
])('%i actions in %i plans: every plan has 5 to 500 actions and they add up', (total, plans) => {
  const sizes = portalSizes(total, plans, 1);
  expect(sizes).toHaveLength(plans);
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(500);
  expect(portalSizes(total, plans, 1)).toEqual(sizes);
});

test('plans of a large portal differ in size, most of them small', () => {
  const sizes = portalSizes(100_000, 1000, 1);
  expect(new Set(sizes).size).toBeGreaterThan(100);
  expect(sizes.filter((s) => s < 100).length).toBeGreaterThan(500);
});

test.each([
  [4, 1],
  [501, 1],
  [100, 0],
])('%i actions cannot make %i plans of 5 to 500 actions', (total, plans) => {
  expect(() => portalSizes(total, plans, 1)).toThrow();
});

test('a generated portal loads as distinct public plans of varied kinds', () => {
  const portal = generatePortal(120, 6, 3);
  const content = Object.assign({}, ...portal.plans.map((p) => p.content));
  const data = Object.assign({}, ...portal.plans.map((p) => p.data));
  const { plans, issues } = loadPlans({ content: write(content), data: write(data) });
  expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  expect(plans.map((p) => p.meta.slug).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  expect(plans.reduce((n, p) => n + p.actions.length, 0)).toBe(120);
  expect(plans.every((p) => !p.meta.fictional && p.meta.title.includes('fictif'))).toBe(true);
  expect(new Set(plans.map((p) => p.meta.kind)).size).toBeGreaterThan(1);
});
