import { readFileSync } from 'node:fs';
import { checkContentTrust } from '../lib/trust';
import { ficheBlocks, type FicheBlock } from '../lib/trust/fiche-blocks';
import { TrustError } from '../lib/trust/plugin';

/**
 * An MDX fiche's blocks for its action page, read from the file when the page is rendered (so an
 * edit shows on the next reload in `astro dev`). MDX fiches are not compiled to JavaScript
 * modules: the build would bundle one per fiche (10 000 fiches: 47 s and gigabytes in Vite). The
 * plan loader has checked the file already; the same check runs again here, on the very text laid
 * out, and stops the build with `file:line: contenu: message` as the Sätteri plugin does for `.md`.
 */
export function mdxFicheBlocks(file: string): FicheBlock[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const { issues } = checkContentTrust(text, file, 'mdx');
  if (issues.length > 0) throw new TrustError(issues);
  return ficheBlocks(text);
}
