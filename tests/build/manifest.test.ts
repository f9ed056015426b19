// The bundled plans build to the same pages and files as before: dist/ (as `npm run test:build`
// writes it) against the committed manifest of every file's normalised content (see
// scripts/dist-manifest.ts). A change that alters pages on purpose regenerates the manifest with
// `npm run test:build && npm run manifest` in the same commit, and says why.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildManifest, compareManifests, DEFAULT_MANIFEST, type Manifest } from '../../scripts/dist-manifest';
import { DIST, requireDist } from '../helpers/site';

test('dist/ publishes the same files, with the same content, as the committed manifest', () => {
  requireDist();
  const expected = JSON.parse(readFileSync(DEFAULT_MANIFEST, 'utf8')) as Manifest;
  const { added, removed, changed } = compareManifests(expected, buildManifest(DIST));
  const list = (title: string, paths: string[]) =>
    paths.length === 0 ? [] : [`${title} (${paths.length}) :`, ...paths.slice(0, 200).map((p) => `  ${p}`), ...(paths.length > 200 ? [`  … et ${paths.length - 200} autres`] : [])];
  const report = [...list('fichiers en plus', added), ...list('fichiers disparus', removed), ...list('fichiers modifiés', changed)];
  expect(report, `dist/ diffère du manifeste ${DEFAULT_MANIFEST} :\n${report.join('\n')}`).toEqual([]);
});
