import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanChange } from '../../../src/lib/history/changes';
import { actionTimeline, firstPublished } from '../../../src/lib/history/describe';
import { readFieldHistory } from '../../../src/lib/history/field-history';
import { parseCatFileBatch, parseRawLog } from '../../../src/lib/history/raw-log';

const ACTIONS = 'id,title,summary,status,budget\n';
const row = (id: string, status: string, budget: string, summary = '') => `${id},Action ${id},"${summary}",${status},"${budget}"\n`;

/** A repository whose plan « p » goes through the changes the issue lists, one commit each. */
function scriptedRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'field-history-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  let day = 1;
  const commit = (message: string) => {
    const date = `2026-03-${String(day++).padStart(2, '0')}T12:00:00+00:00`;
    git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', message], {
      cwd: root,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
  };
  git('init', '-q');
  write('data/p/actions.csv', ACTIONS + row('a1', 'En cours', '1,2 M€', 'ligne 1\nligne 2') + row('a2', 'À venir', ''));
  write('data/p/indicators.csv', 'id,action,label,unit\nkm,a1,km de pistes,km\n');
  write('data/p/indicator_values.csv', 'indicator,year,type,value\n');
  write('content/p/actions/a1.md', '---\ntitle: x\n---\n\nTexte.\n');
  commit('Seed developer subject one');
  write('data/p/actions.csv', ACTIONS + row('a1', 'Réalisé', '1,2 M€', 'ligne 1\nligne 2') + row('a2', 'À venir', ''));
  commit('Developer subject two\n\nBody for developers.\n\nNote-publique: Le conseil a constaté la fin des travaux.');
  write('data/p/actions.csv', ACTIONS + row('a1', 'Réalisé', '1,4 M€', 'ligne 1\nligne 2') + row('a2', 'À venir', ''));
  commit('Developer subject three');
  write('data/p/actions.csv', ACTIONS + row('a1', 'Réalisé', '1,4 M€', 'ligne 1\nligne 2') + row('a3', 'En cours', ''));
  commit('Developer subject four');
  renameSync(join(root, 'content/p/actions/a1.md'), join(root, 'content/p/actions/a3.md'));
  commit('Developer subject five');
  write('data/p/indicator_values.csv', 'indicator,year,type,value\nkm,2025,resultat,8.2\n');
  write('README.md', 'not a source\n');
  commit('Developer subject six');
  write('data/p/actions.csv', ACTIONS + row('a1', 'Réalisé', '1,4 M€', 'ligne 1\nligne 2 modifiée') + row('a3', 'En cours', ''));
  commit('Developer subject seven');
  // Back to the version of two commits ago, in the same batch of blobs: read again, diffed right.
  write('data/p/actions.csv', ACTIONS + row('a1', 'Réalisé', '1,4 M€', 'ligne 1\nligne 2') + row('a3', 'En cours', ''));
  commit('Developer subject eight');
  return root;
}

describe('readFieldHistory on a scripted repository', () => {
  let root: string;
  let changes: PlanChange[];
  beforeAll(() => {
    root = scriptedRepo();
    const h = readFieldHistory(root, { data: 'data', content: 'content' });
    if (h.status !== 'ok') throw new Error(h.reason);
    changes = h.changes;
  });
  const of = (date: string) => changes.filter((c) => c.date === date).map(({ entity, entityId, actionId, kind, field, old, new: now, note }) => ({ entity, entityId, actionId, kind, field, old, new: now, note }));

  it('dates the first appearance of every row and fiche with the first commit', () => {
    expect(of('2026-03-01').map((c) => `${c.entity}:${c.entityId}:${c.kind}`)).toEqual(['actions:a1:ajout', 'actions:a2:ajout', 'indicators:km:ajout', 'fiche:a1:ajout']);
  });
  it('reads a status change, with the public note of its commit', () => {
    expect(of('2026-03-02')).toEqual([
      { entity: 'actions', entityId: 'a1', actionId: 'a1', kind: 'modification', field: 'status', old: 'En cours', new: 'Réalisé', note: 'Le conseil a constaté la fin des travaux.' },
    ]);
  });
  it('reads a budget change as the raw published text', () => {
    expect(of('2026-03-03')).toEqual([expect.objectContaining({ field: 'budget', old: '1,2 M€', new: '1,4 M€', note: '' })]);
  });
  it('reads a new and a removed action', () => {
    expect(of('2026-03-04').map((c) => `${c.entityId}:${c.kind}`)).toEqual(['a3:ajout', 'a2:retrait']);
  });
  it('follows a renamed fiche to its new action', () => {
    expect(of('2026-03-05')).toEqual([expect.objectContaining({ entity: 'fiche', actionId: 'a3', field: 'fichier', old: 'content/p/actions/a1.md', new: 'content/p/actions/a3.md' })]);
  });
  it('attaches an indicator value to its indicator’s action, ignoring files outside the sources', () => {
    expect(of('2026-03-06')).toEqual([expect.objectContaining({ entity: 'indicator_values', entityId: 'km|2025|resultat', actionId: 'a1', kind: 'ajout', new: '8.2' })]);
  });
  it('reads a change inside a quoted multi-line cell as one field change', () => {
    expect(of('2026-03-07')).toEqual([expect.objectContaining({ entityId: 'a1', field: 'summary', old: 'ligne 1\nligne 2', new: 'ligne 1\nligne 2 modifiée' })]);
  });
  it('reads a file reverted to an older version', () => {
    expect(of('2026-03-08')).toEqual([expect.objectContaining({ entityId: 'a1', field: 'summary', old: 'ligne 1\nligne 2 modifiée', new: 'ligne 1\nligne 2' })]);
  });
  it('never carries a commit subject or body', () => {
    expect(JSON.stringify(changes)).not.toMatch(/Developer subject|Body for developers|Seed developer/);
  });
  it('tells the action’s story in French, newest first, with its first publication', () => {
    const a1 = changes.filter((c) => c.actionId === 'a1');
    const timeline = actionTimeline(a1, (id) => (id === 'km' ? { label: 'km de pistes', unit: 'km' } : undefined));
    expect(timeline.map((g) => g.lines).flat()).toEqual([
      'Description : « ligne 1\nligne 2 modifiée » → « ligne 1\nligne 2 »',
      'Description : « ligne 1\nligne 2 » → « ligne 1\nligne 2 modifiée »',
      'Indicateur km de pistes : résultat 2025 ajouté (8,2 km)',
      'Budget : « 1,2 M€ » → « 1,4 M€ »',
      'État : En cours → Réalisé',
      'Action publiée sur ce site, avec 1 indicateur et sa fiche',
    ]);
    expect(timeline.find((g) => g.date === '2026-03-02')?.note).toBe('Le conseil a constaté la fin des travaux.');
    expect(firstPublished(a1)).toBe('2026-03-01');
  });
  it('in a shallow clone, dates nothing from the boundary commit and says the history is partial', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'field-history-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '3', `file://${root}`, shallow], { stdio: 'ignore' });
    const h = readFieldHistory(shallow, { data: 'data', content: 'content' });
    if (h.status !== 'ok') throw new Error(h.reason);
    expect(h.partial).toBe(true);
    // Three commits fetched: the boundary one (2026-03-06) only looks like it creates every file.
    expect([...new Set(h.changes.map((c) => c.date))]).toEqual(['2026-03-07', '2026-03-08']);
    expect(firstPublished(h.changes.filter((c) => c.actionId === 'a1'))).toBeUndefined();
  });
  it('is unavailable outside a repository, with a reason', () => {
    const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(readFieldHistory(bare, { data: 'data', content: 'content' }, { run: () => { throw new Error('not a repository'); } })).toEqual({ status: 'unavailable', reason: 'noRepository' });
  });
});

describe('raw log and blob parsing', () => {
  it('reads blob ids, renames, deletions and trailers', () => {
    const A = 'a'.repeat(40);
    const out = `\x1e${A}\t2026-03-01T12:00:00+00:00\tNote un\x1fNote deux\n\n:000000 100644 ${'0'.repeat(40)} ${'1'.repeat(40)} A\tdata/p/actions.csv\n:100644 100644 ${'2'.repeat(40)} ${'3'.repeat(40)} R090\tcontent/p/actions/a.md\tcontent/p/actions/b.md\n:100644 000000 ${'4'.repeat(40)} ${'0'.repeat(40)} D\tdata/p/partners.csv\n`;
    expect(parseRawLog(out)).toEqual([
      {
        hash: A,
        committed: '2026-03-01T12:00:00+00:00',
        notes: ['Note un', 'Note deux'],
        changes: [
          { status: 'A', path: 'data/p/actions.csv', after: '1'.repeat(40) },
          { status: 'R090', path: 'content/p/actions/b.md', from: 'content/p/actions/a.md', before: '2'.repeat(40), after: '3'.repeat(40) },
          { status: 'D', path: 'data/p/partners.csv', before: '4'.repeat(40) },
        ],
      },
    ]);
  });
  it('reads cat-file output by byte size, multi-byte text included', () => {
    const text = 'id,title\né1,Été\n';
    const out = Buffer.concat([Buffer.from(`x blob ${Buffer.byteLength(text)}\n`), Buffer.from(text), Buffer.from('\ny missing\n')]);
    expect(parseCatFileBatch(out)).toEqual(new Map([['x', text]]));
  });
});
