import { markdownToHtml as satteriToHtml } from 'satteri';

const SAFE_HREF = /^(https?:|mailto:|\/|#|\.{0,2}\/)/i;

/**
 * Renders Markdown from a CSV cell (summaries, descriptions) to HTML that is safe to inject.
 *
 * CSV text is never trusted as HTML: `&`, `<` and `>` are escaped before parsing, so a cell such as
 * `<script>` or `<b onclick=…>` shows as text; only the tags Markdown syntax itself produces
 * (paragraphs, lists, emphasis, links) come out. Link targets other than http(s), mailto and
 * site-relative paths are dropped, so `javascript:` links render as plain text.
 * `inline` strips the outer paragraph for one-line cells.
 */
export function markdownToHtml(text: string, { inline = false } = {}): string {
  const escaped = text.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let html = satteriToHtml(escaped, { features: { frontmatter: false, rawHtml: false } }).html;
  html = html.replace(/<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (match, url: string, _rest: string, label: string) =>
    SAFE_HREF.test(url.replace(/&amp;/g, '&')) ? match : label,
  );
  html = html.replace(/<img\b[^>]*>/g, '');
  if (inline) html = html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
  return html.trim();
}
