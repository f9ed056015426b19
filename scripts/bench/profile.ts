/**
 * `npx tsx scripts/bench/profile.ts <file.cpuprofile|dir> [--top N]`: where a build's CPU time goes,
 * from the `.cpuprofile` files `node --cpu-prof` writes (one per process).
 *
 * Prints three tables, each sorted by time: self time per function, total time per function (the
 * samples where the function is anywhere on the stack, counted once however deep it recurses) and
 * self time per file (node_modules grouped by package, project files by path). Times are in ms.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  selfByFunction: Map<string, number>;
  totalByFunction: Map<string, number>;
  selfByFile: Map<string, number>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** A file's short name: `pkg:<name>` inside node_modules, else its path relative to the project. */
export function fileLabel(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return `pkg:${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  return path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
}

const functionLabel = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${fileLabel(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

/** Aggregates one or more profiles (their times add up). */
export function summarise(profiles: CpuProfile[]): ProfileSummary {
  const summary: ProfileSummary = { totalMs: 0, selfByFunction: new Map(), totalByFunction: new Map(), selfByFile: new Map() };
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Each node's stack of distinct function labels, computed once per node.
    const stacks = new Map<number, Set<string>>();
    const stackOf = (id: number): Set<string> => {
      let s = stacks.get(id);
      if (s) return s;
      const up = parent.get(id);
      s = new Set(up === undefined ? [] : stackOf(up));
      s.add(functionLabel(byId.get(id)!));
      stacks.set(id, s);
      return s;
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const node = byId.get(id)!;
      summary.totalMs += ms;
      add(summary.selfByFunction, functionLabel(node), ms);
      add(summary.selfByFile, fileLabel(node.callFrame.url), ms);
      for (const label of stackOf(id)) add(summary.totalByFunction, label, ms);
    });
  }
  return summary;
}

function table(title: string, map: Map<string, number>, totalMs: number, top: number): string {
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `## ${title}`,
    '| ms | % | |',
    '|---:|---:|---|',
    ...rows.map(([k, ms]) => `| ${Math.round(ms)} | ${((100 * ms) / totalMs).toFixed(1)} | \`${k}\` |`),
  ].join('\n');
}

function main(argv: string[]) {
  let top = 25;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--top') top = Number(argv[++i]);
    else inputs.push(argv[i]);
  }
  const files = inputs.flatMap((p) =>
    statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f)) : [p],
  );
  if (files.length === 0) throw new Error('aucun fichier .cpuprofile donné');
  const s = summarise(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile));
  console.log(`${files.length} profil(s), ${Math.round(s.totalMs)} ms échantillonnées\n`);
  console.log(table('Self time by function', s.selfByFunction, s.totalMs, top));
  console.log(`\n${table('Total time by function', s.totalByFunction, s.totalMs, top)}`);
  console.log(`\n${table('Self time by file', s.selfByFile, s.totalMs, top)}`);
}

main(process.argv.slice(2));
