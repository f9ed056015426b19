/**
 * `npm run bench -- --actions N [--plans P] [--languages fr,nl] [--seed S] [--keep]`: builds a synthetic
 * plan of N actions (see generate.ts) and reports what it costs. With --plans P, a portal of P plans
 * of 5 to 500 actions that sum to N (generatePortal): the portal, explorer and all-plans files at
 * scale. With --languages, the site and every plan declare those languages (the first is the
 * default): every page is built once per language, as for a bilingual collectivité.
 *
 * 1. writes the plan into bench-out/content-N/ and bench-out/data-N/ (bench-out/ is gitignored);
 * 2. runs `astro build` as a child process with CONTENT_DIR, DATA_DIR, OUT_DIR=bench-out/dist-N
 *    and ASTRO_CACHE_DIR=bench-out/cache-N (never dist/, so it can run beside other builds);
 * 3. samples the resident memory of the whole build process tree every 200 ms (VmRSS of the child
 *    and of its descendants, read from /proc) and keeps the peak; measures wall time. It also keeps
 *    the peak of the tree's PSS, where a page shared by n processes counts 1/n in each: a child
 *    caught between fork and exec (a `git` look-up) shows its parent's whole RSS, which the RSS sum
 *    counts twice and the PSS sum once;
 * 4. counts the HTML pages and takes the median size of an action page: its HTML plus the CSS and
 *    JS files it references (each file counted once per page), raw and gzipped.
 *
 * Prints a table, then one line `BENCH {json}` for tests and scripts. Exits non-zero when the build
 * fails. Without --keep, the generated content and the built site are deleted afterwards (the log
 * bench-out/build-N.log stays).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generatePlan, generatePortal, type GeneratedPlan } from './generate';
import { buildCommand } from '../build-command';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'bench-out');
const SAMPLE_MS = 200;

interface Options {
  actions: number;
  /** 1: the single bench plan; more: a portal of generated plans. */
  plans: number;
  seed: number;
  keep: boolean;
  /** Interface languages of the site and its plans (site.yml, plan.md); one: no other language. */
  languages: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { actions: 1000, plans: 1, seed: 1, keep: false, languages: ['fr'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} : valeur manquante`);
      return v;
    };
    if (name === '--actions' || name === '-n') opts.actions = Number(value());
    else if (name === '--plans') opts.plans = Number(value());
    else if (name === '--seed') opts.seed = Number(value());
    else if (name === '--keep') opts.keep = true;
    else if (name === '--languages') opts.languages = value().split(',').map((l) => l.trim()).filter(Boolean);
    else if (name === '--help' || name === '-h') {
      console.log('Usage : npm run bench -- --actions N [--plans P] [--languages fr,nl] [--seed S] [--keep]');
      process.exit(0);
    } else throw new Error(`option inconnue : ${arg} (attendu : --actions N, --plans P, --languages fr,nl, --seed S, --keep)`);
  }
  if (!Number.isInteger(opts.actions) || opts.actions < 1) throw new Error(`--actions : nombre entier positif attendu`);
  if (!Number.isInteger(opts.plans) || opts.plans < 1) throw new Error(`--plans : nombre entier positif attendu`);
  if (!Number.isInteger(opts.seed)) throw new Error(`--seed : nombre entier attendu`);
  if (opts.languages.length === 0) throw new Error(`--languages : au moins une langue attendue (fr,nl)`);
  return opts;
}

/** The last non-empty line of the build's output, without colour codes, shortened. */
function lastLogLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.at(-1) ?? '').slice(0, 160);
}

// ---------------------------------------------------------------------------------------------
// Memory of a process tree, from /proc (Linux).

/** Direct children of a process: the union over its threads of /proc/<pid>/task/<tid>/children. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out; // the process has exited
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) for (const c of text.split(/\s+/)) out.push(Number(c));
    } catch {
      // the thread has exited, or the kernel lacks CONFIG_PROC_CHILDREN
    }
  }
  return out;
}

/**
 * A size in kB that a /proc file of one process gives on a line `<field>: N kB`, in bytes; 0 when
 * the process has exited (or is a zombie, which has no VmRSS).
 */
function procBytes(pid: number, file: 'status' | 'smaps_rollup', field: 'VmRSS' | 'Pss'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** VmRSS of one process in bytes. */
const rssOf = (pid: number) => procBytes(pid, 'status', 'VmRSS');
/** Proportional set size of one process in bytes: its shared pages divided among their sharers. */
const pssOf = (pid: number) => procBytes(pid, 'smaps_rollup', 'Pss');

/**
 * Sums over a process and all its descendants: VmRSS (shared pages count once per process) and
 * PSS (shared pages split between the processes that share them).
 */
function treeMemory(root: number): { bytes: number; pss: number; processes: number; parts: { name: string; bytes: number }[] } {
  const seen = new Set<number>();
  const stack = [root];
  const parts: { name: string; bytes: number }[] = [];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    parts.push({ name: commandOf(pid), bytes: rssOf(pid) });
    stack.push(...childrenOf(pid));
  }
  let pss = 0;
  for (const pid of seen) pss += pssOf(pid);
  return { bytes: parts.reduce((sum, p) => sum + p.bytes, 0), pss, processes: seen.size, parts };
}

/** The command name of a process (/proc/<pid>/comm), or "?" once it has exited. */
function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/**
 * CPU time (user + system, seconds) of the children this process has waited for, from
 * /proc/self/stat (cutime, cstime): once the build has exited and been reaped, the delta is the
 * CPU the whole build tree used. Unlike wall time, it hardly moves when other jobs share the CPUs.
 * Clock ticks are USER_HZ, 100 on Linux.
 */
function childrenCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ", fields start at "state" (field 3): cutime is field 16, cstime 17.
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------------------------------------
// Output analysis.

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(ext)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2);
};

interface Sizes {
  raw: number;
  gzip: number;
}
const sizeOf = (buf: Buffer): Sizes => ({ raw: buf.length, gzip: gzipSync(buf).length });

/** The base path the site was built with, as astro.config.mjs computes it. */
function basePath(): string {
  const raw = process.env.BASE_PATH || '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * CSS and JS files an HTML page loads: `<link rel="stylesheet" href>`, `<link rel="modulepreload"
 * href>` and `<script src>` pointing into the site (absolute URLs to other origins are ignored).
 */
function assetsOf(html: string, pageFile: string, dist: string, base: string): string[] {
  const found = new Set<string>();
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  for (const m of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const tag = m[0];
    let url: string | undefined;
    if (m[1].toLowerCase() === 'link') {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet') || rel.includes('modulepreload')) url = attr(tag, 'href');
    } else url = attr(tag, 'src');
    if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    url = url.replace(/[?#].*$/, '');
    let file: string;
    if (url.startsWith('/')) {
      const path = url.startsWith(base) ? url.slice(base.length) : url.slice(1);
      file = join(dist, decodeURIComponent(path));
    } else file = resolve(dirname(pageFile), decodeURIComponent(url));
    if (existsSync(file) && statSync(file).isFile()) found.add(file);
  }
  return [...found];
}

interface PageMeasure {
  html: Sizes;
  css: Sizes;
  js: Sizes;
  total: Sizes;
}

function measureActionPages(dist: string, slug: string): PageMeasure[] {
  const base = basePath();
  const assetCache = new Map<string, Sizes>();
  const asset = (file: string) => {
    let s = assetCache.get(file);
    if (!s) assetCache.set(file, (s = sizeOf(readFileSync(file))));
    return s;
  };
  const dir = join(dist, slug, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => {
      const file = join(dir, e.name, 'index.html');
      const buf = readFileSync(file);
      const html = sizeOf(buf);
      const css: Sizes = { raw: 0, gzip: 0 };
      const js: Sizes = { raw: 0, gzip: 0 };
      for (const a of assetsOf(buf.toString('utf8'), file, dist, base)) {
        const target = /\.css$/i.test(a) ? css : js;
        const s = asset(a);
        target.raw += s.raw;
        target.gzip += s.gzip;
      }
      return { html, css, js, total: { raw: html.raw + css.raw + js.raw, gzip: html.gzip + css.gzip + js.gzip } };
    });
}

// ---------------------------------------------------------------------------------------------

function writeTree(root: string, files: Record<string, string>): void {
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const n = opts.actions;
  const portal = opts.plans > 1;
  const tag = (portal ? `${n}-p${opts.plans}` : String(n)) + (opts.languages.length > 1 ? `-${opts.languages.join('')}` : '');
  const dirs = {
    content: join(OUT, `content-${tag}`),
    data: join(OUT, `data-${tag}`),
    dist: join(OUT, `dist-${tag}`),
    cache: join(OUT, `cache-${tag}`),
    log: join(OUT, `build-${tag}.log`),
  };

  const t0 = performance.now();
  const generated: GeneratedPlan[] = portal ? generatePortal(n, opts.plans, opts.seed).plans : [generatePlan(n, opts.seed)];
  writeTree(dirs.content, withLanguages(Object.assign({}, ...generated.map((p) => p.content)), opts.languages));
  writeTree(dirs.data, Object.assign({}, ...generated.map((p) => p.data)));
  const generateSeconds = (performance.now() - t0) / 1000;
  // A cold build every time: no output or cache from a previous run.
  rmSync(dirs.dist, { recursive: true, force: true });
  rmSync(dirs.cache, { recursive: true, force: true });
  const c = sumCounts(generated);
  if (portal) console.log(`Portail de ${generated.length} plans (${Math.min(...generated.map((p) => p.counts.actions))} à ${Math.max(...generated.map((p) => p.counts.actions))} actions).`);
  console.log(
    `Plan généré en ${generateSeconds.toFixed(1)} s : ${c.actions} actions (${c.fiches} fiches MDX, ${c.csvActions} lignes CSV), ` +
      `${c.subactions} sous-actions, ${c.partners} partenaires, ${c.indicators} indicateurs, ${c.indicatorValues} valeurs.`,
  );
  console.log(`Construction : npm run build → ${relative(ROOT, dirs.dist)} (journal : ${relative(ROOT, dirs.log)})`);

  const log = createWriteStream(dirs.log);
  const cpuBefore = childrenCpuSeconds();
  const loadBefore = loadavg()[0];
  const started = performance.now();
  // `npm run build` as a user runs it (astro build, then the search index), with this script's Node.
  const child = spawn(...buildCommand(), {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: dirs.content,
      DATA_DIR: dirs.data,
      OUT_DIR: dirs.dist,
      ASTRO_CACHE_DIR: dirs.cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the bench is interrupted (Ctrl-C, a test timeout), take the build down with it.
  const stop = (signal: NodeJS.Signals) => {
    child.kill('SIGTERM');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout.on('data', keepTail);
  child.stderr.on('data', keepTail);

  let peak = 0;
  let peakPss = 0;
  let peakProcesses = 0;
  // When the peak happened and the build's last log line then: which phase holds the memory.
  let peakAtSeconds = 0;
  let peakDuring = '';
  let peakParts = '';
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const { bytes, pss, processes, parts } = treeMemory(child.pid);
    samples++;
    peakPss = Math.max(peakPss, pss);
    if (bytes > peak) {
      peak = bytes;
      peakProcesses = processes;
      peakAtSeconds = (performance.now() - started) / 1000;
      peakDuring = lastLogLine(tail);
      peakParts = parts.map((p) => `${p.name} ${mb(p.bytes)}`).join(' + ');
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on('error', (error) => {
      tail += `\n${String(error)}`;
      done({ code: -1, signal: null });
    });
    // 'close': the process has exited and its output has been read to the end.
    child.on('close', (code, signal) => done({ code, signal }));
  });
  clearInterval(timer);
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  const buildSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = childrenCpuSeconds() - cpuBefore;
  // Other jobs on the machine stretch wall time: the 1-minute load average says how busy it was.
  const load = { before: round(loadBefore), after: round(loadavg()[0]), cpus: cpuCount() };
  await new Promise<void>((done) => log.end(done));

  if (exit.code !== 0) {
    console.error(tail.split('\n').slice(-40).join('\n'));
    console.error(
      `\nÉchec de la construction (${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`}) après ${buildSeconds.toFixed(1)} s, ` +
        `pic mémoire ${mb(peak)} Mo. Journal complet : ${relative(ROOT, dirs.log)}`,
    );
    console.log(`BENCH ${JSON.stringify({ ok: false, actions: n, plans: generated.length, seed: opts.seed, buildSeconds: round(buildSeconds), cpuSeconds: round(cpuSeconds), load, peakRssBytes: peak, exitCode: exit.code, signal: exit.signal })}`);
    return 1;
  }

  const pages = listFiles(dirs.dist, '.html');
  // A portal's action pages are sampled from its first plans: reading and gzipping 100 000 pages
  // would measure the disk, not the pages.
  const measures = generated.slice(0, 20).flatMap((p) => measureActionPages(dirs.dist, p.slug));
  const med = (pick: (m: PageMeasure) => number) => median(measures.map(pick));
  const result = {
    ok: true,
    languages: opts.languages,
    actions: n,
    plans: generated.length,
    seed: opts.seed,
    counts: c,
    buildSeconds: round(buildSeconds),
    cpuSeconds: round(cpuSeconds),
    load,
    peakRssBytes: peak,
    peakRssMB: mb(peak),
    peakPssBytes: peakPss,
    peakPssMB: mb(peakPss),
    peakProcesses,
    peakAtSeconds: round(peakAtSeconds),
    peakDuring,
    peakParts,
    rssSamples: samples,
    pageCount: pages.length,
    actionPages: measures.length,
    median: {
      html: { raw: med((m) => m.html.raw), gzip: med((m) => m.html.gzip) },
      css: { raw: med((m) => m.css.raw), gzip: med((m) => m.css.gzip) },
      js: { raw: med((m) => m.js.raw), gzip: med((m) => m.js.gzip) },
      total: { raw: med((m) => m.total.raw), gzip: med((m) => m.total.gzip) },
    },
    node: process.version,
  };

  const rows: [string, string][] = [
    ['actions', String(n)],
    ['plans', String(generated.length)],
    ['temps de construction', `${result.buildSeconds} s (CPU ${result.cpuSeconds} s ; charge ${load.before} → ${load.after} sur ${load.cpus} cœurs)`],
    ['pic mémoire (RSS, arbre de processus)', `${result.peakRssMB} Mo (${peakParts}) à ${result.peakAtSeconds} s, pendant : ${peakDuring}`],
    ['pic mémoire (PSS, pages partagées comptées une fois)', `${result.peakPssMB} Mo`],
    ['pages HTML', String(result.pageCount)],
    ["pages d'action mesurées", String(result.actionPages)],
    ["médiane page d'action : HTML", `${kb(result.median.html.raw)} (gzip ${kb(result.median.html.gzip)})`],
    ['médiane page d\'action : CSS', `${kb(result.median.css.raw)} (gzip ${kb(result.median.css.gzip)})`],
    ['médiane page d\'action : JS', `${kb(result.median.js.raw)} (gzip ${kb(result.median.js.gzip)})`],
    ['médiane page d\'action : total', `${kb(result.median.total.raw)} (gzip ${kb(result.median.total.gzip)})`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(`BENCH ${JSON.stringify(result)}`);

  if (!opts.keep) {
    for (const d of [dirs.content, dirs.data, dirs.dist, dirs.cache]) rmSync(d, { recursive: true, force: true });
  }
  return 0;
}

/**
 * The generated content declaring `languages` in site.yml and in every plan.md (its front matter
 * is YAML we generated: one key line after the opening `---`).
 */
function withLanguages(content: Record<string, string>, languages: string[]): Record<string, string> {
  if (languages.length === 1 && languages[0] === 'fr') return content;
  const list = `languages: [${languages.join(', ')}]`;
  const out: Record<string, string> = { 'site.yml': `${list}\n` };
  for (const [path, text] of Object.entries(content)) out[path] = path.endsWith('/plan.md') ? text.replace(/^---\n/, `---\n${list}\n`) : text;
  return out;
}

/** Counts of several generated plans added up (a portal's totals). */
function sumCounts(plans: GeneratedPlan[]): GeneratedPlan['counts'] {
  const total = { ...plans[0].counts };
  for (const p of plans.slice(1)) for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += p.counts[k];
  return total;
}

function cpuCount(): number {
  try {
    return availableParallelism();
  } catch {
    return 1;
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
