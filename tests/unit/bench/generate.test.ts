// The benchmark's synthetic plan must stay valid content: loaded by the same code as the build,
// it gives no error, and the same seed always gives the same files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generatePlan } from '../../../scripts/bench/generate';
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

test('fiches as .md: the same files under another extension, still valid content', () => {
  const asMdx = generatePlan(50, 1);
  const asMd = generatePlan(50, 1, 'md');
  expect(asMd.data).toEqual(asMdx.data);
  expect(asMd.content).toEqual(Object.fromEntries(Object.entries(asMdx.content).map(([path, text]) => [path.replace(/\.mdx$/, '.md'), text])));
  const { plans, issues } = loadPlans({ content: write(asMd.content), data: write(asMd.data) });
  expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  expect(plans[0].actions.filter((a) => a.fiche?.endsWith('.md'))).toHaveLength(asMd.counts.fiches);
});
