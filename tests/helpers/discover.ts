/**
 * Which pages of dist/ the browser tests visit, discovered from the files (no plan slug is
 * hard-coded): the portal, every plan's home, one node page per hierarchy level, one action page
 * (the richest one), the action list and its second page when present, the list of bilans and the
 * latest bilan when the plan has some, the site pages and a 404.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_SEGMENTS } from '../../src/lib/urls';

export type PageKind = 'portal' | 'plan' | 'node' | 'action' | 'list' | 'list-2' | 'bilans' | 'bilan' | 'site' | '404';

export interface Target {
  /** Readable name for test titles. */
  name: string;
  kind: PageKind;
  /** Path relative to the base path, e.g. `alec-loire/liste/`. */
  path: string;
  /** Expected HTTP status. */
  status: 200 | 404;
  plan?: string;
}

export interface Discovery {
  targets: Target[];
  plans: string[];
  /** Plans that have a second list page. */
  plansWithListPage2: string[];
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const hasIndex = (p: string) => existsSync(join(p, 'index.html'));
const subdirs = (p: string) =>
  isDir(p)
    ? readdirSync(p, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }))
    : [];

/** Richness of an action page: sub-actions and indicators are what we most want to see rendered. */
function actionScore(html: string): number {
  let score = 0;
  if (/id="sous-actions"/.test(html)) score += 4;
  if (/id="indicateurs"/.test(html)) score += 4;
  if (/id="budget"/.test(html)) score += 2;
  if (/<table[\s>]/.test(html)) score += 1;
  if (/id="suivi"/.test(html)) score += 1;
  return score;
}

/**
 * `language`: the pages of another language than the default, under `dist/<language>/` (their
 * paths then start with `<language>/`; the 404 page is the site's one, in the default set only).
 */
export function discoverPages(dist: string, language?: string): Discovery {
  const prefix = language ? `${language}/` : '';
  const found = discoverIn(language ? join(dist, language) : dist, prefix ? `${language} : ` : '', !language);
  for (const target of found.targets) target.path = `${prefix}${target.path}`;
  return found;
}

function discoverIn(dist: string, label: string, with404: boolean): Discovery {
  const targets: Target[] = [];
  const plansWithListPage2: string[] = [];
  if (!hasIndex(dist)) return { targets, plans: [], plansWithListPage2 };
  targets.push({ name: 'portail', kind: 'portal', path: '', status: 200 });

  const plans = subdirs(dist).filter((d) => hasIndex(join(dist, d, 'liste')));
  const named = (target: Target): Target => ({ ...target, name: `${label}${target.name}` });
  const reserved = new Set<string>(RESERVED_SEGMENTS);
  for (const plan of plans) {
    const planDir = join(dist, plan);
    if (hasIndex(planDir)) targets.push({ name: `${plan} : accueil du plan`, kind: 'plan', path: `${plan}/`, status: 200, plan });
    for (const level of subdirs(planDir).filter((d) => !reserved.has(d))) {
      const node = subdirs(join(planDir, level)).find((n) => hasIndex(join(planDir, level, n)));
      if (node) targets.push({ name: `${plan} : ${level} ${node}`, kind: 'node', path: `${plan}/${level}/${node}/`, status: 200, plan });
    }
    let best: { id: string; score: number; size: number } | undefined;
    for (const id of subdirs(join(planDir, 'actions'))) {
      const file = join(planDir, 'actions', id, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const candidate = { id, score: actionScore(html), size: html.length };
      if (!best || candidate.score > best.score || (candidate.score === best.score && candidate.size > best.size)) best = candidate;
    }
    if (best) targets.push({ name: `${plan} : action ${best.id}`, kind: 'action', path: `${plan}/actions/${best.id}/`, status: 200, plan });
    targets.push({ name: `${plan} : liste`, kind: 'list', path: `${plan}/liste/`, status: 200, plan });
    if (hasIndex(join(planDir, 'liste', '2'))) {
      plansWithListPage2.push(plan);
      targets.push({ name: `${plan} : liste page 2`, kind: 'list-2', path: `${plan}/liste/2/`, status: 200, plan });
    }
    if (hasIndex(join(planDir, 'bilans'))) {
      targets.push({ name: `${plan} : bilans`, kind: 'bilans', path: `${plan}/bilans/`, status: 200, plan });
      // Ids sort by date for the usual « 2024 », « 2025 »: the last one is the latest bilan.
      const latest = subdirs(join(planDir, 'bilans')).filter((id) => hasIndex(join(planDir, 'bilans', id))).at(-1);
      if (latest) targets.push({ name: `${plan} : bilan ${latest}`, kind: 'bilan', path: `${plan}/bilans/${latest}/`, status: 200, plan });
    }
  }
  for (const [path, name] of [
    ['a-propos/', 'à propos'],
    ['accessibilite/', 'accessibilité'],
    ['mentions-legales/', 'mentions légales'],
    ['recherche/', 'recherche'],
    ['explorer/', 'explorateur des actions'],
    ['donnees/', 'données ouvertes'],
    ['donnees/champs/', 'documentation des colonnes'],
  ] as const) {
    targets.push({ name, kind: 'site', path, status: 200 });
  }
  if (with404) targets.push({ name: 'page introuvable (404)', kind: '404', path: 'cette-page-n-existe-pas/', status: 404 });
  return { targets: targets.map(named), plans, plansWithListPage2 };
}
