/**
 * `npm run bench:dev -- [--actions N] [--seed S] [--pages K]`: how the dev server (`astro dev`)
 * answers on a generated plan of N actions (default 10 000, see generate.ts), as staff preview it.
 *
 * 1. writes the plan into bench-out/dev-N/ (content, data; cache under it too);
 * 2. starts `astro dev` on a free port with CONTENT_DIR and DATA_DIR pointing there, and waits for
 *    it to listen (startup time);
 * 3. requests one action page cold (the first request loads the content store and compiles the
 *    route: issue 12 asks for ≤ 20 s), then K other action pages one after the other (≤ 1 s each,
 *    median and worst reported).
 *
 * Prints a table and one line `DEV_BENCH {json}`; exits non-zero when a budget is exceeded or a
 * page does not answer 200.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_SLUG, generatePlan } from './generate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUDGET_COLD_S = 20;
const BUDGET_WARM_S = 1;
const STARTUP_TIMEOUT_MS = 10 * 60_000;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} : nombre entier positif attendu`);
  return v;
};
const actions = option('--actions', 10_000);
const seed = option('--seed', 1);
const pageCount = option('--pages', 10);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Seconds taken by one GET, with its status and body size. */
async function timedGet(url: string): Promise<{ seconds: number; status: number; bytes: number }> {
  const t0 = performance.now();
  const response = await fetch(url, { redirect: 'manual' });
  const body = await response.arrayBuffer();
  return { seconds: (performance.now() - t0) / 1000, status: response.status, bytes: body.byteLength };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<number> {
  const out = join(ROOT, 'bench-out', `dev-${actions}`);
  const dirs = { content: join(out, 'content'), data: join(out, 'data'), cache: join(out, 'cache') };
  rmSync(out, { recursive: true, force: true });
  const plan = generatePlan(actions, seed);
  for (const [root, files] of [
    [dirs.content, plan.content],
    [dirs.data, plan.data],
  ] as const) {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CONTENT_DIR: dirs.content, DATA_DIR: dirs.data, ASTRO_CACHE_DIR: dirs.cache, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', () => (stop(), process.exit(130)));

  try {
    // Ready when the server answers at all (any status): the port is open and Vite is up.
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev s'est arrêté (code ${child.exitCode}) :\n${log.slice(-4000)}`);
      if (performance.now() - started > STARTUP_TIMEOUT_MS) throw new Error(`astro dev ne répond pas après ${STARTUP_TIMEOUT_MS / 1000} s`);
      try {
        await fetch(`${base}robots.txt`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    const startupSeconds = (performance.now() - started) / 1000;

    // Action pages spread over the plan, the first one cold.
    const ids = Array.from({ length: pageCount + 1 }, (_, k) => `a${String(1 + Math.floor((k * (actions - 1)) / pageCount)).padStart(String(actions).length, '0')}`);
    const url = (id: string) => `${base}${BENCH_SLUG}/actions/${id}/`;
    const cold = await timedGet(url(ids[0]));
    const warm = [];
    for (const id of ids.slice(1)) warm.push({ id, ...(await timedGet(url(id))) });
    const failures = [cold, ...warm].filter((r) => r.status !== 200).length;

    const report = {
      actions,
      startupSeconds: round(startupSeconds),
      coldSeconds: round(cold.seconds),
      coldBytes: cold.bytes,
      warmMedianSeconds: round(median(warm.map((w) => w.seconds))),
      warmMaxSeconds: round(Math.max(...warm.map((w) => w.seconds))),
      warmPages: warm.length,
      failures,
    };
    console.log(`Serveur de développement, plan de ${actions} actions`);
    console.log(`  démarrage (port ouvert)              ${report.startupSeconds} s`);
    console.log(`  1re page d'action (à froid)          ${report.coldSeconds} s (budget ${BUDGET_COLD_S} s, statut ${cold.status})`);
    console.log(`  ${warm.length} pages d'action suivantes : médiane ${report.warmMedianSeconds} s, pire ${report.warmMaxSeconds} s (budget ${BUDGET_WARM_S} s)`);
    console.log(`DEV_BENCH ${JSON.stringify(report)}`);
    if (failures > 0) console.error(`${failures} page(s) sans statut 200 ; journal :\n${log.slice(-4000)}`);
    return failures > 0 || report.coldSeconds > BUDGET_COLD_S || report.warmMaxSeconds > BUDGET_WARM_S ? 1 : 0;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
