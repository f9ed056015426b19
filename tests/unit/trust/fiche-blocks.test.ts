import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxFicheBlocks } from '../../../src/page-data/mdx-fiche';
import { CONTENT_FEATURES } from '../../../src/lib/trust';
import { ficheBlocks, type FicheBlock } from '../../../src/lib/trust/fiche-blocks';
import { TrustError } from '../../../src/lib/trust/plugin';

/** Markdown an MDX fiche may hold (no raw HTML, no indented code, no `<url>` autolink: MDX has none). */
const MARKDOWN = `---
id: a1
---

# Titre "1" &amp; \\<co>

## Contexte

Un *texte* avec **gras**, \`code < 1\`, ~~barré~~, un [lien](https://example.org "titre \\"q\\"") et https://auto.example.org.
Ligne 2\\
après. "Guillemets" -- tiret... l'apostrophe.

## Contexte

- [ ] à faire
- [x] fait

3. trois
4. quatre

| a | b |
|:--|--:|
| 1 | 2 |

> citation

\`\`\`js
const a = 1 < 2 && b;
\`\`\`

---

Note[^1] et ![image](https://example.org/i.png "t").

[^1]: La note.
`;

const html = (blocks: FicheBlock[]) => blocks.map((b) => (b.kind === 'html' ? b.html : `[${b.name}]`)).join('');

describe('ficheBlocks', () => {
  it('renders Markdown as the build renders a .md fiche (same parser, features and heading ids)', () => {
    const asMarkdown = (markdownToHtml(MARKDOWN, { features: CONTENT_FEATURES, hastPlugins: [satteriHeadingIdsPlugin()] }) as { html: string }).html;
    const blocks = ficheBlocks(MARKDOWN);
    expect(blocks).toHaveLength(1);
    expect(html(blocks)).toBe(asMarkdown.trimEnd());
    expect(html(blocks)).toContain('<h2 id="contexte-1">');
    expect(html(blocks)).toContain('l’apostrophe');
  });

  it('splits out the allowed components, with their attributes and the Markdown inside <Encadre>', () => {
    const blocks = ficheBlocks(`---
id: a1
---

## Avant

<Encadre titre="Qu'est-ce « ça » ?">
## Avant

Des **compteurs** & des secteurs.
</Encadre>

<Indicateur id="surface" />

Entre les deux.

<Graphique id="avancement" />
`);
    expect(blocks.map((b) => (b.kind === 'html' ? 'html' : b.name))).toEqual(['html', 'Encadre', 'html', 'Indicateur', 'html', 'Graphique']);
    const [, encadre, , indicateur, between, graphique] = blocks;
    expect(encadre).toMatchObject({ kind: 'component', attributes: { titre: "Qu'est-ce « ça » ?" } });
    // One slugger for the whole fiche, as when it was compiled: the heading inside the box is the second « Avant ».
    expect(html(encadre.kind === 'component' ? encadre.children : [])).toBe('<h2 id="avant-1">Avant</h2><p>Des <strong>compteurs</strong> &amp; des secteurs.</p>');
    expect(indicateur).toEqual({ kind: 'component', name: 'Indicateur', attributes: { id: 'surface' }, children: [] });
    expect(graphique).toEqual({ kind: 'component', name: 'Graphique', attributes: { id: 'avancement' }, children: [] });
    expect(html([between])).toContain('<p>Entre les deux.</p>');
  });

  it.each([
    ['an expression', '{1 + 1}'],
    ['an import', 'import x from "y"'],
    ['an HTML element', '<script>alert(1)</script>'],
    ['another component', '<Carte id="x" />'],
    ['a computed attribute', '<Indicateur id={"x"} />'],
    ['an unknown attribute', '<Graphique id="x" style="color: red" />'],
  ])('never lays out %s, even unchecked', (_, body) => {
    expect(() => ficheBlocks(`Texte.\n\n${body}\n`)).toThrow();
  });
});

describe('mdxFicheBlocks', () => {
  it('stops on what the content check refuses, as file:line: contenu: message', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fiche-')), 'a1.mdx');
    writeFileSync(file, '---\nid: a1\n---\n\nTexte.\n\n{process.exit(1)}\n');
    expect(() => mdxFicheBlocks(file)).toThrow(TrustError);
    expect(() => mdxFicheBlocks(file)).toThrow(`${file}:7: contenu: expression`);
  });
});
