/**
 * SHA256SUMS, the checksum list of a bilan, in GNU coreutils format (`sha256sum -c SHA256SUMS`
 * verifies a download): one `<64 hex digits><two spaces><file name>` line per file, sorted by name,
 * LF line ends, a final LF. The list itself is not in it.
 */
import { createHash } from 'node:crypto';

export const SUMS_FILE = 'SHA256SUMS';

/** SHA-256 of some bytes, as 64 lower-case hex digits. */
export const sha256Hex = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A file name a bilan may hold: one plain name (no folder, no `..`, not hidden), ASCII letters,
 * digits, `-`, `_` and `.`. Anything else in SHA256SUMS is refused before it reaches a path.
 */
export const isReleaseFileName = (name: string): boolean => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name) && name !== SUMS_FILE && name.length <= 120;

export interface SumLine {
  name: string;
  sha256: string;
  /** 1-based line in SHA256SUMS. */
  line: number;
}

/** The text of SHA256SUMS for `files` (sorted by name here, whatever their order). */
export function formatSums(files: { name: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.name}\n`)
    .join('');
}

/**
 * Reads SHA256SUMS. Returns the lines it could read and a message per line it could not (in
 * French, with the line number): a line that is not `<hex>  <name>`, an unsafe or repeated name.
 * GNU's binary marker (`<hex> *<name>`) is accepted.
 */
export function parseSums(text: string): { lines: SumLine[]; problems: { line: number; message: string }[] } {
  const lines: SumLine[] = [];
  const problems: { line: number; message: string }[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw === '') return;
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(raw);
    if (!m) {
      problems.push({ line, message: 'ligne illisible (attendu : « <somme SHA-256 en 64 chiffres hexadécimaux>  <nom du fichier> »)' });
      return;
    }
    const name = m[2];
    if (!isReleaseFileName(name)) problems.push({ line, message: `nom de fichier refusé « ${name.slice(0, 60)} » (attendu : un fichier du dossier du bilan, sans sous-dossier)` });
    else if (seen.has(name)) problems.push({ line, message: `fichier « ${name} » listé deux fois` });
    else {
      seen.add(name);
      lines.push({ name, sha256: m[1].toLowerCase(), line });
    }
  });
  return { lines, problems };
}
