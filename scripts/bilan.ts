/**
 * `npm run bilan -- --plan SLUG --id 2025 --titre "Bilan 2025" [--date YYYY-MM-DD]`
 *
 * Cuts a bilan of a plan (issue #16): its data as /donnees/<plan>/ publishes it today, written to
 * data/<plan>/bilans/<id>/ with a SHA256SUMS (lib/bilans/cut), and an entry added under
 * `bilans:` in content/<plan>/plan.md (the rest of the file kept byte for byte). Refuses to
 * overwrite a bilan, and to cut one from content that does not pass `npm run check`.
 *
 * The files hold the site's URLs: SITE_URL and BASE_PATH as for `npm run build` (README).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cutRelease } from '../src/lib/bilans/cut';
import { addBilanEntry } from '../src/lib/bilans/plan-entry';
import { releaseDir, shown } from '../src/lib/bilans/paths';
import { bilanIdProblem } from '../src/lib/model/ids';
import { formatIssue, IssueLog } from '../src/lib/model/issues';
import { loadPlans } from '../src/lib/model/load';
import { readSiteSettings } from '../src/lib/model/site-settings';
import { isIsoDate } from '../src/lib/normalise/calendar';

const roots = { content: resolve(process.env.CONTENT_DIR || 'content'), data: resolve(process.env.DATA_DIR || 'data') };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The site's address as the build computes it (astro.config.mjs): origin of SITE_URL, then BASE_PATH. */
function siteUrl(): string {
  if (!process.env.SITE_URL) {
    fail(
      "SITE_URL absent : les fichiers d'un bilan contiennent les adresses du site publié, et ne changeront plus.\n" +
        'Relancez avec l’adresse de publication, par exemple : SITE_URL=https://climat.ville.fr BASE_PATH=/ npm run bilan -- …',
    );
  }
  const origin = new URL(process.env.SITE_URL).origin;
  const base = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return origin + base;
}

/** Today's date in UTC, YYYY-MM-DD: the only use of the clock, and only without --date. */
const today = () => new Date().toISOString().slice(0, 10);

const usage = 'usage : npm run bilan -- --plan <dossier du plan> --id <2025> --titre "Bilan 2025" [--date AAAA-MM-JJ]';
const OPTIONS = { plan: { type: 'string' }, id: { type: 'string' }, titre: { type: 'string' }, date: { type: 'string' } } as const;

/** The options, or a French message and the usage for a staff member's typo (never a stack trace). */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS, strict: true }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec(String((error as Error).message))?.[1] ?? '';
    const known = Object.keys(OPTIONS).map((o) => `--${o}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const hint = option === '--title' ? ' (vouliez-vous dire --titre ?)' : '';
      fail(`option inconnue ${option}${hint} ; options possibles : ${known.join(', ')}\n${usage}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') fail(`option ${option.split(' ')[0]} sans valeur\n${usage}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') fail(`argument inattendu ${option} (chaque valeur suit son option)\n${usage}`);
    throw error;
  }
}

const values = readOptions();
if (!values.plan || !values.id || !values.titre) fail(usage);
const slug = values.plan;
const info = { id: values.id, title: values.titre.trim(), date: values.date ?? today() };
const idProblem = bilanIdProblem(info.id);
if (idProblem) fail(`--id : ${idProblem}`);
if (!info.title) fail(`--titre : texte vide\n${usage}`);
if (!/^\d{4}-\d{2}-\d{2}$/.test(info.date) || !isIsoDate(info.date)) fail(`--date : date attendue au format AAAA-MM-JJ, pas « ${info.date} »`);

const { plans, issues } = loadPlans(roots);
const errors = issues.filter((i) => i.severity === 'error');
if (errors.length > 0) fail(`${errors.length} erreur(s) dans le contenu : corrigez-les avant de couper un bilan.\n${errors.map(formatIssue).join('\n')}`);
const plan = plans.find((p) => p.meta.slug === slug);
if (!plan) fail(`plan « ${slug} » introuvable (plans : ${plans.map((p) => p.meta.slug).join(', ')})`);
if (plan.meta.bilans.some((b) => b.id === info.id)) fail(`bilan « ${info.id} » déjà déclaré dans ${plan.meta.file} : un bilan publié ne se remplace pas (choisissez un autre --id)`);
const dir = releaseDir(roots.data, slug, info.id);
if (existsSync(dir)) fail(`${shown(dir)} existe déjà : un bilan publié ne se remplace pas (choisissez un autre --id)`);

const site = readSiteSettings(roots.content, new IssueLog());
const files = cutRelease(plan, info, {
  siteUrl: siteUrl(),
  site: { title: site.title, tagline: site.tagline, publisher: site.publisher, publisherUrl: site.publisher_url, contactUrl: site.contact_url },
  languages: site.languages,
});

const planPath = join(roots.content, slug, 'plan.md');
const edited = addBilanEntry(readFileSync(planPath, 'utf8'), info);
if ('error' in edited) fail(`${shown(planPath)} : ${edited.error}`);

mkdirSync(dir, { recursive: true });
try {
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes, { flag: 'wx' });
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  throw error;
}
writeFileSync(planPath, edited.text);

// What was written, so that staff can check it before committing.
const log = new IssueLog();
const check = loadPlans(roots).issues.filter((i) => i.severity === 'error' && (i.file.startsWith(shown(dir)) || i.file === shown(planPath)));
log.issues.push(...check);
console.log(`Bilan « ${info.title} » (${info.id}, ${info.date}) du plan ${slug} :`);
for (const f of files) console.log(`  ${shown(join(dir, f.name))}  ${f.bytes.length} octets`);
console.log(`  ${shown(planPath)}  entrée ajoutée sous « bilans: »`);
if (check.length > 0) fail(`Le bilan écrit ne passe pas la vérification :\n${check.map(formatIssue).join('\n')}`);
console.log('Vérifié (npm run check le vérifiera à chaque construction). Ajoutez ces fichiers au dépôt : git add ' + [shown(dir), shown(planPath)].join(' '));
