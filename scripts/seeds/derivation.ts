/**
 * What the seed derivations (dijon.ts, besancon.ts) share: where the repository and the seeds
 * are (`scripts/seeds/sources/`, inside the repository, so that a bare clone runs them), the
 * comparison of a derivation with the committed files, and the command line
 * (`npx tsx scripts/seeds/<name>.ts` writes the files, `--check` compares and exits 1 on a difference).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (this file is `scripts/seeds/derivation.ts`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The seeds as committed: the published documents' text, personal data removed (see redact.ts). */
export const SOURCES_DIR = resolve(REPO_ROOT, 'scripts/seeds/sources');

/** A seed file, read from `scripts/seeds/sources/`. */
export function seedPath(seedFile: string): string {
  return resolve(SOURCES_DIR, seedFile);
}

export function readSeedFile(path: string): string {
  if (!existsSync(path)) throw new Error(`seed introuvable : ${path}`);
  return readFileSync(path, 'utf8');
}

/** Differences between derived files and those under `root` (empty = identical). */
export function compareDerivation(expected: Record<string, string>, outputDir: string, root = REPO_ROOT): string[] {
  const problems: string[] = [];
  for (const [path, text] of Object.entries(expected)) {
    const file = join(root, path);
    if (!existsSync(file)) problems.push(`${path} : absent`);
    else if (readFileSync(file, 'utf8') !== text) problems.push(`${path} : diffère de la dérivation`);
  }
  const dir = join(root, outputDir);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      const path = `${outputDir}/${name}`;
      if (name.endsWith('.csv') && !(path in expected)) problems.push(`${path} : fichier non produit par la dérivation`);
    }
  }
  return problems;
}

/** Runs a derivation's command line when `moduleUrl` is the script node was started with. */
export function runDerivationCli(moduleUrl: string, script: string, outputDir: string, derive: () => Record<string, string>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  try {
    const files = derive();
    if (process.argv.includes('--check')) {
      const problems = compareDerivation(files, outputDir);
      for (const p of problems) console.error(p);
      console.log(problems.length === 0 ? `${outputDir} : à jour.` : `${outputDir} : ${problems.length} différence(s) ; relancez « npx tsx ${script} ».`);
      process.exitCode = problems.length === 0 ? 0 : 1;
      return;
    }
    for (const [path, text] of Object.entries(files)) {
      const file = join(REPO_ROOT, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`écrit ${relative(process.cwd(), file)} (${text.split('\n').length - 2} ligne(s))`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
