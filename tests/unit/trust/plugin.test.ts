import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContentTrust, CONTENT_FEATURES, type SourceFormat } from '../../../src/lib/trust';
import { contentTrustPlugin, TrustError } from '../../../src/lib/trust/plugin';

const W = 'process.getBuiltinModule("fs").writeFileSync(process.env.TRUST_MARKER, "pwned")';

/** Compiles as the build does (Sätteri, the site's features, the trust plugin); the error thrown, if any. */
async function compileError(source: string, format: SourceFormat, fileURL?: URL): Promise<unknown> {
  const options = { features: CONTENT_FEATURES, mdastPlugins: [contentTrustPlugin], fileURL };
  try {
    if (format === 'mdx') mdxToJs(source, { ...options, jsxImportSource: 'astro' });
    else markdownToHtml(source, options);
    return undefined;
  } catch (error) {
    return error;
  }
}

const SOURCES: [string, SourceFormat][] = [
  ['Texte simple avec [un lien](https://exemple.fr).', 'mdx'],
  [`R: {/* */ ${W} /* */}`, 'mdx'],
  [`Chemin \\\\{${W}}`, 'mdx'],
  [`Voir \`\` {${W}} \`\`\``, 'mdx'],
  [`export const x = ${W}`, 'mdx'],
  ['import*as fs from"node:fs"', 'mdx'],
  ['<Indicateur id="i1" />\n\n<Encadre titre="x">\n\nTexte.\n\n</Encadre>', 'mdx'],
  ['<Graphique id={"etats"} />', 'mdx'],
  ['<img src="a.png" alt="" onError="alert(1)" />', 'mdx'],
  ['Texte {avec} accolades.', 'md'],
  ['<script>alert(1)</script>', 'md'],
  ['![x](data:image/png;base64,AAAA)', 'md'],
  ['[r]: //exemple.invalid/', 'md'],
];

describe('the build plugin and npm run check give the same verdict', () => {
  it.each(SOURCES)('%s (%s)', async (source, format) => {
    const check = checkContentTrust(source, 'f', format).issues;
    const error = await compileError(source, format);
    expect(error !== undefined, String(error)).toBe(check.length > 0);
    if (error) {
      // The compile fails with the check's own messages.
      for (const issue of check) expect(String((error as Error).message)).toContain(issue.message);
    }
  });
});

describe('the build plugin names file lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-plugin-'));
  const text = '---\nid: a1\n---\n\n## Contexte\n\nUn récit.\n\n{process.env.HOME}\n';
  const path = join(dir, 'a1.mdx');
  writeFileSync(path, text);

  it('for an MDX file whose frontmatter Astro blanked out', async () => {
    const blanked = text.replace(/^---\nid: a1\n---/, '   \n     \n   ');
    const error = await compileError(blanked, 'mdx', pathToFileURL(path));
    expect(error).toBeInstanceOf(TrustError);
    expect((error as TrustError).issues[0]).toMatchObject({ line: 9, field: 'contenu' });
    expect((error as Error).message).toMatch(/a1\.mdx:9: contenu: expression/);
  });

  it('for a Markdown file of which Astro passes the trimmed body only', async () => {
    const md = join(dir, 'a2.md');
    writeFileSync(md, text.replace('{process.env.HOME}', '[x](javascript:alert(1))'));
    const error = await compileError('## Contexte\n\nUn récit.\n\n[x](javascript:alert(1))', 'md', pathToFileURL(md));
    expect((error as TrustError).issues[0]).toMatchObject({ line: 9 });
  });

  it('has no stack trace pointing into the plugin', async () => {
    const error = (await compileError('{1}', 'mdx')) as Error;
    expect(error.stack).toBe(error.message);
  });
});
