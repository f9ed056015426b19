/**
 * The proof that a passing check means a passing build, on the whole corpus of broken content
 * (tests/fixtures/broken, see tests/helpers/broken-corpus): every case goes through `npm run
 * check`'s script and through a real `astro build`, and both must refuse it with the same
 * `file:line: field: message`, without a stack trace, and without running anything the content
 * holds. An MDX payload in a case writes to the path in TRUST_MARKER: that file must never appear.
 *
 * Each build writes to its own folder under node_modules/.cache (never the dist/ the other build
 * tests read), removed afterwards. A failing build stops in content sync, after a few seconds:
 * two cases run at a time so that the corpus stays within a couple of minutes on two cores.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, caseFolder, CORPUS, issuePrefix, removeCaseCopies, runCheck, STACK_TRACE } from '../helpers/broken-corpus';
import { isolatedBuild, removeIsolatedBuilds } from '../helpers/isolated-build';

const CONCURRENCY = 2;

const made: string[] = [];
afterAll(() => {
  removeIsolatedBuilds();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  removeCaseCopies();
});

/** At most `CONCURRENCY` cases at a time, whatever number of tests Vitest starts together. */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

const build = (env: Record<string, string>) => isolatedBuild('broken', env);

const corpus = brokenCases();

describe('the broken-content corpus', () => {
  it(`is found whole in ${CORPUS}`, () => {
    expect(corpus.length).toBeGreaterThan(40);
    for (const c of corpus) expect(c.expect.length, `${c.name}/expected.json`).toBeGreaterThan(0);
  });
});

describe.concurrent('npm run check and astro build on broken content', { timeout: 300_000 }, () => {
  it.each(corpus.map((c) => [c.name, c] as const))('%s: both refuse it with the same message, no stack trace, no payload run', async (_, c) => {
    const folder = caseFolder(c);
    const markerDir = mkdtempSync(join(tmpdir(), 'trust-marker-'));
    made.push(markerDir);
    const marker = join(markerDir, 'payload-ran');
    const env = { CONTENT_DIR: `${folder}/content`, DATA_DIR: `${folder}/data`, TRUST_MARKER: marker };

    const { checked, built } = await slot(async () => ({ checked: await runCheck(env), built: await build(env) }));

    expect(checked.code, checked.out).not.toBe(0);
    expect(built.code, built.out).not.toBe(0);
    for (const [what, out] of [['npm run check', checked.out], ['astro build', built.out]] as const) {
      expect(out, what).not.toMatch(STACK_TRACE);
      const lines = out.split('\n');
      for (const e of c.expect) {
        const prefix = issuePrefix(folder, e);
        // The build may put its own prefix before the line; the check prints it as it is.
        const hit = lines.find((l) => (what === 'astro build' ? l.includes(prefix) : l.startsWith(prefix)) && l.includes(e.message));
        expect(hit, `${what} : « ${prefix}… ${e.message} » attendu dans :\n${out}`).toBeDefined();
        expect(hit, what).not.toContain('avertissement:');
      }
    }
    expect(existsSync(marker), `${marker} : le contenu a exécuté du code`).toBe(false);
  });
});
