/**
 * Every field change of every plan, from the versions of its tables and fiches in git: for each
 * commit (oldest first), each source file it touched is parsed before and after with the CSV
 * parser and diffed by primary key (see diff.ts). Cost: the versions git holds × their rows, each
 * version parsed once (the "after" of one commit is the "before" of the next).
 *
 * Old versions are parsed tolerantly: rows the parser rejects are left out of that version, and
 * nothing here reports a content problem or throws on content; the build's validator speaks for
 * today's files only.
 */
import { parseCsv } from '../csv/parse';
import { IssueLog } from '../model/issues';
import { TABLES, TABLE_NAMES, type TableName } from '../model/tables';
import { actionOfRow, diffTable, lineDelta, type ChangeKind, type Entity, type Row, type RowChange } from './diff';
import type { BlobReader, RawChange, RawCommit } from './raw-log';

/** One field change, as published in `changements.csv` and shown on the pages. */
export interface PlanChange {
  plan: string;
  commit: string;
  /** Committer day, YYYY-MM-DD. */
  date: string;
  entity: Entity;
  entityId: string;
  /** The action the change belongs to; '' for the hierarchy and plan-level indicators. */
  actionId: string;
  kind: ChangeKind;
  field: string;
  old: string;
  new: string;
  /** The commit's `Note-publique:` trailers, joined. */
  note: string;
  /** The row after the change (before it for a removal); empty for fiches. */
  row: Row;
  /** For a fiche: lines added and removed. */
  delta?: { added: number; removed: number };
}

/** Where the sources sit in the repository: the data and content folders, each ending with `/`. */
export interface Layout {
  data: string;
  content: string;
}

type Source = { plan: string; table: TableName } | { plan: string; fiche: string };

const TABLE_BY_FILE = new Map(TABLE_NAMES.map((t) => [TABLES[t].file, t]));
const FICHE = /^(.+)\.(md|mdx)$/;

/** What a repository path holds: a plan's table, a plan's fiche, or nothing we publish. */
export function classify(path: string, layout: Layout): Source | undefined {
  if (path.startsWith(layout.data)) {
    const parts = path.slice(layout.data.length).split('/');
    const table = parts.length === 2 ? TABLE_BY_FILE.get(parts[1]) : undefined;
    return table ? { plan: parts[0], table } : undefined;
  }
  if (path.startsWith(layout.content)) {
    const parts = path.slice(layout.content.length).split('/');
    const m = parts.length === 3 && parts[1] === 'actions' ? FICHE.exec(parts[2]) : null;
    return m ? { plan: parts[0], fiche: m[1] } : undefined;
  }
  return undefined;
}

const sameSource = (a: Source | undefined, b: Source | undefined) =>
  !!a && !!b && a.plan === b.plan && ('table' in a ? 'table' in b && a.table === b.table : 'fiche' in b && a.fiche === b.fiche);

/** Commits whose blobs are fetched in one `git cat-file` run: bounds the memory held at once. */
const BATCH = 20;

export interface CollectOptions {
  /** Commits of a shallow clone's boundary: their diff is against nothing, so they are skipped. */
  boundary?: ReadonlySet<string>;
  /** Indicator id → action id per plan, today; history's own versions of indicators.csv override it. */
  indicatorActions?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/**
 * @param commits the raw log, oldest first
 * @param read reads blobs by id
 * @returns every change, oldest first
 */
export function collectChanges(commits: RawCommit[], read: BlobReader, layout: Layout, options: CollectOptions = {}): PlanChange[] {
  const out: PlanChange[] = [];
  const parsed = new Map<string, Row[]>();
  // Latest parsed version of each path, so that a version is parsed once in a linear history.
  const latest = new Map<string, string>();
  const indicatorAction = new Map<string, Map<string, string>>();
  const actionsOfIndicators = (plan: string) => {
    let m = indicatorAction.get(plan);
    if (!m) indicatorAction.set(plan, (m = new Map(options.indicatorActions?.get(plan) ?? [])));
    return m;
  };
  const rowsOf = (id: string | undefined, text: Map<string, string>, path: string): Row[] | undefined => {
    if (id === undefined) return undefined;
    const known = parsed.get(id);
    if (known) return known;
    // A version seen earlier and since dropped (a file reverted to it) is read again, alone.
    const csv = text.get(id) ?? read([id]).get(id);
    if (csv === undefined) return undefined;
    const rows = parseCsv(csv, path, new IssueLog()).rows.map((r) => r.values);
    parsed.set(id, rows);
    // Parsed once: the text is no longer needed (a blob is read once per batch).
    text.delete(id);
    return rows;
  };

  const kept = commits.filter((c) => !options.boundary?.has(c.hash));
  for (let start = 0; start < kept.length; start += BATCH) {
    const batch = kept.slice(start, start + BATCH);
    const wanted = new Set<string>();
    for (const c of batch)
      for (const ch of c.changes) {
        if (!classify(ch.path, layout) && !(ch.from && classify(ch.from, layout))) continue;
        if (ch.before && !parsed.has(ch.before)) wanted.add(ch.before);
        if (ch.after && !parsed.has(ch.after)) wanted.add(ch.after);
      }
    const text = read([...wanted]);
    for (const c of batch) {
      const base = { commit: c.hash, date: c.committed.slice(0, 10), note: c.notes.join(' ') };
      const emit = (plan: string, changes: RowChange[]) => {
        for (const ch of changes) {
          const actionId = actionOfRow(ch.entity, ch.entityId, ch.row, actionsOfIndicators(plan)) ?? '';
          out.push({ ...base, plan, actionId, entity: ch.entity, entityId: ch.entityId, kind: ch.kind, field: ch.field, old: ch.old, new: ch.new, row: ch.row });
        }
      };
      // Indicators before their values, so that a value added with its indicator finds its action.
      const ordered = [...c.changes].sort((a, b) => order(a, layout) - order(b, layout));
      for (const ch of ordered) {
        const after = classify(ch.path, layout);
        const before = ch.from ? classify(ch.from, layout) : after;
        if (!after && !before) continue;
        if (after && 'fiche' in after) {
          emitFiche(out, base, ch, after, before, text);
          continue;
        }
        if (before && 'fiche' in before) {
          // A fiche moved out of the fiche folders: it is gone.
          out.push({ ...base, plan: before.plan, actionId: before.fiche, entity: 'fiche', entityId: before.fiche, kind: 'retrait', field: '', old: ch.from ?? ch.path, new: '', row: {} });
          continue;
        }
        const newRows = rowsOf(ch.after, text, ch.path);
        const oldRows = rowsOf(ch.before, text, ch.from ?? ch.path);
        if (after && 'table' in after && after.table === 'indicators' && newRows) {
          const map = actionsOfIndicators(after.plan);
          for (const r of newRows) if (r.id && r.action) map.set(r.id, r.action);
        }
        if (sameSource(before, after) && after && 'table' in after) emit(after.plan, diffTable(after.table, oldRows, newRows));
        else {
          if (before && 'table' in before) emit(before.plan, diffTable(before.table, oldRows, undefined));
          if (after && 'table' in after) emit(after.plan, diffTable(after.table, undefined, newRows));
        }
        if (ch.before) latest.set(ch.from ?? ch.path, ch.before);
        if (ch.after) latest.set(ch.path, ch.after);
      }
      // Keep only the versions a later commit may start from: one per file, not one per commit.
      const live = new Set(latest.values());
      for (const id of parsed.keys()) if (!live.has(id)) parsed.delete(id);
    }
  }
  return out;
}

const order = (ch: RawChange, layout: Layout): number => {
  const s = classify(ch.path, layout);
  return s && 'table' in s ? TABLE_NAMES.indexOf(s.table) : TABLE_NAMES.length;
};

function emitFiche(
  out: PlanChange[],
  base: { commit: string; date: string; note: string },
  ch: RawChange,
  after: { plan: string; fiche: string },
  before: Source | undefined,
  text: Map<string, string>,
) {
  const common = { ...base, plan: after.plan, actionId: after.fiche, entity: 'fiche' as const, entityId: after.fiche, row: {} };
  const oldText = ch.before ? text.get(ch.before) : undefined;
  const newText = ch.after ? text.get(ch.after) ?? '' : '';
  if (!ch.after) {
    out.push({ ...common, kind: 'retrait', field: '', old: ch.path, new: '' });
    return;
  }
  if (!ch.before || !before) {
    out.push({ ...common, kind: 'ajout', field: '', old: '', new: ch.path });
    return;
  }
  if (ch.from && !sameSource(before, after)) {
    out.push({ ...common, kind: 'modification', field: 'fichier', old: ch.from, new: ch.path });
  }
  if (oldText !== undefined && oldText !== newText) {
    const delta = lineDelta(oldText, newText);
    // Data, not interface: the value published in changements.csv/json (French, language-free); pages word `delta` themselves.
    out.push({ ...common, kind: 'modification', field: 'texte', old: '', new: `+${delta.added} -${delta.removed} lignes`, delta });
  }
}

/**
 * Changes by plan, then by action ('' for changes outside any action), each list oldest first.
 */
export function groupChanges(changes: PlanChange[]): Map<string, { all: PlanChange[]; byAction: Map<string, PlanChange[]> }> {
  const plans = new Map<string, { all: PlanChange[]; byAction: Map<string, PlanChange[]> }>();
  for (const c of changes) {
    let p = plans.get(c.plan);
    if (!p) plans.set(c.plan, (p = { all: [], byAction: new Map() }));
    p.all.push(c);
    const list = p.byAction.get(c.actionId);
    if (list) list.push(c);
    else p.byAction.set(c.actionId, [c]);
  }
  return plans;
}
