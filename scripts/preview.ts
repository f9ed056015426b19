/**
 * `npm run preview [-- --port N] [-- --host ADDRESS]`: serves the last build (OUT_DIR, default dist/)
 * under BASE_PATH, as a static host would (scripts/static-server.ts: the server the browser tests
 * use). Not `astro preview`: it answers 404 for files without an extension, such as a bilan's
 * SHA256SUMS, which every static host serves.
 */
import { resolve } from 'node:path';
import { serve } from './static-server';
import { PROJECT_ROOT } from './build-command';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const port = Number(option('--port') ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port : numéro de port attendu (1 à 65535)`);
const dir = resolve(PROJECT_ROOT, process.env.OUT_DIR || 'dist');
const served = await serve({ dir, base: process.env.BASE_PATH || '/', port, host: option('--host') });
console.log(`Site de ${dir} servi sur ${served.url} (Ctrl-C pour arrêter)`);
