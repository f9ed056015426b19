// Smoke test of the build benchmark: `npm run bench -- --actions 50` generates a small synthetic
// plan, builds it into bench-out/dist-50 (never dist/, which the other build tests read) and
// prints a `BENCH {json}` line with the figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 5 * 60_000;

test(
  'npm run bench -- --actions 50 builds a synthetic plan and reports its figures',
  () => {
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--actions', '50'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT,
      maxBuffer: 64 * 1024 * 1024,
      // run.ts sets CONTENT_DIR, DATA_DIR, OUT_DIR and ASTRO_CACHE_DIR for its build itself.
    });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
    const line = output.split('\n').find((l) => l.startsWith('BENCH '));
    expect(line, `pas de ligne BENCH dans la sortie :\n${output.slice(-4000)}`).toBeDefined();
    const result = JSON.parse(line!.slice('BENCH '.length));
    expect(run.status, output.slice(-4000)).toBe(0);
    expect(result.ok).toBe(true);
    expect(result.actions).toBe(50);
    expect(result.pageCount).toBeGreaterThan(50);
    expect(result.actionPages).toBe(50);
    expect(result.buildSeconds).toBeGreaterThan(0);
    expect(result.peakRssBytes).toBeGreaterThan(0);
    for (const part of ['html', 'css', 'total'] as const) {
      expect(result.median[part].raw, part).toBeGreaterThan(0);
      expect(result.median[part].gzip, part).toBeGreaterThan(0);
      expect(result.median[part].gzip, part).toBeLessThan(result.median[part].raw);
    }
    expect(result.median.js.raw).toBeGreaterThanOrEqual(0);
  },
  TIMEOUT + 10_000,
);
