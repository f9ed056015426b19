/**
 * `npx tsx scripts/bench/history.ts --actions N [--commits C]`: what the field-level history costs
 * (lib/history). Generates the synthetic plan of N actions (generate.ts) in a temporary git
 * repository, makes C commits in all (the first publishes the plan; each later one changes the
 * status of 20 actions and the budget of 5, and in turn adds or removes an action, adds an
 * indicator value, edits a fiche, carries a Note-publique trailer), then times the one pass that
 * reads and diffs every version (readFieldHistory) and the grouping the pages do (every action's
 * timeline, every variant of the changes page). Prints a table and one line `BENCH-HISTORY {json}`.
 * The temporary repository is deleted afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { generatePlan, prng } from './generate';
import { readFieldHistory } from '../../src/lib/history/field-history';
import { groupChanges } from '../../src/lib/history/changes';
import { actionTimeline, CHANGE_KINDS } from '../../src/lib/history/describe';
import { changeYears, planBlocks } from '../../src/lib/history/plan-log';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} : nombre entier positif attendu`);
  return v;
};
const actions = arg('--actions', 1000);
const commits = arg('--commits', 50);

const root = mkdtempSync(join(tmpdir(), 'bench-history-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@b' };
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

try {
  const plan = generatePlan(actions);
  for (const [p, text] of Object.entries(plan.content)) write(`content/${p}`, text);
  for (const [p, text] of Object.entries(plan.data)) write(`data/${p}`, text);
  git('init', '-q');
  let day = 0;
  const commit = (message: string) => {
    const date = new Date(Date.UTC(2026, 0, 1 + day++, 12)).toISOString();
    git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', message], { cwd: root, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  };
  commit('Publish the synthetic plan');

  const rnd = prng(7);
  const actionsFile = `data/${plan.slug}/actions.csv`;
  const valuesFile = `data/${plan.slug}/indicator_values.csv`;
  const read = (path: string) => Papa.parse<Record<string, string>>(readFileSync(join(root, path), 'utf8'), { header: true, skipEmptyLines: true });
  const fiches = Object.keys(plan.content).filter((p) => p.includes('/actions/'));
  const statuses = [...new Set(read(actionsFile).data.map((r) => r.status).filter(Boolean))];
  let added = 0;
  for (let c = 1; c < commits; c++) {
    const table = read(actionsFile);
    const rows = table.data;
    for (let k = 0; k < 20; k++) {
      const r = rows[Math.floor(rnd() * rows.length)];
      r.status = statuses[Math.floor(rnd() * statuses.length)] ?? 'En cours';
    }
    for (let k = 0; k < 5; k++) rows[Math.floor(rnd() * rows.length)].budget = `${1 + Math.floor(rnd() * 900)} 000 €`;
    if (c % 5 === 0) rows.push({ ...rows[0], id: `bench-ajout-${++added}`, code: '', title: `Action ajoutée ${added}`, order: '' });
    if (c % 10 === 0) rows.splice(1 + Math.floor(rnd() * (rows.length - 1)), 1);
    write(actionsFile, Papa.unparse({ fields: table.meta.fields!, data: rows.map((r) => table.meta.fields!.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n');
    if (c % 2 === 0 && existsSync(join(root, valuesFile))) {
      const v = read(valuesFile);
      const first = v.data[0];
      if (first) appendFileSync(join(root, valuesFile), Papa.unparse([[first.indicator, String(2030 + c), 'resultat', String(c), ...Array(v.meta.fields!.length - 4).fill('')]]) + '\n');
    }
    if (c % 3 === 0 && fiches.length > 0) appendFileSync(join(root, 'content', fiches[c % fiches.length]), `\nParagraphe ajouté au commit ${c}.\n`);
    commit(`Synthetic change ${c}${c % 4 === 0 ? `\n\nNote-publique: Point d'étape ${c}.` : ''}`);
  }

  const rss = () => process.memoryUsage().rss;
  const rss0 = rss();
  const t0 = performance.now();
  const history = readFieldHistory(root, { data: 'data', content: 'content' });
  const t1 = performance.now();
  if (history.status !== 'ok') throw new Error(history.reason);
  const rss1 = rss();
  const grouped = groupChanges(history.changes).get(plan.slug)!;
  let lines = 0;
  for (const list of grouped.byAction.values()) lines += actionTimeline(list).length;
  const order = new Map<string, number>();
  let pages = 0;
  for (const filter of [undefined, ...CHANGE_KINDS.map((k) => ({ kind: k.slug })), ...changeYears(grouped.all).map((year) => ({ year }))]) {
    pages += Math.max(1, Math.ceil(planBlocks(grouped.all, filter, order).length / 50));
  }
  const t2 = performance.now();
  const result = {
    actions,
    commits,
    changes: history.changes.length,
    readMs: Math.round(t1 - t0),
    pagesMs: Math.round(t2 - t1),
    rssDeltaMb: Math.round((rss1 - rss0) / 1e6),
    changePages: pages,
    timelineGroups: lines,
  };
  console.log(`actions ${actions}, commits ${commits}: ${result.changes} changements`);
  console.log(`  lecture git + diff : ${result.readMs} ms (mémoire +${result.rssDeltaMb} Mo)`);
  console.log(`  historiques des actions + pages « changements » (${pages} pages) : ${result.pagesMs} ms`);
  console.log(`BENCH-HISTORY ${JSON.stringify(result)}`);
} finally {
  if (process.argv.includes('--keep')) console.log(`dépôt gardé : ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
