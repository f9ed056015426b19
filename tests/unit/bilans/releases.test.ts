/**
 * Bilans (issue #16): cutting a release, reading it back, verifying it, serving it as committed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutRelease, type CutOptions } from '../../../src/lib/bilans/cut';
import { addBilanEntry } from '../../../src/lib/bilans/plan-entry';
import { readRelease } from '../../../src/lib/bilans/read';
import { releaseCopies, releaseZip } from '../../../src/lib/bilans/serve';
import { parseSums, sha256Hex } from '../../../src/lib/bilans/sums';
import { verifyRelease } from '../../../src/lib/bilans/verify';
import { copyReleaseFiles } from '../../../src/integrations/bilan-files';
import { formatIssue, IssueLog } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';
import type { Plan } from '../../../src/lib/model/types';
import { parseYaml } from '../../../src/lib/yaml';
import { unzip } from '../../helpers/unzip';

const ROOT = resolve(import.meta.dirname, '../../..');
const OPTIONS: CutOptions = {
  siteUrl: 'https://example.org/plan-climat/',
  site: { title: 'Plans climat', tagline: 'Suivre les plans', publisher: 'Éditeur' },
  languages: ['fr', 'nl', 'en'],
};
const INFO = { id: '2025', title: 'Bilan 2025', date: '2026-01-30' };
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

// Scratch folders inside the project, so that messages show short relative paths.
const scratch: string[] = [];
function tempDir(): string {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/bilans-'));
  scratch.push(dir);
  return dir;
}
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeRelease(dataRoot: string, plan: string, files: { name: string; bytes: Uint8Array }[], id = INFO.id): string {
  const dir = join(dataRoot, plan, 'bilans', id);
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  return dir;
}

let exemple: Plan;
beforeAll(() => {
  const { plans } = loadPlans({ content: join(ROOT, 'content'), data: join(ROOT, 'data') });
  exemple = plans.find((p) => p.meta.slug === 'exemple')!;
});

describe('cutRelease', () => {
  it('gives the same bytes when cut twice from the same content', () => {
    const first = cutRelease(exemple, INFO, OPTIONS);
    const second = cutRelease(exemple, INFO, OPTIONS);
    expect(second.map((f) => f.name)).toEqual(first.map((f) => f.name));
    for (const [i, f] of first.entries()) expect(Buffer.compare(Buffer.from(second[i].bytes), Buffer.from(f.bytes)), f.name).toBe(0);
  });

  it('writes every table as CSV and JSON, a datapackage.json naming the bilan, and SHA256SUMS of them all', () => {
    const files = cutRelease(exemple, INFO, OPTIONS);
    const names = files.map((f) => f.name);
    expect(names).toContain('actions.csv');
    expect(names).toContain('indicator_values.json');
    expect(names.at(-1)).toBe('SHA256SUMS');
    const pkg = JSON.parse(text(files.find((f) => f.name === 'datapackage.json')!.bytes));
    expect(pkg).toMatchObject({ version: '2025', created: '2026-01-30T00:00:00Z', id: 'https://example.org/plan-climat/donnees/exemple/bilans/2025/datapackage.json' });
    const sums = parseSums(text(files.at(-1)!.bytes));
    expect(sums.problems).toEqual([]);
    expect(sums.lines.map((l) => l.name)).toEqual(names.slice(0, -1));
    for (const l of sums.lines) expect(l.sha256).toBe(sha256Hex(files.find((f) => f.name === l.name)!.bytes));
  });

  it('changes only datapackage.json and SHA256SUMS with the date: no clock in the tables', () => {
    const a = cutRelease(exemple, INFO, OPTIONS);
    const b = cutRelease(exemple, { ...INFO, date: '2026-02-15' }, OPTIONS);
    const differ = a.filter((f, i) => Buffer.compare(Buffer.from(f.bytes), Buffer.from(b[i].bytes)) !== 0).map((f) => f.name);
    expect(differ).toEqual(['datapackage.json', 'SHA256SUMS']);
  });
});

describe('readRelease and verifyRelease', () => {
  it('reads back what was cut: files with sizes and checksums, tables as strings', () => {
    const data = tempDir();
    const files = cutRelease(exemple, INFO, OPTIONS);
    writeRelease(data, 'exemple', files);
    const release = readRelease(data, 'exemple', INFO);
    expect(release.dir).toBe(relative(process.cwd(), join(data, 'exemple/bilans/2025')));
    expect(release.files.map((f) => f.name)).toEqual(files.slice(0, -1).map((f) => f.name));
    const actions = files.find((f) => f.name === 'actions.csv')!;
    expect(release.files.find((f) => f.name === 'actions.csv')).toEqual({ name: 'actions.csv', sha256: sha256Hex(actions.bytes), bytes: actions.bytes.length });
    expect(release.tables.actions).toHaveLength(exemple.actions.length);
    const covoiturage = release.tables.actions.find((r) => r.id === 'covoiturage')!;
    expect(covoiturage).toMatchObject({ status: 'en_retard', status_label: 'En retard', budget_raw: '350 000 € HT' });
    expect(typeof covoiturage.budget_min).toBe('string');
    const log = new IssueLog();
    verifyRelease(join(data, 'exemple/bilans/2025'), log);
    expect(log.issues).toEqual([]);
  });

  it('refuses an edited file, naming it with « checksum »', () => {
    const data = tempDir();
    const dir = writeRelease(data, 'exemple', cutRelease(exemple, INFO, OPTIONS));
    const path = join(dir, 'actions.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('En retard', 'En cours'));
    const log = new IssueLog();
    verifyRelease(dir, log);
    expect(log.issues.map(formatIssue)).toEqual([expect.stringMatching(new RegExp(`^${relative(process.cwd(), path)}: checksum: fichier modifié depuis le bilan`))]);
  });

  it('refuses a missing file and a file SHA256SUMS does not list', () => {
    const data = tempDir();
    const dir = writeRelease(data, 'exemple', cutRelease(exemple, INFO, OPTIONS));
    rmSync(join(dir, 'plans.json'));
    writeFileSync(join(dir, 'notes.txt'), 'ajouté après coup\n');
    const log = new IssueLog();
    verifyRelease(dir, log);
    expect(log.issues.map((i) => [relative(dir, i.file), i.field, i.message.split(' (')[0].split(' :')[0]])).toEqual([
      ['plans.json', 'checksum', 'fichier du bilan absent'],
      ['notes.txt', 'checksum', 'fichier absent de SHA256SUMS'],
    ]);
  });

  it('refuses a SHA256SUMS line that names a path outside the bilan', () => {
    const { lines, problems } = parseSums(`${'a'.repeat(64)}  ../../actions.csv\n${'b'.repeat(64)}  plans.csv\n`);
    expect(lines.map((l) => l.name)).toEqual(['plans.csv']);
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('nom de fichier refusé') }]);
  });
});

describe('bilans in the content check (loadPlans)', () => {
  const PLAN = '---\ntitle: Plan de test\nterritory: Ville fictive\nfictional: true\n# commentaire gardé\n---\n\nTexte.\n';
  function site(planMd: string) {
    const root = tempDir();
    const content = join(root, 'content');
    const data = join(root, 'data');
    mkdirSync(join(content, 't'), { recursive: true });
    mkdirSync(join(data, 't'), { recursive: true });
    writeFileSync(join(content, 't/plan.md'), planMd);
    writeFileSync(join(data, 't/actions.csv'), 'id,title,status\na1,Action un,En cours\n');
    return { content, data };
  }
  const errors = (roots: { content: string; data: string }) =>
    loadPlans(roots).issues.filter((i) => i.severity === 'error').map((i) => ({ ...i, file: relative(roots.content, join(process.cwd(), i.file)) }));

  it('accepts a bilan cut and declared by the tool, and keeps the rest of plan.md byte for byte', () => {
    const roots = site(PLAN);
    const plan = loadPlans(roots).plans[0];
    writeRelease(roots.data, 't', cutRelease(plan, INFO, OPTIONS));
    const edited = addBilanEntry(PLAN, INFO);
    if (!('text' in edited)) throw new Error(edited.error);
    expect(edited.text).toBe(PLAN.replace('# commentaire gardé\n', '# commentaire gardé\nbilans:\n  - id: "2025"\n    title: "Bilan 2025"\n    date: 2026-01-30\n'));
    writeFileSync(join(roots.content, 't/plan.md'), edited.text);
    expect(errors(roots)).toEqual([]);
    expect(loadPlans(roots).plans[0].meta.bilans).toEqual([INFO]);
  });

  it('adds a second entry after the first, in the same indentation', () => {
    const once = addBilanEntry(PLAN, INFO) as { text: string };
    const twice = addBilanEntry(once.text, { id: '2026', title: 'Bilan « 2026 »', date: '2027-01-29' }) as { text: string };
    const fm = parseYaml(twice.text.split('---\n')[1]).value as { bilans: unknown[] };
    expect(fm.bilans).toEqual([
      { id: '2025', title: 'Bilan 2025', date: '2026-01-30' },
      { id: '2026', title: 'Bilan « 2026 »', date: '2027-01-29' },
    ]);
    expect(twice.text.startsWith(once.text.split('---\n\nTexte')[0])).toBe(true);
  });

  it('refuses a declared bilan without its folder, on its line of plan.md', () => {
    const roots = site(PLAN.replace('fictional: true\n', 'fictional: true\nbilans:\n  - id: 2024\n    title: Bilan 2024\n    date: 2025-01-31\n'));
    expect(errors(roots)).toEqual([expect.objectContaining({ file: 't/plan.md', line: 6, field: 'bilans', message: expect.stringContaining('bilan « 2024 » sans son dossier') })]);
  });

  it('refuses a bilan folder that plan.md does not declare', () => {
    const roots = site(PLAN);
    writeRelease(roots.data, 't', cutRelease(loadPlans(roots).plans[0], INFO, OPTIONS));
    expect(errors(roots)).toEqual([expect.objectContaining({ file: '../data/t/bilans/2025', field: '-', message: expect.stringContaining('absent de') })]);
  });

  it('refuses an id that is not a plain folder name', () => {
    const roots = site(PLAN.replace('fictional: true\n', 'fictional: true\nbilans:\n  - id: ../2024\n    title: Bilan\n    date: 2025-01-31\n'));
    expect(errors(roots)).toEqual([expect.objectContaining({ file: 't/plan.md', line: 6, field: 'bilans.0.id', message: expect.stringContaining('identifiant de bilan invalide') })]);
  });
});

describe('a bilan cut by an older exporter', () => {
  const DATA = join(ROOT, 'tests/fixtures/bilans/older-exporter/data');
  const OLD = { id: '2022', title: 'Bilan 2022', date: '2023-01-15' };
  const fixtureDir = join(DATA, 'ancien/bilans/2022');

  it('is read with the columns it has, and verified against its own SHA256SUMS', () => {
    const release = readRelease(DATA, 'ancien', OLD);
    expect(release.files.map((f) => f.name)).toEqual(['actions.csv', 'datapackage.json', 'indicator_values.csv', 'plans.csv']);
    expect(release.tables.actions).toEqual([
      { id: 'a1', title: 'Isoler les écoles, puis les gymnases', status: 'en_cours' },
      { id: 'a2', title: 'Planter 500 arbres', status: 'realise' },
    ]);
    expect(release.tables.indicator_values).toEqual([{ indicator: 'arbres', year: '2021', value: '320' }]);
    const log = new IssueLog();
    verifyRelease(fixtureDir, log);
    expect(log.issues).toEqual([]);
  });

  it('is served byte for byte, SHA256SUMS included, and zipped with exactly its files', () => {
    const release = readRelease(DATA, 'ancien', OLD);
    const out = tempDir();
    copyReleaseFiles(releaseCopies('ancien', release), out);
    const served = join(out, 'donnees/ancien/bilans/2022');
    expect(readdirSync(served).sort()).toEqual(readdirSync(fixtureDir).sort());
    for (const name of readdirSync(fixtureDir)) expect(readFileSync(join(served, name)).equals(readFileSync(join(fixtureDir, name))), name).toBe(true);
    const archive = releaseZip('ancien', release);
    expect(archive.path).toBe('donnees/ancien/bilans/2022.zip');
    const entries = unzip(archive.bytes);
    expect(entries.map((e) => e.path).sort()).toEqual(readdirSync(fixtureDir).map((n) => `ancien-bilan-2022/${n}`).sort());
    for (const e of entries) expect(e.data.equals(readFileSync(join(fixtureDir, e.path.split('/')[1]))), e.path).toBe(true);
    expect(archive.sha256).toBe(sha256Hex(archive.bytes));
  });

  it('refuses to serve a file that no longer matches its checksum', () => {
    const copy = tempDir();
    cpSync(fixtureDir, copy, { recursive: true });
    writeFileSync(join(copy, 'plans.csv'), 'plan,title\r\nancien,Autre\r\n');
    const release = { ...readRelease(DATA, 'ancien', OLD), dir: copy };
    expect(() => copyReleaseFiles(releaseCopies('ancien', release), tempDir())).toThrow(/plans\.csv : la copie ne correspond pas à SHA256SUMS/);
  });
});
