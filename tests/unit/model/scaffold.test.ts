import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFrontmatterSchema } from '../../../src/lib/model/frontmatter';
import { formatIssue } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';
import { PLAN_KEYS } from '../../../src/lib/model/plan-keys';
import { PLAN_SLUG, scaffoldPlan, scaffoldPlanMd } from '../../../src/lib/model/scaffold';
import { TABLES, TABLE_NAMES } from '../../../src/lib/model/tables';
import { TRANSLATABLE_PLAN_KEYS } from '../../../src/lib/model/translatable';
import { UI_LANGUAGES } from '../../../src/lib/i18n/languages';

function load(files: { root: string; path: string; text: string }[]) {
  const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  for (const f of files) {
    const path = join(root, f.root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  const result = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  return { ...result, errors: result.issues.filter((i) => i.severity === 'error').map(formatIssue) };
}

describe('PLAN_KEYS', () => {
  // Translated keys (`title_nl`…) are documented as a family, by one entry.
  const translated = (key: string) => TRANSLATABLE_PLAN_KEYS.some((k) => UI_LANGUAGES.some((l) => key === `${k}_${l}`));

  it('documents every key of plan.md, and no other', () => {
    const keys = Object.keys(PlanFrontmatterSchema.shape);
    expect(PLAN_KEYS.filter((k) => !k.translations).map((k) => k.key).sort()).toEqual(keys.filter((k) => !translated(k)).sort());
    expect(PLAN_KEYS.filter((k) => k.translations).every((k) => keys.includes(k.key))).toBe(true);
  });

  it('gives examples that a plan.md accepts, all at once', () => {
    const yaml = PLAN_KEYS.flatMap((k) => k.example).join('\n');
    const { errors, plans } = load([
      { root: 'content', path: 'site.yml', text: 'languages: [fr, nl]\n' },
      { root: 'content', path: 'ville/plan.md', text: `---\n${yaml}\n---\nPrésentation.\n` },
    ]);
    expect(errors).toEqual([]);
    expect(plans).toHaveLength(1);
    expect(plans[0].meta.translations?.nl?.title).toBe('Klimaatplan 2020-2026');
  });
});

describe('scaffoldPlan', () => {
  it('writes a draft plan that the check accepts, its placeholders listed as warnings', () => {
    const { errors, plans, issues } = load(scaffoldPlan('ma-ville'));
    expect(errors).toEqual([]);
    expect(plans.map((p) => [p.meta.slug, p.meta.draft, p.actions.length])).toEqual([['ma-ville', true, 0]]);
    expect(issues.map((i) => i.field)).toEqual(['draft', 'title', 'territory', 'contenu']);
  });

  it('writes every table, header row only, columns in the order of tables.ts', () => {
    const tables = scaffoldPlan('ma-ville').filter((f) => f.root === 'data');
    expect(tables.map((f) => f.path)).toEqual(TABLE_NAMES.map((n) => `ma-ville/${TABLES[n].file}`));
    for (const [i, name] of TABLE_NAMES.entries()) expect(tables[i].text).toBe(`${TABLES[name].fields.map((f) => f.name).join(',')}\n`);
  });

  it('comments every optional key in plan.md with its help', () => {
    const text = scaffoldPlanMd('ma-ville');
    for (const doc of PLAN_KEYS.filter((k) => !k.required && k.key !== 'draft')) {
      expect(text).toContain(`# ${doc.key} : ${doc.help}\n# ${doc.example[0]}`);
    }
  });

  it.each([
    ['ma-ville', true],
    ['ville-2026', true],
    ['Ma-Ville', false],
    ['ma ville', false],
    ['-ville', false],
    ['ville/../x', false],
  ])('slug %s accepted: %s', (slug, ok) => {
    expect(PLAN_SLUG.test(slug)).toBe(ok);
  });
});
