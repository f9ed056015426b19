import { describe, expect, it } from 'vitest';
import { checkContentTrust, type SourceFormat } from '../../../src/lib/trust';

const FRONTMATTER = '---\nid: a1\ntitle: "Un titre avec {accolades} et <b>"\n---\n\n';
/** Line of the first body line in the fiches below (after the 4 frontmatter lines and a blank). */
const BODY = 6;
const W = 'process.getBuiltinModule("fs").writeFileSync(process.env.TRUST_MARKER, "pwned")';

/** The issues of one fiche, as `line field message-excerpt` for readable failures. */
function verdict(body: string, format: SourceFormat = 'mdx') {
  return checkContentTrust(FRONTMATTER + body, 'content/p/actions/a1.' + format, format).issues.map((i) => ({ line: i.line, field: i.field, message: i.message }));
}

describe('checkContentTrust: MDX code is refused on the parsed tree', () => {
  it.each([
    ['an import', `import fs from "node:fs"`, 'import/export interdit'],
    ['an import without spaces', `import{writeFileSync}from"node:fs"`, 'import/export interdit'],
    ['an export const', `export const x = ${W}`, 'import/export interdit'],
    ['export * from', `export*from"node:fs"`, 'import/export interdit'],
    ['a flow expression', `{${W}}`, 'expression'],
    ['a text expression', `Texte {${W}} suite.`, 'expression'],
    ['code between two comments', `R: {/* */ ${W} /* */}`, 'expression'],
    ['a comment alone', 'Texte {/* note */} suite.', 'commentaire MDX'],
    ['an escaped backslash before a brace', `Chemin \\\\{${W}}`, 'expression'],
    ['unequal backtick runs before a brace', `Voir \`\` {${W}} \`\`\``, 'expression'],
    ['an unknown component', '<Carte lieu="centre" />', 'composant « Carte » absent du guide'],
    ['a component with a dotted name', '<Indicateur.Secret id="x" />', 'composant « Indicateur.Secret »'],
    ['a lowercase element', '<div>texte</div>', 'balise HTML <div> absente du guide'],
    ['an event handler on an element', '<img src="a.png" alt="" onError="alert(1)" />', 'attribut onerror='],
    ['a fragment', '<>texte</>', 'fragment <>'],
    ['an expression attribute', `<Indicateur id={${W}} />`, 'doit être un texte entre guillemets'],
    ['a constant expression attribute', '<Graphique id={"etats"} />', 'doit être un texte entre guillemets'],
    ['a spread attribute', `<Encadre titre="x" {...${W}}>\n\nTexte.\n\n</Encadre>`, 'attribut calculé'],
    ['a boolean attribute', '<Encadre titre>\n\nTexte.\n\n</Encadre>', 'doit être un texte entre guillemets'],
    ['an undocumented attribute', '<Graphique id="etats" class="x" />', 'attribut « class » inconnu'],
    ['a missing required attribute', '<Indicateur />', 'attribut « id » obligatoire absent'],
    ['an allowed component inside a paragraph', 'Voir <Indicateur id="i1" /> ci-dessous.', 'seul sur sa ligne'],
    ['children in a component that takes none', '<Indicateur id="i1">texte</Indicateur>', 'ne contient rien'],
    ['code inside an allowed box', `<Encadre titre="x">\n\n{${W}}\n\n</Encadre>`, 'expression', BODY + 2],
    ['an unreadable file', '<Encadre titre="x">\n\nTexte.', 'fichier MDX illisible'],
  ] as [string, string, string, number?][])('%s', (_what, body, message, line = BODY) => {
    const issues = verdict(body);
    expect(issues.length, JSON.stringify(issues)).toBeGreaterThan(0);
    expect(issues[0].message).toContain(message);
    expect(issues[0].line).toBe(line);
  });
});

describe('checkContentTrust: what MDX fiches may hold', () => {
  it.each([
    ['plain Markdown', '## Contexte\n\nUn **récit** avec [un lien](https://exemple.fr) et une [page](/dijon/).'],
    ['escaped braces and angle brackets', 'Une accolade \\{ et \\} et \\< affichées.'],
    ['braces inside inline code', 'Écrivez `{x}` ou ``{y}`` tel quel.'],
    ['braces inside a code block', '```\n{process.exit(1)}\nimport x from "y"\n```'],
    ['"import*as" with no space: text to the parser, rendered as text', 'import*as fs from"node:fs"'],
    ['the allowed components with literal attributes', '<Indicateur id="i1" />\n\n<Graphique id="etats" />\n\n<Encadre titre="À retenir">\n\nUn **encadré**.\n\n</Encadre>'],
    ['an allowed box on one line', '<Encadre titre="À retenir">Un **encadré** court.</Encadre>'],
    ['the frontmatter, whatever it holds', ''],
  ])('%s', (_what, body) => {
    expect(verdict(body)).toEqual([]);
  });

  it('returns the components that point at the plan, with their file lines', () => {
    const { components } = checkContentTrust(FRONTMATTER + 'Texte.\n\n<Indicateur id="i1" />\n\n<Encadre titre="x">\n\n<Graphique id="etats" />\n\n</Encadre>\n', 'f.mdx', 'mdx');
    expect(components).toEqual([
      { name: 'Indicateur', refersTo: 'indicator', id: 'i1', line: BODY + 2 },
      { name: 'Graphique', refersTo: 'chart', id: 'etats', line: BODY + 6 },
    ]);
  });
});

describe('checkContentTrust: Markdown keeps raw HTML off', () => {
  it.each([
    ['a script', "<script>alert('x')</script>", '<script>'],
    ['an event handler', '<img src="a.png" alt="" onerror="alert(1)">', "<img> avec l'attribut onerror="],
    ['inline HTML', 'Du <b>gras</b>.', '<b>'],
    ['an HTML comment', '<!-- note -->', 'commentaire'],
    ['an iframe', '<iframe src="https://exemple.fr"></iframe>', '<iframe>'],
  ])('%s', (_what, body, message) => {
    const issues = verdict(body, 'md');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ line: BODY, field: 'contenu' });
    expect(issues[0].message).toContain(message);
  });

  it('leaves braces and import lines alone in Markdown: they are text there', () => {
    expect(verdict('Texte {x}.\n\nimport fs from "node:fs"', 'md')).toEqual([]);
  });
});

describe('checkContentTrust: dangerous link targets, in both formats', () => {
  const targets = [
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with entities', 'jav&#x61;script&colon;alert(1)'],
    ['javascript: with a tab entity', 'java&#9;script:alert(1)'],
    ['JavaScript: in capitals', 'JavaScript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['//host', '//exemple.invalid/x'],
    ['\\\\host', '\\\\\\\\exemple.invalid/x'],
  ] as const;
  const forms = [
    ['a link', (u: string) => `Voir [ici](${u}).`],
    ['an image', (u: string) => `![image](${u})`],
    ['a reference definition', (u: string) => `Voir [ici][r].\n\n[r]: <${u}>`],
  ] as const;
  const cases = (['md', 'mdx'] as const).flatMap((format) => targets.flatMap(([t, url]) => forms.map(([f, make]) => [`${format}: ${f} to ${t}`, format, make(url)] as const)));

  it.each(cases)('%s', (_what, format, body) => {
    const issues = verdict(body, format);
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe('contenu');
    expect(issues[0].message).toMatch(/« (javascript:|vbscript:|data:|\/\/) »/);
  });

  it.each([
    ['https', 'https://exemple.fr/a'],
    ['mailto', 'mailto:climat@exemple.fr'],
    ['a site path', '/dijon/actions/a1/'],
    ['a relative path', '../a2/'],
    ['an anchor', '#contexte'],
    ['text that mentions javascript:', 'https://exemple.fr/?q=javascript:'],
  ])('accepts %s', (_what, url) => {
    expect(verdict(`Voir [ici](${url}).`, 'md')).toEqual([]);
  });
});

describe('checkContentTrust: positions are file lines', () => {
  it('counts the frontmatter, blank lines and CRLF line ends', () => {
    const text = FRONTMATTER + 'Un.\r\n\r\nDeux.\r\n\r\n{x}\r\n';
    expect(checkContentTrust(text, 'f.mdx', 'mdx').issues.map((i) => i.line)).toEqual([BODY + 4]);
  });

  it('shifts lines by lineOffset when given a body cut from its file', () => {
    expect(checkContentTrust('Un.\n\n{x}', 'f.mdx', 'mdx', { lineOffset: 10 }).issues.map((i) => i.line)).toEqual([13]);
  });

  it('reports every problem of a file, not only the first', () => {
    const issues = verdict(`{a}\n\nimport x from "y"\n\n[z](javascript:1)\n\n<Carte />`);
    expect(issues.map((i) => i.line)).toEqual([BODY, BODY + 2, BODY + 4, BODY + 6]);
  });
});

describe('checkContentTrust: an MDX fiche cannot show an image of its own folder', () => {
  it.each([['./photo.jpg'], ['images/schema.png'], ['photo%20velo.jpg']])('refuses ![…](%s) in .mdx, names it, accepts it in .md', (url) => {
    const body = `Texte.\n\n![Un schéma](${url})\n`;
    expect(verdict(body, 'mdx')).toEqual([{ line: BODY + 2, field: 'contenu', message: expect.stringContaining('une fiche .mdx ne peut pas l') }]);
    expect(verdict(body, 'mdx')[0].message).toContain(url.slice(0, 10));
    expect(verdict(body, 'md')).toEqual([]);
  });
  it.each([['https://example.org/schema.png'], ['/images/schema.png']])('accepts %s in .mdx (an address the page can load)', (url) => {
    expect(verdict(`![Un schéma](${url})\n`, 'mdx')).toEqual([]);
  });
});
