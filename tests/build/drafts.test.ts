/**
 * A draft plan (`draft: true` in its plan.md) is published nowhere: a build of a published plan
 * beside a draft (tests/fixtures/drafts) holds no file — page, data file, archive entry, search
 * index fragment, feed, catalogue — that names the draft. The build goes to its own folder
 * (OUT_DIR, ASTRO_CACHE_DIR under node_modules/.cache), removed afterwards.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../helpers/unzip';
import { pipelineEnv } from '../helpers/isolated-build';
import { buildCommand } from '../../scripts/build-command';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = 'tests/fixtures/drafts';
/** The draft's slug, and words of its title, territory, actions and fiche found nowhere else. */
const DRAFT_WORDS = ['quokka', 'wombat'];

let work = '';
let dist = '';
let out = '';

beforeAll(async () => {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  work = mkdtempSync(join(ROOT, 'node_modules/.cache/drafts-build-'));
  dist = join(work, 'dist');
  const result = await exec(...buildCommand(), {
    cwd: ROOT,
    env: pipelineEnv({ CONTENT_DIR: `${FIXTURE}/content`, DATA_DIR: `${FIXTURE}/data`, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), BASE_PATH: '/plan-climat/', SITE_URL: 'https://example.org' }),
    maxBuffer: 64 * 1024 * 1024,
  });
  out = result.stdout + result.stderr;
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A file's readable texts: itself, gunzipped (Pagefind's index), and each entry of a ZIP (the archive, workbooks). */
function texts(path: string, bytes: Buffer): { where: string; text: string }[] {
  const found = [{ where: path, text: bytes.toString('utf8') }];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) found.push({ where: `${path} (gzip)`, text: gunzipSync(bytes).toString('utf8') });
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    for (const entry of unzip(bytes)) found.push(...texts(`${path} → ${entry.path}`, entry.data));
  }
  return found;
}

function allTexts(): { where: string; text: string }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dist, f))
    .filter((f) => statSync(f).isFile())
    .flatMap((f) => texts(relative(dist, f), readFileSync(f)));
}

describe('a build with a draft plan beside a published one', { timeout: 120_000 }, () => {
  it('says nothing of the draft in any file of dist/, archives and search index included', () => {
    const files = allTexts();
    const leaks = files.filter((f) => DRAFT_WORDS.some((w) => f.text.toLowerCase().includes(w))).map((f) => f.where);
    expect(leaks, out).toEqual([]);
    // The scan reads what it claims to: the published plan is in the pages, the archive and the index.
    const where = files.filter((f) => f.text.includes('Villepublie')).map((f) => f.where);
    expect(where).toContain('publie/index.html');
    expect(where.some((w) => w.startsWith('donnees/plans-climat-donnees.zip → '))).toBe(true);
    expect(where.some((w) => w.startsWith('pagefind/') && w.endsWith('(gzip)'))).toBe(true);
  });

  it('publishes the other plan everywhere: its pages, its data and the all-plans files', () => {
    const plans = readFileSync(join(dist, 'donnees/tous/plans.csv'), 'utf8');
    expect(plans).toContain('publie');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('/plan-climat/publie/');
  });
});
