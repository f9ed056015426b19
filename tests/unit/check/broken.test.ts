/**
 * `npm run check` on the corpus of broken content (tests/fixtures/broken/<case>/, see
 * tests/helpers/broken-corpus): each case holds one defect and an expected.json saying which file,
 * line and field the message must name. The check runs as staff run it: the CLI in a child
 * process, CONTENT_DIR and DATA_DIR pointing at the case. tests/build/broken-corpus.test.ts runs
 * the same cases through a real build too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, caseFolder, issuePrefix, removeCaseCopies, runCheck as check, STACK_TRACE } from '../../helpers/broken-corpus';

afterAll(removeCaseCopies);

// The kinds of defect issue 7 lists; each must have at least one case in the corpus.
const REQUIRED = [
  'unclosed-quote',
  'wrong-column-count',
  'duplicate-id',
  'missing-required',
  'unknown-status',
  'unknown-parent',
  'unknown-related',
  'end-before-start',
  'unparseable-required-date',
  'text-in-number',
  'negative-budget',
  'unknown-indicator',
  'year-out-of-period',
  'formula-cell',
  'bad-yaml',
  'unknown-key',
  'mdx-import-export',
  'raw-script',
  'event-handler',
  'javascript-link',
  'non-utf8',
  'bom-semicolon',
  // Issue 10: names the site can publish, and no file left unread.
  'id-too-long',
  'id-space',
  'id-markup',
  'fiche-id-too-long',
  'plan-folder-tous',
  'plan-folder-donnees',
  'plan-folder-pagefind',
  'plan-folder-nl',
  'plan-folder-space',
  'plan-folder-markup',
  'level-id-reserved',
  'data-orphan',
  'content-folder-without-plan',
  'fiche-uppercase-extension',
  'fiche-markdown-extension',
  'fiche-in-subfolder',
  'content-unknown-file',
  'data-unknown-file',
  'spreadsheet-lock-file',
  // Issue 15: translations only in a language the plan declares, of a text it has.
  'translation-undeclared-language',
  'translation-field-not-translatable',
  'translation-without-original',
  'translated-fiche-unknown-action',
  'translated-fiche-undeclared-language',
  // Issue 16: a published bilan never changes.
  'bilan-edited-file',
];

const corpus = brokenCases();
const cases = corpus.map((c) => c.name);

describe('the broken-content corpus', () => {
  it('has a case for every kind of defect the content check must catch', () => {
    expect(REQUIRED.filter((name) => !cases.includes(name))).toEqual([]);
  });
});

describe.concurrent('npm run check on broken content', { timeout: 60_000 }, () => {
  it.each(corpus.map((c) => [c.name, c] as const))('%s: exit 1, a message naming file, line and field, no stack trace', async (_, c) => {
    const dir = caseFolder(c);
    const { code, out } = await check({ CONTENT_DIR: `${dir}/content`, DATA_DIR: `${dir}/data` });
    expect(code, out).toBe(1);
    expect(out).not.toMatch(STACK_TRACE);
    const lines = out.split('\n');
    for (const e of c.expect) {
      const prefix = issuePrefix(dir, e);
      const hit = lines.find((l) => l.startsWith(prefix) && l.includes(e.message));
      expect(hit, `« ${prefix}… ${e.message} » attendu dans :\n${out}`).toBeDefined();
      // Errors, not warnings: the build must refuse them too.
      expect(hit).not.toContain('avertissement:');
    }
  });
});

describe('npm run check on the bundled content', { timeout: 60_000 }, () => {
  it('passes: exit 0, no error', async () => {
    const { code, out } = await check({ CONTENT_DIR: 'content', DATA_DIR: 'data' });
    expect(out).toMatch(/ 0 erreur\(s\)/);
    expect(code, out).toBe(0);
  });

  it('reports an unexpected failure as one line, without a stack trace', async () => {
    // A file where a folder is expected: reading the plans fails outside any content rule.
    const { code, out } = await check({ CONTENT_DIR: 'package.json', DATA_DIR: 'data' });
    expect(code).toBe(1);
    expect(out).not.toMatch(STACK_TRACE);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/package\.json: -: /);
  });
});
