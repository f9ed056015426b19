import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, compareManifests } from '../../../scripts/dist-manifest';
import { zip } from '../../../src/lib/export/zip';

/** A tiny built site whose git-derived day is `day` and whose action title is `title`. */
function site(day: string, french: string, title = 'Action un', zipDay = day): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const files: Record<string, string | Uint8Array> = {
    'p/actions/a1/index.html': `<!doctype html><html lang="fr"><body><h1 class="x">${title}</h1><a href="/p/">Plan</a><section class="history"><p>Mis à jour le <time datetime="${day}">${french}</time>.</p></section><p><time datetime="2024-01-01">1er janvier 2024</time></p></body></html>`,
    'donnees/p/plans.json': JSON.stringify([{ plan: 'p', last_updated: day }]),
    'donnees/p/plans.csv': `plan,last_updated\r\np,${day}\r\n`,
    'sitemap.xml': `<urlset><url><loc>https://example.org/p/</loc><lastmod>${day}</lastmod></url></urlset>`,
    'donnees/tous.zip': zip([{ path: 'LISEZMOI.md', data: `Citation : mise à jour du ${french}` }], zipDay),
  };
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

describe('dist manifest', () => {
  it('is the same when only git-derived dates differ (pages, tables, sitemap, archive entries and dates)', () => {
    const a = buildManifest(site('2026-11-23', '23 novembre 2026'));
    const b = buildManifest(site('2026-12-01', '1er décembre 2026'));
    expect(compareManifests(a, b)).toEqual({ added: [], removed: [], changed: [] });
    expect(Object.keys(a)).toEqual(['donnees/p/plans.csv', 'donnees/p/plans.json', 'donnees/tous.zip', 'p/actions/a1/index.html', 'sitemap.xml']);
  });

  it('names the page whose visible text changed, and ignores markup', () => {
    const a = buildManifest(site('2026-11-23', '23 novembre 2026'));
    expect(compareManifests(a, buildManifest(site('2026-11-23', '23 novembre 2026', 'Action une'))).changed).toEqual(['p/actions/a1/index.html']);
    expect(compareManifests(a, buildManifest(site('2026-11-23', '23 novembre 2026', '<span>Action un</span>'))).changed).toEqual([]);
  });
});
