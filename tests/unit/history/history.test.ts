import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitsByFile, gitHistory, parseNameStatusLog } from '../../../src/lib/history/git';
import { editUrl, mergeHistories, parseGitLog, reportUrl, withoutBoundary } from '../../../src/lib/history';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('parseGitLog', () => {
  it('reads hash, author date and subject; skips what is not a commit line', () => {
    const out = `${A}\t2025-03-31T10:12:00+02:00\tÉtat de l'action 12 : réalisé\n\n${B}\t2024-01-02T09:00:00+01:00\tImport\tdu tableur\ngarbage\n`;
    expect(parseGitLog(out)).toEqual([
      { hash: A, date: '2025-03-31T10:12:00+02:00', subject: "État de l'action 12 : réalisé" },
      { hash: B, date: '2024-01-02T09:00:00+01:00', subject: 'Import\tdu tableur' },
    ]);
  });
});

describe('withoutBoundary (shallow clones)', () => {
  const commits = parseGitLog(`${A}\t2025-03-31T10:00:00Z\tdernier\n${B}\t2020-01-01T10:00:00Z\tlimite`);
  it('drops the boundary commit, whose date says nothing about the file', () => {
    expect(withoutBoundary(commits, new Set([B]))).toEqual({ status: 'ok', commits: [commits[0]], partial: true });
  });
  it('is unavailable when only the boundary commit touches the file', () => {
    expect(withoutBoundary([commits[1]], new Set([B]))).toMatchObject({ status: 'unavailable', reason: 'shallow' });
  });
});

describe('mergeHistories', () => {
  it('merges files newest first, each commit once, limited', () => {
    const h1 = { status: 'ok' as const, commits: parseGitLog(`${A}\t2025-03-31T10:00:00Z\ta\n${C}\t2023-01-01T10:00:00Z\tc`) };
    const h2 = { status: 'ok' as const, commits: parseGitLog(`${B}\t2024-06-01T10:00:00Z\tb\n${A}\t2025-03-31T10:00:00Z\ta`) };
    const merged = mergeHistories([{ file: 'data/p/actions.csv', history: h1 }, { file: 'content/p/actions/x.md', history: h2 }], 2);
    expect(merged).toEqual({
      status: 'ok',
      commits: [
        { hash: A, date: '2025-03-31T10:00:00Z', subject: 'a', file: 'data/p/actions.csv' },
        { hash: B, date: '2024-06-01T10:00:00Z', subject: 'b', file: 'content/p/actions/x.md' },
      ],
    });
  });
  it('is unavailable, with the reason, when no file has a history', () => {
    expect(mergeHistories([{ file: 'x', history: { status: 'unavailable', reason: 'noRepository' } }])).toEqual({
      status: 'unavailable',
      reason: 'noRepository',
    });
  });
});

describe('links', () => {
  it('points "proposer une modification" at the file on the forge', () => {
    expect(editUrl('https://gitlab.example/org/plans/-/edit/main/', 'data/dijon/actions.csv')).toBe(
      'https://gitlab.example/org/plans/-/edit/main/data/dijon/actions.csv',
    );
    expect(editUrl('https://github.com/org/plans/edit/main', 'content/a b/plan.md')).toBe('https://github.com/org/plans/edit/main/content/a%20b/plan.md');
    expect(editUrl(undefined, 'x')).toBeUndefined();
  });
  it('prefills a mailto for "signaler une erreur", or uses a contact page as is', () => {
    const url = reportUrl('climat@exemple.fr', { plan: 'PCAET', action: '12 Vélo', page: 'https://exemple.fr/p/actions/12/' })!;
    expect(url.startsWith('mailto:climat@exemple.fr?subject=')).toBe(true);
    expect(decodeURIComponent(url)).toContain('Erreur sur la page « 12 Vélo » (PCAET)');
    expect(decodeURIComponent(url)).toContain('Page : https://exemple.fr/p/actions/12/');
    expect(reportUrl('https://exemple.fr/contact', { plan: '', action: '', page: '' })).toBe('https://exemple.fr/contact');
    expect(reportUrl('javascript:alert(1)', { plan: '', action: '', page: '' })).toBeUndefined();
    expect(reportUrl(undefined, { plan: '', action: '', page: '' })).toBeUndefined();
  });
});

describe('gitHistory (the runner)', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2025-03-31T10:00:00+02:00', GIT_COMMITTER_DATE: '2025-03-31T10:00:00+02:00' } });

  it('reads a file history once and caches it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hist-'));
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'ci@exemple.invalid');
    git(dir, 'config', 'user.name', 'CI');
    writeFileSync(join(dir, 'a.csv'), 'id\n1\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'Ajout de a');
    let calls = 0;
    const history = gitHistory(dir, (args) => {
      calls++;
      return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    });
    const first = history.of('a.csv');
    expect(first).toMatchObject({ status: 'ok', commits: [{ subject: 'Ajout de a', date: '2025-03-31T10:00:00+02:00' }] });
    const before = calls;
    expect(history.of('a.csv')).toBe(first);
    expect(calls).toBe(before);
    expect(history.of('absent.csv')).toMatchObject({ status: 'unavailable', reason: 'fileNotCommitted' });
  });

  it('falls back without git or outside a repository', () => {
    const missing = gitHistory('/nowhere', () => {
      throw new Error('spawn git ENOENT');
    });
    expect(missing.of('data/x.csv')).toEqual({ status: 'unavailable', reason: 'noRepository' });
    expect(missing.repoPath('data/x.csv')).toBe('data/x.csv');
  });

  it('in a shallow clone, hides the boundary commit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hist-'));
    const history = gitHistory(dir, (args) => {
      if (args[1] === '--show-prefix') return '\n';
      if (args[1] === '--is-shallow-repository') return 'true\n';
      if (args[1] === '--git-path') return join(dir, 'shallow');
      return `\x1e${B}\t2020-01-01T10:00:00Z\t2020-01-01T10:00:00Z\tlimite\n\nA\ta.csv\n`;
    });
    writeFileSync(join(dir, 'shallow'), `${B}\n`);
    expect(history.of('a.csv')).toMatchObject({ status: 'unavailable', reason: 'shallow' });
  });

  it('runs git log once for the whole build, follows renames, and gives each folder its last change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hist-'));
    const at = (day: string) => ({ GIT_AUTHOR_DATE: `${day}T10:00:00+02:00`, GIT_COMMITTER_DATE: `${day}T10:00:00+02:00` });
    const gitOn = (day: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...at(day) } });
    gitOn('2024-01-01', 'init', '-q');
    gitOn('2024-01-01', 'config', 'user.email', 'ci@exemple.invalid');
    gitOn('2024-01-01', 'config', 'user.name', 'CI');
    mkdirSync(join(dir, 'data/p'), { recursive: true });
    mkdirSync(join(dir, 'data/q'), { recursive: true });
    writeFileSync(join(dir, 'data/p/old.csv'), 'id,title\n1,Une action assez longue pour être reconnue\n2,Une autre action\n');
    writeFileSync(join(dir, 'data/q/b.csv'), 'id\n1\n');
    gitOn('2024-01-01', 'add', '.');
    gitOn('2024-01-01', 'commit', '-qm', 'Premier import');
    gitOn('2024-02-01', 'mv', 'data/p/old.csv', 'data/p/actions.csv');
    gitOn('2024-02-01', 'commit', '-qm', 'Renommage');
    writeFileSync(join(dir, 'data/q/b.csv'), 'id\n1\n2\n');
    gitOn('2024-03-01', 'commit', '-qam', 'Deuxième ligne');
    const logs: string[][] = [];
    const history = gitHistory(
      dir,
      (args) => {
        if (args.includes('log')) logs.push(args);
        return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
      },
      ['data'],
    );
    expect(history.of('data/p/actions.csv')).toMatchObject({ status: 'ok', commits: [{ subject: 'Renommage' }, { subject: 'Premier import' }] });
    expect(history.of('data/q/b.csv')).toMatchObject({ status: 'ok', commits: [{ subject: 'Deuxième ligne' }, { subject: 'Premier import' }] });
    expect(history.lastChange(['data/p'])).toBe('2024-02-01');
    expect(history.lastChange(['data/p', 'data/q'])).toBe('2024-03-01');
    expect(history.lastChange(['data/absent'])).toBeUndefined();
    expect(logs).toHaveLength(1);
  });
});

describe('one log for every file', () => {
  const log = [
    `\x1e${C}\t2025-03-01T10:00:00+01:00\t2025-03-02T10:00:00+01:00\tSuivi\n\nM\tdata/p/updates.csv\nR090\tdata/p/a.csv\tdata/p/actions.csv\n`,
    `\x1e${B}\t2025-02-01T10:00:00+01:00\t2025-02-01T10:00:00+01:00\tImport\tdu tableur\n\nA\tdata/p/a.csv\nA\tdata/p/updates.csv\n`,
    `\x1e${A}\t2025-01-01T10:00:00+01:00\t2025-01-01T10:00:00+01:00\tSans fichier\n`,
    'garbage\n',
  ].join('');

  it('parses each commit with its changed paths, subjects with tabs kept', () => {
    const commits = parseNameStatusLog(log);
    expect(commits.map((c) => [c.hash, c.subject, c.committed.slice(0, 10), c.changes.length])).toEqual([
      [C, 'Suivi', '2025-03-02', 2],
      [B, 'Import\tdu tableur', '2025-02-01', 2],
      [A, 'Sans fichier', '2025-01-01', 0],
    ]);
    expect(commits[0].changes[1]).toEqual({ status: 'R090', paths: ['data/p/a.csv', 'data/p/actions.csv'] });
  });

  it('gives each file its commits newest first, older names counting for the new one, at most `limit`', () => {
    const byFile = commitsByFile(parseNameStatusLog(log));
    expect(byFile.get('data/p/actions.csv')?.map((c) => c.hash)).toEqual([C, B]);
    expect(byFile.get('data/p/updates.csv')?.map((c) => c.hash)).toEqual([C, B]);
    expect(byFile.has('data/p/a.csv')).toBe(false);
    expect(commitsByFile(parseNameStatusLog(log), 1).get('data/p/updates.csv')?.map((c) => c.hash)).toEqual([C]);
  });
});
