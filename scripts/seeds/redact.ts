/**
 * Turns the original seed documents (text extracted from the collectivités' published PDFs and
 * spreadsheets) into the sources committed in `scripts/seeds/sources/`: the same text, line for
 * line, with personal data replaced by neutral placeholders. Run once by a maintainer who has the
 * originals; its output is committed, so that a clone holds everything the derivations and their
 * tests read.
 *
 *   npx tsx scripts/seeds/redact.ts <dossier des originaux>           writes scripts/seeds/sources/*.txt
 *   npx tsx scripts/seeds/redact.ts <dossier des originaux> --check   compares them with the committed files (exit 1 on difference)
 *
 * `redactSeed(text)` is pure. A replacement never spans or adds a line, so every `source` cell
 * citing « l. N » of a seed still points at the same line, and the derivations read the same
 * values (their tests compare their output with the committed CSV files byte for byte).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOURCES_DIR } from './derivation';

/**
 * The seeds that derivations or tests read: 001 (scripts/seeds/besancon.ts), 002
 * (scripts/seeds/dijon.ts and the importer test), 003 (the importer test). Seeds 000 and 004 were
 * transcribed by hand into content/ and data/; nothing reads them, so they are not copied.
 */
export const SOURCE_FILES = ['001_2bdebbfaa0063f08.txt', '002_f99ae2e276f84227.txt', '003_90985226b51309a9.txt'] as const;

export type RedactionKind = 'crédit photo' | 'nom' | 'adresse électronique' | 'téléphone';

/** What each kind of personal data becomes. */
export const PLACEHOLDERS: Record<RedactionKind, string> = {
  'crédit photo': '© [crédit retiré]',
  nom: '[nom retiré]',
  'adresse électronique': '[adresse retirée]',
  téléphone: '[téléphone retiré]',
};

/**
 * The patterns, applied in this order on each line. Credits first: a credit (« © O. NOM ») names
 * the photographer, and is removed whole, whoever it names, up to the end of its cell. Then names
 * written as initials and a surname (« J.C. NOM », « É. Nom ») or after a civility, e-mail
 * addresses, and French or international phone numbers (« 03 81 00 00 00 », « +33 (0)3 81 00 00 00 »).
 * Names written in full are not recognised: none stands in the committed seeds (seeds 000 and 004,
 * which have such names, are not committed; see SOURCE_FILES).
 */
const RULES: { kind: RedactionKind; pattern: RegExp }[] = [
  { kind: 'crédit photo', pattern: /©[^\t\r\n]*/gu },
  { kind: 'nom', pattern: /(?<![\p{L}\p{N}])(?:\p{Lu}\.[\s-]?){1,3}\p{Lu}[\p{L}'-]+/gu },
  { kind: 'nom', pattern: /(?<![\p{L}\p{N}])(?:M\.|Mme|Mlle|Monsieur|Madame)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?/gu },
  { kind: 'adresse électronique', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  { kind: 'téléphone', pattern: /(?:\+\d{2,3}\s?(?:\(0\)\s?)?|\b0)\d(?:[\s.-]?\d{2}){4}\b/gu },
];

export interface Redaction {
  /** 1-based line number in the seed (unchanged by the redaction). */
  line: number;
  kind: RedactionKind;
}

/** Replaces personal data by placeholders; returns the text and where each replacement was made. */
export function redactSeed(text: string): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  const lines = text.split('\n').map((line, i) => {
    let out = line;
    for (const { kind, pattern } of RULES) {
      out = out.replace(pattern, (found) => {
        if (found === PLACEHOLDERS[kind]) return found;
        redactions.push({ line: i + 1, kind });
        return PLACEHOLDERS[kind];
      });
    }
    return out;
  });
  return { text: lines.join('\n'), redactions };
}

/** The committed source of each seed, derived from the originals in `originalsDir`. */
export function redactAll(originalsDir: string): { file: string; text: string; redactions: Redaction[] }[] {
  return SOURCE_FILES.map((file) => {
    const path = join(originalsDir, file);
    if (!existsSync(path)) throw new Error(`original introuvable : ${path}`);
    return { file, ...redactSeed(readFileSync(path, 'utf8')) };
  });
}

function main(args: string[]): void {
  const originals = args.find((a) => !a.startsWith('--'));
  if (!originals) throw new Error('usage : npx tsx scripts/seeds/redact.ts <dossier des originaux> [--check]');
  const results = redactAll(resolve(originals));
  if (args.includes('--check')) {
    const stale = results.filter((r) => {
      const committed = join(SOURCES_DIR, r.file);
      return !existsSync(committed) || readFileSync(committed, 'utf8') !== r.text;
    });
    for (const r of stale) console.error(`scripts/seeds/sources/${r.file} : diffère de la version caviardée de l'original`);
    console.log(stale.length === 0 ? 'scripts/seeds/sources : à jour.' : 'relancez « npx tsx scripts/seeds/redact.ts <dossier des originaux> ».');
    process.exitCode = stale.length === 0 ? 0 : 1;
    return;
  }
  mkdirSync(SOURCES_DIR, { recursive: true });
  for (const r of results) {
    writeFileSync(join(SOURCES_DIR, r.file), r.text);
    const where = r.redactions.map((x) => `l. ${x.line} (${x.kind})`).join(', ') || 'rien à retirer';
    console.log(`écrit scripts/seeds/sources/${r.file} : ${where}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
