import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';
import { findPlaceholder, PLACEHOLDERS } from '../../../src/lib/model/placeholders';
import { draftPlanSlugs, plansToShow } from '../../../src/lib/model/publish';
import { planStub } from '../../../src/lib/import/write';

/** What the importer writes today for a new plan (src/lib/import/write.ts, planStub). */
const IMPORTED = (draft: string) => `---
title: Plan ville (titre à compléter)
territory: À compléter
${draft}levels: []
sources:
  - title: tableau.xlsx
    note: Importé avec npm run import.
# statuses:
#   "Presque fini": en_cours  # à compléter
---

## Ce plan

Présentation à rédiger : ce que couvre le plan, ce qui est publié, ce qui manque dans la source.
`;

const READY = `---
title: Plan climat de Ville
territory: Ville
---
Présentation.
`;

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'drafts-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { content: join(root, 'content'), data: join(root, 'data') };
}

function check(files: Record<string, string>) {
  const result = loadPlans(project(files));
  const messages = result.issues.map(formatIssue).map((m) => m.replace(/^.*?content\//, 'content/'));
  return { ...result, messages, errors: result.issues.filter((i) => i.severity === 'error').map(formatIssue) };
}

describe('placeholders', () => {
  it.each([
    ['Plan ville (titre à compléter)', 'titre à compléter'],
    ['À compléter', 'à compléter'],
    ['Présentation à rédiger : ce que couvre le plan', 'à rédiger'],
    ['Plan climat 2020-2026', undefined],
    ['compléter les actions', undefined],
  ])('%s → %s', (text, expected) => {
    expect(findPlaceholder(text)).toBe(expected);
  });

  it('are one list, the most specific first', () => {
    expect(PLACEHOLDERS[0]).toBe('titre à compléter');
  });
});

describe('a plan as the importer writes it', () => {
  it('while draft: no error, each placeholder a warning, and the plan is loaded', () => {
    const { plans, errors, messages } = check({ 'content/ville/plan.md': IMPORTED('draft: true\n') });
    expect(errors).toEqual([]);
    expect(plans.map((p) => [p.meta.slug, p.meta.draft])).toEqual([['ville', true]]);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/ville\/plan.md:4: draft: avertissement: plan en brouillon/),
      'content/ville/plan.md:2: title: avertissement: reste à compléter (« titre à compléter »)',
      'content/ville/plan.md:3: territory: avertissement: reste à compléter (« à compléter »)',
      'content/ville/plan.md:15: contenu: avertissement: reste à compléter (« à rédiger »)',
    ]);
  });

  it('once draft is removed: each placeholder is an error with its line (comments are not values)', () => {
    const { messages } = check({ 'content/ville/plan.md': IMPORTED('') });
    expect(messages).toEqual([
      expect.stringMatching(/^content\/ville\/plan.md:2: title: texte provisoire « titre à compléter » à remplacer avant publication/),
      expect.stringMatching(/^content\/ville\/plan.md:3: territory: texte provisoire « à compléter »/),
      expect.stringMatching(/^content\/ville\/plan.md:14: contenu: texte provisoire « à rédiger »/),
    ]);
  });

  it('a nested value names its path', () => {
    const { messages } = check({ 'content/ville/plan.md': READY.replace('---\nPr', 'document:\n  title: À compléter\n---\nPr') });
    expect(messages).toEqual([expect.stringMatching(/^content\/ville\/plan.md:4: document.title: texte provisoire « à compléter »/)]);
  });
});

describe('the importer', () => {
  it('writes a new plan.md as a draft, whose every placeholder the check knows', () => {
    const stub = planStub({ plan: 'ville', sourceName: 'tableau.xlsx', levels: [], unknownStatuses: [{ label: 'Presque fini', suggestion: 'en_cours' }] });
    const draft = check({ 'content/ville/plan.md': stub });
    expect(draft.errors).toEqual([]);
    expect(draft.plans[0].meta.draft).toBe(true);
    const published = check({ 'content/ville/plan.md': stub.replace('draft: true\n', '') });
    expect(published.messages.map((m) => m.split(': ')[1])).toEqual(['title', 'territory', 'contenu']);
  });
});

describe('plansToShow', () => {
  const plans = [{ meta: { slug: 'publie', draft: false } }, { meta: { slug: 'brouillon', draft: true } }] as Parameters<typeof plansToShow>[0];
  it.each([
    ['a build publishes no draft', false, ['publie']],
    ['the dev preview shows drafts', true, ['publie', 'brouillon']],
  ])('%s', (_name, preview, slugs) => {
    expect(plansToShow(plans, { preview }).map((p) => p.meta.slug)).toEqual(slugs);
  });
});

describe('draftPlanSlugs', () => {
  it('reads draft: true from each plan.md, ignoring a draft key in a comment or set to false', () => {
    const roots = project({
      'content/a/plan.md': IMPORTED('draft: true\n'),
      'content/b/plan.md': READY,
      'content/c/plan.md': READY.replace('---\nPr', 'draft: false\n# draft: true\n---\nPr'),
    });
    expect([...draftPlanSlugs(roots)]).toEqual(['a']);
  });
});
