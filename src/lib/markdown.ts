import { markdownToHtml as satteriToHtml, type Features } from 'satteri';

const SAFE_HREF = /^(https?:|mailto:|\/|#|\.{0,2}\/)/i;

/** Parser features for Markdown from CSV cells: no frontmatter, raw HTML never parsed as HTML. */
export const CELL_FEATURES = { frontmatter: false, rawHtml: false } as const satisfies Features;

/**
 * CSV text is never trusted as HTML: `&`, `<` and `>` are escaped before parsing, so a cell such as
 * `<script>` or `<b onclick=…>` shows as text. The content check (lib/trust) parses the very same
 * escaped text, so it sees the links the page would get.
 */
export function escapeCellText(text: string): string {
  return text.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders Markdown from a CSV cell (summaries, descriptions) to HTML that is safe to inject: only
 * the tags Markdown syntax itself produces (paragraphs, lists, emphasis, links) come out.
 * Dangerous link targets are errors of the content check (lib/trust/markdown-text.ts); as a
 * safety net, link targets other than http(s), mailto and site-relative paths are still dropped
 * here, and images removed. `inline` strips the outer paragraph for one-line cells.
 */
export function markdownToHtml(text: string, { inline = false } = {}): string {
  let html = satteriToHtml(escapeCellText(text), { features: CELL_FEATURES }).html;
  html = html.replace(/<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (match, url: string, _rest: string, label: string) =>
    SAFE_HREF.test(url.replace(/&amp;/g, '&')) && !url.startsWith('//') ? match : label,
  );
  html = html.replace(/<img\b[^>]*>/g, '');
  if (inline) html = html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
  return html.trim();
}
