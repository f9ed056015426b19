import { describe, expect, it } from 'vitest';
import { ignoreBenchOutput } from '../../src/lib/dev-watch';

describe('ignoreBenchOutput', () => {
  const ignored = ignoreBenchOutput('/repo/bench-out', ['/repo/bench-out/dev-10000/content', '/repo/data']);

  it('ignores a kept benchmark build', () => {
    expect(ignored('/repo/bench-out/dist-100000-p1000')).toBe(true);
    expect(ignored('/repo/bench-out/dist-100000-p1000/p0001/actions/a1/index.html')).toBe(true);
    expect(ignored('/repo/bench-out/dev-10000/dist')).toBe(true);
  });

  it('watches the content a dev server serves from there, and the folders leading to it', () => {
    expect(ignored('/repo/bench-out')).toBe(false);
    expect(ignored('/repo/bench-out/dev-10000')).toBe(false);
    expect(ignored('/repo/bench-out/dev-10000/content')).toBe(false);
    expect(ignored('/repo/bench-out/dev-10000/content/plans/bench.md')).toBe(false);
  });

  it('leaves everything outside bench-out to Vite', () => {
    expect(ignored('/repo/src/pages/index.astro')).toBe(false);
    expect(ignored('/repo/data/exemple/actions.csv')).toBe(false);
    expect(ignored('/repo/bench-outside/file')).toBe(false);
  });

  it('ignores all of bench-out when nothing is served from it', () => {
    expect(ignoreBenchOutput('/repo/bench-out', [])('/repo/bench-out')).toBe(true);
  });
});
