import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { ContentError } from '../model/issues';
import { checkContentTrust, type SourceFormat } from './check';

/**
 * The build's own copy of the content check: a Sätteri mdast plugin factory, registered in
 * astro.config.mjs for `.md` and `.mdx`. Before the compiler turns a file into a page or a
 * JavaScript module, it runs {@link checkContentTrust} — the very function `npm run check` runs —
 * on the exact text about to be compiled, and throws a {@link ContentError} listing every
 * problem as `file:line: contenu: message` when there is one. So a file the check refuses can
 * never be compiled, even if it escaped the check (a folder the plan loader does not read).
 *
 * Astro hands the compiler the file with its frontmatter blanked out (`.mdx`: lines kept) or
 * only its trimmed body (`.md`): when the text is found in the file on disk, lines are shifted
 * to the file's own.
 */
export function contentTrustPlugin(ctx: Pick<PluginFactoryContext, 'fileURL' | 'sourceFormat' | 'source'>): null {
  const format: SourceFormat = ctx.sourceFormat === 'mdx' ? 'mdx' : 'md';
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
  const file = path ? relative(process.cwd(), path) || path : `(${format})`;
  const issues = checkContentTrust(ctx.source, file, format, { lineOffset: lineOffsetInFile(ctx.source, path) }).issues;
  if (issues.length > 0) throw new ContentError(issues);
  // Nothing to transform: the plugin only vetoes.
  return null;
}

/** Lines before `text` in the file at `path` (0 when unknown or when the text is not a slice of it). */
function lineOffsetInFile(text: string, path: string | undefined): number {
  if (!path || text.length === 0) return 0;
  let whole: string;
  try {
    whole = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return 0;
  }
  const at = whole.lastIndexOf(text);
  return at > 0 ? whole.slice(0, at).split('\n').length - 1 : 0;
}
