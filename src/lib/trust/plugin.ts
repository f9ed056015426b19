import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import type { ContentIssue } from '../model/issues';
// Explicit extensions and no runtime import of lib/model: astro.config.mjs loads this module with
// Node's own TypeScript support, which resolves no extensionless path and erases types only.
import { checkContentTrust, type SourceFormat } from './check.ts';

/**
 * Stops the build on untrusted content, listing every problem as `file:line: field: message`
 * (as lib/model/issues.ts ContentError does for the plan loader), without a stack trace.
 */
export class TrustError extends Error {
  readonly issues: ContentIssue[];
  readonly hint = 'Corrigez ces lignes (npm run check les liste toutes), puis relancez la construction.';

  constructor(issues: ContentIssue[]) {
    super(`${issues.length} erreur(s) dans le contenu :\n` + issues.map((i) => `${i.file}:${i.line}: ${i.field}: ${i.message}`).join('\n'));
    this.name = 'ContentError';
    this.issues = issues;
    this.stack = this.message;
  }
}

/**
 * The build's own copy of the content check: a Sätteri mdast plugin factory, registered in
 * astro.config.mjs for `.md` and `.mdx`. Before the compiler turns a file into a page or a
 * JavaScript module, it runs {@link checkContentTrust} — the very function `npm run check` runs —
 * on the exact text about to be compiled, and throws a {@link ContentError} listing every
 * problem as `file:line: contenu: message` when there is one ({@link TrustError}). So a file the check refuses can
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
  if (issues.length > 0) throw new TrustError(issues);
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
