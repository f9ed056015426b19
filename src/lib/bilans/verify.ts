/**
 * Verifying a plan's bilans against their SHA256SUMS, in the shared validator (lib/model/load), so
 * that `npm run check` and the build refuse the same things: a declared bilan without its folder,
 * a folder without its plan.md entry, an unreadable SHA256SUMS, a listed file missing or changed,
 * a file the list does not name. A bilan is published as it was cut: any change is an error.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueLog } from '../model/issues';
import type { PlanMeta } from '../model/types';
import { BILANS_DIR, releaseDir, shown } from './paths';
import { SUMS_FILE, parseSums, sha256Hex } from './sums';

const GIT_FILES = new Set(['.gitkeep', '.gitignore']);
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * Checks every bilan of `meta` under `<dataRoot>/<plan>/bilans/`, logging each problem as
 * `data/<plan>/bilans/<id>/<file>: checksum: …` (the file as a whole: no line), or on the bilan's
 * entry in plan.md. `lineOf(id)` is the line of that entry's id in plan.md.
 */
export function verifyReleases(dataRoot: string, meta: PlanMeta, log: IssueLog, lineOf: (id: string) => number = () => 1): void {
  const root = join(dataRoot, meta.slug, BILANS_DIR);
  const declared = new Set(meta.bilans.map((b) => b.id));
  if (isDir(root)) {
    for (const name of readdirSync(root).sort()) {
      if (GIT_FILES.has(name) || declared.has(name)) continue;
      const path = join(root, name);
      log.error(
        shown(path),
        0,
        '-',
        isDir(path)
          ? `bilan « ${name} » absent de ${meta.file} : déclarez-le sous « bilans: » (id, title, date), ou supprimez le dossier (npm run bilan écrit les deux)`
          : `fichier non lu, il ne serait pas publié (attendu dans ${shown(root)} : un dossier par bilan)`,
      );
    }
  }
  for (const bilan of meta.bilans) {
    const dir = releaseDir(dataRoot, meta.slug, bilan.id);
    if (!isDir(dir)) {
      log.error(meta.file, lineOf(bilan.id), 'bilans', `bilan « ${bilan.id} » sans son dossier ${shown(dir)} (attendu : les fichiers écrits par npm run bilan ; ne déclarez pas un bilan à la main)`);
      continue;
    }
    verifyRelease(dir, log);
  }
}

/** Checks one bilan's folder against its SHA256SUMS (see verifyReleases). */
export function verifyRelease(dir: string, log: IssueLog): void {
  const sumsPath = join(dir, SUMS_FILE);
  if (!existsSync(sumsPath) || isDir(sumsPath)) {
    log.error(shown(sumsPath), 0, 'checksum', `fichier absent : sans la liste des sommes, le bilan ne peut être vérifié (restaurez-le depuis l'historique git)`);
    return;
  }
  const { lines, problems } = parseSums(readFileSync(sumsPath, 'utf8'));
  for (const p of problems) log.error(shown(sumsPath), p.line, 'checksum', p.message);
  const listed = new Set(lines.map((l) => l.name));
  for (const l of lines) {
    const path = join(dir, l.name);
    if (!existsSync(path) || isDir(path)) {
      log.error(shown(path), 0, 'checksum', `fichier du bilan absent (listé dans ${SUMS_FILE}, ligne ${l.line}) : un bilan publié ne change pas, restaurez-le depuis l'historique git`);
      continue;
    }
    const actual = sha256Hex(readFileSync(path));
    if (actual !== l.sha256) {
      log.error(
        shown(path),
        0,
        'checksum',
        `fichier modifié depuis le bilan (SHA-256 attendu ${l.sha256.slice(0, 12)}…, trouvé ${actual.slice(0, 12)}…) : un bilan publié ne change pas ; restaurez le fichier (git checkout -- ${shown(path)}), ou coupez un nouveau bilan avec npm run bilan`,
      );
    }
  }
  for (const name of readdirSync(dir).sort()) {
    if (name === SUMS_FILE || listed.has(name) || GIT_FILES.has(name)) continue;
    log.error(shown(join(dir, name)), 0, 'checksum', `fichier absent de ${SUMS_FILE} : il ne fait pas partie du bilan (supprimez-le ; un bilan publié ne change pas)`);
  }
}
