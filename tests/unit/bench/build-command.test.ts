import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommand, PROJECT_ROOT } from '../../../scripts/build-command';

describe('buildCommand', () => {
  it('is the command line of `npm run build`, so benchmarks measure what users run', () => {
    const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const [, args] = buildCommand();
    const relativeArgs = args.map((a) => (a === join(PROJECT_ROOT, 'scripts/build.ts') ? 'scripts/build.ts' : a));
    expect(scripts.build).toBe(['node', ...relativeArgs].join(' '));
  });

  it('passes extra arguments to astro build, after the script', () => {
    const [executable, args] = buildCommand('--verbose');
    expect(executable).toBe(process.execPath);
    expect(args.at(-1)).toBe('--verbose');
    expect(args.at(-2)).toBe(join(PROJECT_ROOT, 'scripts/build.ts'));
  });
});
