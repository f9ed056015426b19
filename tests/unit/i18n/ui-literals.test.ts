/**
 * No interface text outside the message catalogue: every page, component, layout, client script
 * and src/lib module is parsed, and any French literal (or any word in a template) fails here with
 * its file and line. What stays French on purpose is listed below, each with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUiLiterals, onlyFrenchMessages } from '../../helpers/ui-literals';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['src/pages', 'src/components', 'src/layouts', 'src/scripts', 'src/lib'];

/**
 * Folders and files whose French is not the site's interface. Keep it short; say why.
 */
const NOT_INTERFACE: { path: string; reason: string }[] = [
  { path: 'src/lib/i18n/', reason: 'the catalogue itself' },
  { path: 'src/lib/model/', reason: "messages of the content check (npm run check) for the plan's editors, in the language of the staff guide" },
  { path: 'src/lib/import/', reason: 'the importer and its report, a staff tool documented in French' },
  { path: 'src/lib/trust/', reason: 'content-trust errors of the content check, for editors' },
  { path: 'src/lib/csv/', reason: 'CSV parsing errors of the content check, for editors' },
  { path: 'src/lib/yaml.ts', reason: 'YAML errors of the content check, for editors' },
  { path: 'src/lib/normalise/', reason: "the French vocabularies a plan's cells are read with (« été 2019 », « Complété »), and their check messages" },
  // Bilans (issue #16): the check of committed releases runs in npm run check; cutting one is a staff tool.
  { path: 'src/lib/bilans/verify.ts', reason: 'checksum errors of the content check (npm run check), for editors' },
  { path: 'src/lib/bilans/sums.ts', reason: 'SHA256SUMS reading errors of the content check, for editors' },
  { path: 'src/lib/bilans/plan-entry.ts', reason: 'errors of npm run bilan, a staff tool documented in French' },
  { path: 'src/lib/bilans/cut.ts', reason: 'errors of npm run bilan, a staff tool documented in French' },
  { path: 'src/lib/export/check.ts', reason: 'the build re-reads its own data files against their schema: a failure is a bug report for developers' },
  { path: 'src/lib/search/cbor.ts', reason: "errors of the build's search step on Pagefind's files, in the build log's language: a bug report for developers" },
  { path: 'src/lib/search/pagefind-merge.ts', reason: "errors of the build's search step on Pagefind's files, in the build log's language: a bug report for developers" },
];

/** Single literals kept on purpose, by file and text. */
const KEPT: { path: string; text: string; reason: string }[] = [
  ...['Non renseigné', 'Partie du plan (axe, objectif…)', 'Indicateur', 'Avec indicateurs', 'Sans indicateur', 'Atténuation'].map((text) => ({
    path: 'src/lib/search/facets.ts',
    text,
    reason: 'language-free facet values kept in the index and in shared URLs; each language shows them through facetValueLabel()',
  })),
  ...['En cours', 'Réalisé'].map((text) => ({ path: 'src/lib/export/changes.ts', text, reason: "example values of the changes file's columns, as the data holds them" })),
  { path: 'src/lib/export/schema.ts', text: 'Grand Besançon', reason: 'an example value of the territory column' },
  // Errors that stop the build on content an editor wrote: in the language of npm run check.
  { path: 'src/components/mdx/Graphique.astro', text: '"> : graphique inconnu dans le plan ', reason: 'content error for editors (npm run check reports it first)' },
  { path: 'src/components/mdx/Indicateur.astro', text: '"> : indicateur inconnu dans le plan ', reason: 'content error for editors (npm run check reports it first)' },
  { path: 'src/components/mdx/Indicateur.astro', text: 'Indicateur', reason: "the component's name in an editor's error message" },
  { path: 'src/components/mdx/plan-of-page.ts', text: "> n'est permis que dans une fiche action (content/<plan>/actions/*.mdx)", reason: 'content error for editors' },
  { path: 'src/lib/export/bundle.ts', text: 'le dossier de plan « ', reason: 'content error for editors (a plan folder named like the all-plans folder)' },
  { path: 'src/lib/export/bundle.ts', text: ' » est réservé aux fichiers de tous les plans', reason: 'content error for editors' },
  // Internal errors: a bug of the build, reported to developers.
  { path: 'src/lib/export/bundle.ts', text: ' problème(s) dans les fichiers de données exportés :\n', reason: 'build failure for developers' },
  { path: 'src/lib/export/schema.ts', text: "table d'export inconnue : ", reason: 'build failure for developers' },
  { path: 'src/lib/export/xlsx.ts', text: 'nom de feuille invalide : ', reason: 'build failure for developers' },
  { path: 'src/lib/export/zip.ts', text: 'zip : entrée en double ', reason: 'build failure for developers' },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(astro|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('interface text lives in the catalogue', () => {
  const onlyFrench = onlyFrenchMessages();
  const files = SCANNED.flatMap(sourceFiles)
    .map((file) => relative(ROOT, join(ROOT, file)))
    .filter((file) => !NOT_INTERFACE.some((entry) => file.startsWith(entry.path)));

  it('scans the interface sources', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('finds no French literal outside the catalogue (file:line: text)', () => {
    const found = files.flatMap((file) =>
      findUiLiterals(readFileSync(join(ROOT, file), 'utf8'), file.endsWith('.astro') ? 'astro' : 'ts', onlyFrench)
        .filter((literal) => !KEPT.some((kept) => kept.path === file && kept.text === literal.text))
        .map((literal) => `${file}:${literal.line}: ${literal.where}: ${JSON.stringify(literal.text)}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the literal finder', () => {
  const french = new Set(['Territoire']);

  it('flags words in a template, read attributes, and French strings in code, with their lines', () => {
    const source = `---\nconst label = 'Mis à jour';\nconst css = 'status-badge en-cours';\n---\n<p class="lead">\n  Voir les actions\n</p>\n<nav aria-label="Fil d'Ariane">{label}</nav>\n<span>{ok ? 'Territoire' : <b>Oui</b>}</span>\n<span>CSV · JSON</span>\n`;
    expect(findUiLiterals(source, 'astro', french)).toEqual([
      { line: 2, text: 'Mis à jour', where: 'code' },
      { line: 6, text: 'Voir les actions', where: 'template' },
      { line: 8, text: "Fil d'Ariane", where: 'attribute' },
      { line: 9, text: 'Territoire', where: 'code' },
      { line: 9, text: 'Oui', where: 'template' },
    ]);
  });

  it('reads a .ts module the same way, template strings included, and leaves imports, types and comments alone', () => {
    const source = "import x from './état';\n// Commentaire en français\ntype T = 'été';\nexport const a = `${n} actions réalisées`;\nexport const b = 'pour les plans de la ville';\nexport const c = 'fr-FR';\n";
    expect(findUiLiterals(source, 'ts', french)).toEqual([
      { line: 4, text: ' actions réalisées', where: 'code' },
      { line: 5, text: 'pour les plans de la ville', where: 'code' },
    ]);
  });
});
