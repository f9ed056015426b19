/**
 * Vitest global set-up: every test run's temporary folders go in one folder of its own, removed
 * when the run ends. Tests make projects, builds and scratch files with mkdtemp under
 * os.tmpdir(), which reads TMPDIR; many never removed theirs (thousands of folders left in /tmp
 * after a few runs). The workers start after this set-up and inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'plan-climat-tests-'));
  process.env.TMPDIR = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
