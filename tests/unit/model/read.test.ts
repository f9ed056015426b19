/**
 * Every file and folder under the content and data roots is either read or reported: a file the
 * site skips without a word would be content staff believe published.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../../src/lib/model/load';

const PLAN_MD = '---\ntitle: Plan test\nterritory: Ville test\n---\nPrésentation.\n';
const ACTIONS = 'id,title\na1,Action un\n';
const FICHE = '---\nid: a1\npilot: Service Environnement\n---\nRécit.\n';

/** Loads the given files (paths under a fresh root) and returns the errors, paths relative to that root. */
function errors(files: Record<string, string | null>) {
  const root = mkdtempSync(join(tmpdir(), 'listing-'));
  for (const [path, text] of Object.entries(files)) {
    if (text === null) mkdirSync(join(root, path), { recursive: true });
    else {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  }
  const { issues, plans } = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  const rel = relative(process.cwd(), root);
  return {
    plans: plans.map((p) => p.meta.slug),
    errors: issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.file}:${i.line}: ${i.field}: ${i.message}`.replaceAll(`${rel}/`, '')),
  };
}

const GOOD = {
  'content/README.md': '# Guide\n',
  'content/site.yml': 'title: Site\n',
  'content/t/plan.md': PLAN_MD,
  'content/t/actions/a1.md': FICHE,
  'data/t/actions.csv': ACTIONS,
};

describe('listing the content and data roots', () => {
  it('reads a plan, the guide and site.yml, and accepts git’s .gitkeep and .gitignore anywhere', () => {
    const result = errors({ ...GOOD, 'content/.gitkeep': '', 'data/.gitignore': '', 'content/t/actions/.gitkeep': '', 'data/t/.gitkeep': '' });
    expect(result.errors).toEqual([]);
    expect(result.plans).toEqual(['t']);
  });

  it.each([
    ['a data folder without its plan (a typo)', { 'content/exemple/plan.md': PLAN_MD, 'data/exmple/actions.csv': ACTIONS }, 'data/exmple:0: -: aucun plan « exmple » : content/exmple/plan.md n\'existe pas, ces tableaux ne seraient pas publiés (faute de frappe pour « exemple » ?)'],
    ['a content folder without plan.md', { 'content/brouillon/notes.md': 'x' }, 'content/brouillon:0: -: dossier sans plan.md'],
    ['a stray file at the top of content/', { 'content/notes.txt': 'x' }, 'content/notes.txt:0: -: fichier non lu'],
    ['a stray file at the top of data/', { 'data/actions.csv': ACTIONS }, 'data/actions.csv:0: -: fichier non lu'],
    ['a fiche in .MD', { 'content/t/actions/a2.MD': FICHE }, 'content/t/actions/a2.MD:0: -: fiche non lue : l\'extension « .MD » n\'est pas lue, renommez le fichier en « a2.md »'],
    ['a fiche in .markdown', { 'content/t/actions/a2.markdown': FICHE }, 'content/t/actions/a2.markdown:0: -: fiche non lue : l\'extension « .markdown »'],
    ['a fiche in a sub-folder', { 'content/t/actions/axe1/a2.md': FICHE }, 'content/t/actions/axe1:0: -: dossier non lu'],
    ['a hidden fiche', { 'content/t/actions/.a2.md': FICHE }, 'content/t/actions/.a2.md:0: -: fichier non lu'],
    ['an unknown file in content/<plan>/', { 'content/t/presentation.md': 'x' }, 'content/t/presentation.md:0: -: fichier non lu'],
    ['a folder in content/<plan>/', { 'content/t/images/logo.svg': '<svg/>' }, 'content/t/images:0: -: dossier non lu'],
    ['an unknown file in data/<plan>/', { 'data/t/actions.xlsx': 'x' }, 'data/t/actions.xlsx:0: -: fichier non lu'],
    ['an unknown table in data/<plan>/', { 'data/t/budget.csv': 'x' }, 'data/t/budget.csv:0: -: table inconnue'],
    ['a folder in data/<plan>/', { 'data/t/archives/actions.csv': ACTIONS }, 'data/t/archives:0: -: dossier non lu'],
    ['a folder named like a table', { 'data/t/partners.csv/x': 'x' }, 'data/t/partners.csv:0: -: dossier non lu'],
    ['a spreadsheet’s lock file', { 'data/t/.~lock.actions.csv#': 'x' }, "data/t/.~lock.actions.csv#:0: -: fichier verrou d'un tableur : fermez le fichier"],
    ['a plan folder named tous', { 'content/tous/plan.md': PLAN_MD }, 'content/tous:0: -: nom de dossier de plan réservé « tous »'],
    ['a plan folder named nl', { 'content/nl/plan.md': PLAN_MD }, 'content/nl:0: -: nom de dossier de plan réservé « nl » (code de langue'],
    ['a plan folder with a space', { 'content/Evil Plan/plan.md': PLAN_MD }, 'content/Evil Plan:0: -: nom de dossier de plan invalide « Evil Plan »'],
  ])('reports %s', (_, extra, message) => {
    const result = errors({ ...GOOD, ...extra });
    expect(result.errors.join('\n')).toContain(message);
    expect(result.errors).toHaveLength(1);
  });
});
