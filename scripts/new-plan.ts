/**
 * `npm run new-plan -- SLUG`: creates a new plan to fill in — content/SLUG/plan.md (a draft, every
 * key documented in comments) and data/SLUG/*.csv (header rows only) — then says what to do next.
 * Never overwrites: an existing content/SLUG or data/SLUG stops it. Honours CONTENT_DIR and
 * DATA_DIR like `npm run check`. Messages in French, one line per problem, exit code 1 on refusal.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { PLAN_SLUG, scaffoldPlan } from '../src/lib/model/scaffold';
import { RESERVED_PLAN_SLUGS } from '../src/lib/urls';

const roots = {
  content: resolve(process.env.CONTENT_DIR || 'content'),
  data: resolve(process.env.DATA_DIR || 'data'),
};
const show = (p: string) => relative(process.cwd(), p) || p;

function main(args: string[]): number {
  const slug = args[0];
  if (!slug || args.length > 1) {
    console.log('Usage : npm run new-plan -- identifiant-du-plan (minuscules, chiffres, tirets ; par exemple ville-2026)');
    return 1;
  }
  if (!PLAN_SLUG.test(slug)) {
    console.log(`Identifiant refusé : « ${slug} » (attendu : minuscules sans accent, chiffres et tirets, par exemple ville-2026)`);
    return 1;
  }
  // The same rule as the content check (lib/model/ids), said before anything is written.
  if (RESERVED_PLAN_SLUGS.has(slug)) {
    const why = slug.length === 2 ? 'code de langue, réservé aux pages traduites' : 'adresse déjà utilisée par le site';
    console.log(`Identifiant refusé : « ${slug} » est réservé (${why}) ; choisissez-en un autre, par exemple ville-2026`);
    return 1;
  }
  const existing = [join(roots.content, slug), join(roots.data, slug)].filter((p) => existsSync(p));
  if (existing.length > 0) {
    const verb = existing.length > 1 ? 'existent' : 'existe';
    console.log(`Rien n'est écrit : ${existing.map(show).join(' et ')} ${verb} déjà (choisissez un autre identifiant, ou complétez ce plan).`);
    return 1;
  }
  for (const file of scaffoldPlan(slug)) {
    const path = join(roots[file.root], file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    console.log(`Créé : ${show(path)}`);
  }
  console.log(`Ensuite : complétez ${show(join(roots.content, slug, 'plan.md'))}, remplissez les tableaux, vérifiez avec npm run check.`);
  console.log('Le plan est un brouillon (draft: true) : visible avec npm run dev, publié une fois la ligne retirée.');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
