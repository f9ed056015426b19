/**
 * `npm run manifest -- [--dist DIR] [--out FILE]`: a manifest of a built site, every file of
 * `dist/` with a hash of what a reader gets from it, so that a refactoring of the build can prove
 * it publishes the same pages and files (tests/build/manifest.test.ts compares a fresh build with
 * the committed tests/build/dist-manifest.json).
 *
 * What is hashed is the file's meaning, not its bytes:
 * - HTML: its visible text (whitespace collapsed), the inline scripts and styles, and the attribute
 *   values that matter (links, sources, meta content, labels, search facets); markup, attribute
 *   order and classes do not count;
 * - ZIP and XLSX: each entry by its own meaning, the archive's entry dates left out;
 * - JSON: parsed, with the content digests of other files (`hash`) left out (those files have their
 *   own line in the manifest);
 * - every other file (CSS, JS, images, search index): its bytes.
 *
 * Dates that come from git or from the build, not from the content, are replaced by `<date>`: the
 * dates of an action's history (« Mis à jour le … »), each plan's `last_updated` wherever it is
 * quoted (citation lines, the DCAT catalogue, the workbooks' read-me sheet), `<updated>`,
 * `<lastmod>`, `dateModified`, `dct:modified`. The set of git-derived days is read from the build
 * itself (the history sections and the plans tables), so the manifest does not depend on the
 * commit it is built from, only on what the content says.
 *
 * The default paths are the ones `npm run test:build` writes and the build test reads.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { formatDate } from '../src/lib/format';
import { listFiles, tokenize, VOID_ELEMENTS } from '../tests/helpers/html';
import { unzip } from '../tests/helpers/unzip';

/** Site path (relative to dist/, with `/`) → `sha256:<hex>` of its normalised content. */
export type Manifest = Record<string, string>;

const DATE_MASK = '<date>';

/** Attributes whose value a reader follows, reads or hears, or that feed search. */
const KEPT_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'content',
  'name',
  'property',
  'http-equiv',
  'alt',
  'title',
  'aria-label',
  'datetime',
  'value',
  'download',
  'lang',
  'action',
  'data-value',
]);
const keptAttribute = (name: string) => KEPT_ATTRIBUTES.has(name) || name.startsWith('data-pagefind');

/** JSON keys whose value is a git- or build-derived date, or a digest of another file. */
const MASKED_JSON_KEYS = new Set(['last_updated', 'dateModified', 'dct:modified', 'modified', 'lastmod', 'hash']);

const sha256 = (data: string | Uint8Array) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const extension = (path: string) => /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
const TEXT_EXTENSIONS = new Set(['html', 'json', 'jsonld', 'csv', 'txt', 'md', 'xml', 'atom', 'svg', 'rels', 'css', 'js', 'webmanifest']);

/**
 * HTML reduced to what a reader gets: one line per text run, per inline script or style, and per
 * element carrying kept attributes. The dates inside a history section are masked and collected.
 */
function normaliseHtml(source: string, gitDays: Set<string>): string {
  const out: string[] = [];
  // Depth of open <section class="history"> elements (sections nest rarely, but count them).
  const sections: boolean[] = [];
  let inHistory = 0;
  let inTime = 0;
  for (const token of tokenize(source)) {
    if (token.type === 'start') {
      if (token.name === 'section' && !token.selfClosing) {
        const history = (token.attrs.get('class') ?? '').split(/\s+/).includes('history');
        sections.push(history);
        if (history) inHistory++;
      }
      if (token.name === 'time' && inHistory > 0 && !token.selfClosing) inTime++;
      const kept = [...token.attrs]
        .filter(([name]) => keptAttribute(name))
        .map(([name, value]) => {
          if (name === 'datetime' && inHistory > 0) {
            gitDays.add(value.slice(0, 10));
            return `${name}=${DATE_MASK}`;
          }
          return `${name}=${value}`;
        });
      if (kept.length > 0) out.push(`@${token.name} ${kept.sort().join(' ')}`);
      if (VOID_ELEMENTS.has(token.name) || token.selfClosing) continue;
    } else if (token.type === 'end') {
      if (token.name === 'section') {
        if (sections.pop()) inHistory--;
      }
      if (token.name === 'time' && inTime > 0) inTime--;
    } else if (token.rawOf === 'script' || token.rawOf === 'style') {
      if (token.text.trim()) out.push(`<${token.rawOf}> ${token.text.trim()}`);
    } else {
      const text = token.text.replace(/\s+/g, ' ').trim();
      if (text) out.push(inTime > 0 ? DATE_MASK : text);
    }
  }
  return out.join('\n');
}

function maskJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, MASKED_JSON_KEYS.has(k) && v !== null ? (k === 'hash' ? '<hash>' : DATE_MASK) : maskJson(v)]),
    );
  }
  return value;
}

/** Every `last_updated` given in the plans tables (JSON) of the build: the git-derived days. */
function collectPlanDays(path: string, text: string, gitDays: Set<string>) {
  if (!/(^|\/)plans\.json$/.test(path)) return;
  try {
    const rows = JSON.parse(text) as { last_updated?: unknown }[];
    if (Array.isArray(rows)) for (const r of rows) if (typeof r?.last_updated === 'string') gitDays.add(r.last_updated.slice(0, 10));
  } catch {
    // not a plans table after all: nothing to collect
  }
}

/** The normalised text of a text file, before git-derived days are masked. */
function normaliseText(path: string, text: string, gitDays: Set<string>): string {
  const ext = extension(path);
  if (ext === 'html') return normaliseHtml(text, gitDays);
  if (ext === 'json' || ext === 'jsonld') {
    collectPlanDays(path, text, gitDays);
    try {
      return JSON.stringify(maskJson(JSON.parse(text)), null, 1);
    } catch {
      return text;
    }
  }
  if (ext === 'xml' || ext === 'atom') {
    return text
      .replace(/<(updated|lastmod|dcterms:modified|dcterms:created)(\s[^>]*)?>[^<]*<\/\1>/g, `<$1>${DATE_MASK}</$1>`)
      .replace(/\r\n/g, '\n');
  }
  return text;
}

/** Replaces every occurrence of a git-derived day, in ISO form and as French readers see it. */
function maskDays(text: string, gitDays: Set<string>): string {
  let out = text;
  for (const day of gitDays) {
    out = out.split(day).join(DATE_MASK);
    const french = formatDate(day);
    if (french) out = out.split(french).join(DATE_MASK);
  }
  return out;
}

interface Pending {
  path: string;
  /** Normalised text awaiting the mask of git-derived days, or a digest already final. */
  text?: string;
  digest?: string;
  /** For archives: their entries, each pending the same way. */
  entries?: Pending[];
}

function prepare(path: string, data: Buffer, gitDays: Set<string>): Pending {
  const ext = extension(path);
  if (ext === 'zip' || ext === 'xlsx') {
    const entries = unzip(data)
      .map((e) => prepare(e.path, e.data, gitDays))
      .sort((a, b) => a.path.localeCompare(b.path));
    return { path, entries };
  }
  if (ext === 'pf_fragment') {
    // Gzipped JSON of one indexed page: hashed by its content, the gzip header aside.
    try {
      return { path, text: gunzipSync(data).toString('utf8') };
    } catch {
      return { path, digest: sha256(data) };
    }
  }
  if (TEXT_EXTENSIONS.has(ext)) return { path, text: normaliseText(path, data.toString('utf8'), gitDays) };
  return { path, digest: sha256(data) };
}

function finish(p: Pending, gitDays: Set<string>): string {
  if (p.digest) return p.digest;
  if (p.entries) return sha256(p.entries.map((e) => `${e.path}\t${finish(e, gitDays)}`).join('\n'));
  return sha256(maskDays(p.text ?? '', gitDays));
}

/** Manifest of every file under `dist`, sorted by path. */
export function buildManifest(dist: string): Manifest {
  const gitDays = new Set<string>();
  const pending = listFiles(dist, ['']).map((path) => prepare(path, readFileSync(join(dist, path)), gitDays));
  const manifest: Manifest = {};
  for (const p of pending.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) manifest[p.path] = finish(p, gitDays);
  return manifest;
}

/** Paths added, removed or changed from `expected` to `actual`, sorted. */
export function compareManifests(expected: Manifest, actual: Manifest): { added: string[]; removed: string[]; changed: string[] } {
  const added = Object.keys(actual).filter((p) => !(p in expected));
  const removed = Object.keys(expected).filter((p) => !(p in actual));
  const changed = Object.keys(actual).filter((p) => p in expected && expected[p] !== actual[p]);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

export const DEFAULT_DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const DEFAULT_MANIFEST = fileURLToPath(new URL('../tests/build/dist-manifest.json', import.meta.url));

function main(argv: string[]) {
  let dist = DEFAULT_DIST;
  let out = DEFAULT_MANIFEST;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') dist = resolve(argv[++i] ?? '');
    else if (argv[i] === '--out') out = resolve(argv[++i] ?? '');
    else throw new Error(`option inconnue : ${argv[i]} (attendu : --dist DOSSIER, --out FICHIER)`);
  }
  const manifest = buildManifest(dist);
  writeFileSync(out, `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${Object.keys(manifest).length} fichiers → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
