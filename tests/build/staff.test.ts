/**
 * The staff workflow seen from the build: broken content stops it with the check's message,
 * script-like text in CSV cells comes out inert, the action history degrades cleanly without git,
 * and the pipeline files run the commands this suite runs.
 *
 * Each build here goes to its own folder (OUT_DIR, ASTRO_CACHE_DIR under node_modules/.cache),
 * so it never touches the dist/ the other build tests read; the folder is removed afterwards.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { startTags, tokenize } from '../helpers/html';
import { isolatedBuild, pipelineEnv, removeIsolatedBuilds } from '../helpers/isolated-build';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

afterAll(removeIsolatedBuilds);

const build = (env: Record<string, string>) => isolatedBuild('staff', env);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

describe('a build of broken content', { timeout: 240_000 }, () => {
  it('fails, printing the check’s file:line: field: message, without a stack trace', async () => {
    const fixture = 'tests/fixtures/broken/unknown-status';
    const { code, out } = await build({ CONTENT_DIR: `${fixture}/content`, DATA_DIR: `${fixture}/data` });
    expect(code, out).not.toBe(0);
    expect(out).toContain(`${fixture}/data/t/actions.csv:2: status: statut inconnu « Presque fini »`);
    expect(out).not.toMatch(STACK_FRAME);
  });
});

describe('a plan whose CSV cells hold HTML and scripts', { timeout: 300_000 }, () => {
  it('builds, shows the payloads as text, and runs none of them; without git the history says so', async () => {
    const { code, out, dir } = await build({
      CONTENT_DIR: 'tests/fixtures/xss/content',
      DATA_DIR: 'tests/fixtures/xss/data',
      // No repository: the action pages fall back to « historique indisponible ».
      GIT_DIR: join(tmpdir(), 'pas-de-depot-git'),
      FORGE_EDIT_URL: 'https://forge.exemple.invalid/org/plans/-/edit/main/',
    });
    expect(code, out).toBe(0);
    const page = readFileSync(join(dir, 'x/actions/a1/index.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt; Pistes cyclables');
    expect(page).toContain('onmouseover=alert(&#39;pilote&#39;)');
    expect(page).toMatch(/&lt;img src=x onerror=alert\((&#39;|')résumé(&#39;|')\)&gt;/);

    for (const file of htmlFiles(dir)) {
      // The payloads never become markup: as the browser parses the page, no element of theirs,
      // no event handler, no script holding their code, no javascript: link.
      const tokens = tokenize(readFileSync(file, 'utf8'));
      for (const tag of startTags(tokens)) {
        expect(tag.attrNames.filter((a) => /^on/i.test(a)), `${file}: <${tag.name}>`).toEqual([]);
        for (const value of tag.attrs.values()) expect(value, `${file}: <${tag.name}>`).not.toMatch(/^\s*javascript:/i);
        expect(tag.name, file).not.toBe('iframe');
      }
      for (const t of tokens) {
        if (t.type === 'text' && t.rawOf === 'script') expect(t.text, file).not.toMatch(/alert\(/);
      }
    }

    expect(page).toMatch(/Historique indisponible \(pas de dépôt git\)/);
    // The plan's changes page says so too, and dates nothing.
    const changes = readFileSync(join(dir, 'x/changements/index.html'), 'utf8');
    expect(changes).toMatch(/Historique indisponible \(pas de dépôt git\) : les changements ne peuvent pas être datés/);
    expect(changes).not.toMatch(/<time /);
    expect(out).toMatch(/\[historique\] historique indisponible \(pas de dépôt git\)/i);
    expect(page).toContain('href="https://forge.exemple.invalid/org/plans/-/edit/main/tests/fixtures/xss/data/x/actions.csv"');
    const report = /href="(mailto:climat@exemple\.invalid\?[^"]+)"/.exec(page)?.[1];
    expect(report, 'lien « Signaler une erreur »').toBeDefined();
    expect(decodeURIComponent(report!.replace(/&amp;/g, '&'))).toContain('Pistes cyclables');
  });
});

describe('the pipeline files', { timeout: 400_000 }, () => {
  const gitlab = parse(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8'));
  const github = parse(readFileSync(join(ROOT, '.github/workflows/pages.yml'), 'utf8'));

  it('GitLab Pages: builds on the default branch with full history, under /<projet>/, publishes dist', () => {
    const job = gitlab.pages;
    expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(job.variables).toMatchObject({ GIT_DEPTH: '0', BASE_PATH: '/$CI_PROJECT_NAME/', SITE_URL: '$CI_PAGES_URL' });
    expect(job.script).toEqual(['npm ci', 'npm run check', 'npm run build']);
    expect(job.pages.publish).toBe('dist');
    expect(job.artifacts.paths).toEqual(['dist']);
  });

  it('GitHub Pages: builds on main with full history, under the repository’s path, deploys dist', () => {
    expect(github.on.push.branches).toEqual(['main']);
    const steps = github.jobs.build.steps;
    expect(steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout')).with['fetch-depth']).toBe(0);
    expect(steps.filter((s: { run?: string }) => s.run).map((s: { run: string }) => s.run)).toEqual(['npm ci', 'npm run check', 'npm run build']);
    const buildStep = steps.find((s: { run?: string }) => s.run === 'npm run build');
    expect(buildStep.env.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
    expect(github.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
    expect(github.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('runs what the GitLab job runs (npm ci excepted: CI runs it on a fresh clone) and serves the site under the sub-path', async () => {
    // The variables GitLab would give a project « plan-climat » of the group « ville ».
    const ci: Record<string, string> = {
      CI_PROJECT_NAME: 'plan-climat',
      CI_PAGES_URL: 'https://ville.gitlab.example/plan-climat',
      CI_PROJECT_URL: 'https://gitlab.example/ville/plan-climat',
      CI_DEFAULT_BRANCH: 'main',
    };
    const expand = (v: string) => v.replace(/\$(\w+)/g, (_, name: string) => ci[name] ?? '');
    const env = Object.fromEntries(Object.entries(gitlab.pages.variables as Record<string, string>).map(([k, v]) => [k, expand(v)]));
    delete env.npm_config_cache;
    const check = await exec(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'], { cwd: ROOT, env: pipelineEnv(env) });
    expect(check.stdout).toMatch(/ 0 erreur\(s\)/);
    const { code, out, dir } = await build(env);
    expect(code, out).toBe(0);
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).toContain('href="/plan-climat/');
    expect(home).toContain('https://ville.gitlab.example/plan-climat/');
    const action = htmlFiles(join(dir, 'bruxelles', 'actions'))[0];
    expect(readFileSync(action, 'utf8')).toContain('href="https://gitlab.example/ville/plan-climat/-/edit/main/data/bruxelles/actions.csv"');
  });
});
