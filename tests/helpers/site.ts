/**
 * Settings of the test build (see the `test:build` script in package.json): the build and e2e
 * suites check dist/ as built with BASE_PATH=/plan-climat/ and SITE_URL=https://example.org.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// DIST_DIR lets a developer check a build written elsewhere (OUT_DIR) without touching dist/.
export const DIST = process.env.DIST_DIR ? `${resolve(process.env.DIST_DIR)}/` : fileURLToPath(new URL('../../dist/', import.meta.url));
export const BASE = '/plan-climat/';
export const SITE = 'https://example.org';
export const SITE_PREFIX = new URL(BASE, SITE).href;

/** Fails (never skips) when the site has not been built. */
export function requireDist(): string {
  if (!existsSync(`${DIST}index.html`)) {
    throw new Error(
      `dist/index.html introuvable : construire d'abord le site avec « npm run test:build » ` +
        `(BASE_PATH=${BASE} SITE_URL=${SITE}).`,
    );
  }
  return DIST;
}
