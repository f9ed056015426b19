import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/lib/markdown';
import { checkMarkdownText } from '../../../src/lib/trust/markdown-text';

describe('checkMarkdownText: dangerous targets in CSV Markdown are errors, not silent drops', () => {
  it.each([
    ['a javascript: link', 'Voir [le détail](javascript:alert(1)).', 'lien « javascript: »'],
    ['a vbscript: reference definition', 'Voir [le détail][r].\n\n[r]: vbscript:msgbox(1)', 'lien « vbscript: »'],
    ['a data: image', '![x](data:image/png;base64,AAAA)', 'image « data: »'],
    ['a //host link', 'Voir [le détail](//exemple.invalid/).', '« // »'],
    ['an entity-spelled javascript:', '[x](&#106;avascript&colon;alert(1))', '« javascript: »'],
  ])('%s', (_what, text, message) => {
    const found = checkMarkdownText(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
    // The page would not have shown it either: the render-time safety net stays.
    expect(markdownToHtml(text)).not.toMatch(/javascript:|vbscript:|data:|href="\/\//i);
  });

  it.each([
    ['plain text', 'Regrouper les services.'],
    ['an https link', 'Voir [le site](https://exemple.fr).'],
    ['HTML, which is shown as text', '<a href="javascript:alert(1)">x</a>'],
    ['an autolink written with angle brackets, shown as text', '<javascript:alert(1)>'],
    ['a list', '* Réduire les consommations\n* Former les agents'],
  ])('accepts %s', (_what, text) => {
    expect(checkMarkdownText(text)).toEqual([]);
  });
});
