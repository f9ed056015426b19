/**
 * HTML found inside spreadsheet cells (exports of web forms and of rich-text editors:
 * `<p>`, `<ul><li>`, `<b>`, `<br>`) turned into clean Markdown or plain text.
 *
 * Anything that could run in a browser is removed and reported, never kept: `<script>`,
 * `<style>`, `<iframe>`-like elements, `on…=` event handlers, `javascript:`/`data:` links.
 */

export interface HtmlConversion {
  text: string;
  /** True when the cell held HTML (tags or entities) and was converted. */
  changed: boolean;
  /** What was removed because it could run code ("balise <script>", "attribut onerror"). */
  removed: string[];
}

const TAG_RE = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/i;
const ENTITY_RE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** True when the cell contains HTML tags or character entities. */
export function looksLikeHtml(cell: string): boolean {
  return TAG_RE.test(cell) || ENTITY_RE.test(cell);
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', acirc: 'â', ccedil: 'ç',
  icirc: 'î', iuml: 'ï', ocirc: 'ô', ugrave: 'ù', ucirc: 'û', uuml: 'ü', oelig: 'œ',
  Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç', OElig: 'Œ', euro: '€', rsquo: '’',
  lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', ndash: '–', mdash: '—', deg: '°',
};

/** Decodes character entities (named ones staff tools emit, and every numeric one). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED[body] ?? match;
  });
}

// Elements whose content is code or an embedded document: dropped with their content.
const DROP_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math'];
const SAFE_HREF = /^(https?:|mailto:)/i;

interface Token {
  kind: 'text' | 'open' | 'close';
  name?: string;
  attrs?: string;
  text?: string;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const re = /<(\/?)([a-z][a-z0-9]*)\b([^<>]*)>|<!--[\s\S]*?-->/gi;
  let at = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > at) tokens.push({ kind: 'text', text: html.slice(at, m.index) });
    at = m.index + m[0].length;
    if (!m[2]) continue; // comment
    tokens.push({ kind: m[1] ? 'close' : 'open', name: m[2].toLowerCase(), attrs: m[3] });
  }
  if (at < html.length) tokens.push({ kind: 'text', text: html.slice(at) });
  return tokens;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : undefined;
}

/** A list bullet typed by hand inside an `<li>` ("- Mise en œuvre…", "• …"). */
const HAND_BULLET = /^\s*(?:[-–—•·*]|\d+[.)])\s+/;

/**
 * Converts a cell holding HTML to Markdown: paragraphs become blank-line separated blocks, `<br>`
 * a line break, `<ul>`/`<ol>` lists `* item`/`1. item` (never `- item`: a cell starting with
 * `-` would look like a formula to a spreadsheet), `<b>`/`<strong>` `**bold**`, `<i>`/`<em>`
 * `*italic*`, safe links `[text](https://…)`. Other tags are dropped, their text kept. Hand-typed
 * bullets inside list items ("- …") are removed, the list marker replaces them.
 *
 * A cell without tags or entities is returned unchanged (`changed: false`).
 */
export function htmlToMarkdown(cell: string): HtmlConversion {
  if (!looksLikeHtml(cell)) return { text: cell, changed: false, removed: [] };
  const removed: string[] = [];
  const note = (what: string) => {
    if (!removed.includes(what)) removed.push(what);
  };
  let out = '';
  const lists: { ordered: boolean; n: number }[] = [];
  let dropping: string | undefined;
  let linkHref: string | undefined;
  let linkText = '';
  let startOfItem = false;
  const emit = (s: string) => {
    if (linkHref !== undefined) linkText += s;
    else out += s;
  };

  for (const token of tokenize(cell)) {
    if (dropping) {
      if (token.kind === 'close' && token.name === dropping) dropping = undefined;
      continue;
    }
    if (token.kind === 'text') {
      let text = decodeEntities(token.text!).replace(/\s+/g, ' ');
      if (startOfItem) {
        text = text.replace(/^\s+/, '').replace(HAND_BULLET, '');
        if (text) startOfItem = false;
      }
      emit(text);
      continue;
    }
    const name = token.name!;
    if (token.attrs && /\bon[a-z]+\s*=/i.test(token.attrs)) {
      for (const m of token.attrs.matchAll(/\b(on[a-z]+)\s*=/gi)) note(`attribut ${m[1].toLowerCase()}`);
    }
    if (DROP_WITH_CONTENT.includes(name)) {
      note(`balise <${name}>`);
      if (token.kind === 'open' && !/\/\s*$/.test(token.attrs ?? '')) dropping = name;
      continue;
    }
    const open = token.kind === 'open';
    switch (name) {
      case 'p':
      case 'div':
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      case 'blockquote':
      case 'table': case 'tr':
        emit('\n\n');
        break;
      case 'td': case 'th':
        if (!open) emit(' ');
        break;
      case 'br':
        emit('\n');
        break;
      case 'ul':
      case 'ol':
        if (open) lists.push({ ordered: name === 'ol', n: 0 });
        else lists.pop();
        emit('\n\n');
        break;
      case 'li':
        if (open) {
          const list = lists[lists.length - 1] ?? { ordered: false, n: 0 };
          list.n++;
          const indent = '  '.repeat(Math.max(0, lists.length - 1));
          emit(`\n${indent}${list.ordered ? `${list.n}.` : '*'} `);
          startOfItem = true;
        } else emit('\n');
        break;
      case 'b':
      case 'strong':
        emit('**');
        break;
      case 'i':
      case 'em':
        emit('*');
        break;
      case 'a':
        if (open) {
          const href = attr(token.attrs ?? '', 'href');
          if (href && !SAFE_HREF.test(href.replace(/[\s\u0000-\u001f]/g, ''))) note(`lien « ${href.split(':')[0]}: »`);
          linkHref = href && SAFE_HREF.test(href.trim()) ? href.trim() : '';
          linkText = '';
        } else if (linkHref !== undefined) {
          const text = linkText.trim();
          const href = linkHref;
          linkHref = undefined;
          emit(href && text ? `[${text}](${href})` : text);
        }
        break;
      default:
        break; // span, font, u, sup…: text kept, tag dropped
    }
  }
  if (linkHref !== undefined) out += linkText;
  return { text: tidyMarkdown(out), changed: true, removed };
}

/** Spaces and blank lines as Markdown wants them; empty emphasis left by tags around nothing dropped. */
function tidyMarkdown(s: string): string {
  return s
    .replace(/\*\*\s*\*\*/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').replace(/\s+$/, '').replace(/^ (?! *(?:\*|\d+\.) )/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    // List items follow each other without blank lines.
    .replace(/(\n *(?:\*|\d+\.) [^\n]*)\n\n(?= *(?:\*|\d+\.) )/g, '$1\n')
    .trim();
}

/**
 * Markdown to one line of plain text, for columns that are not Markdown (titles, services):
 * emphasis markers dropped, list items and paragraphs joined with « ; » and spaces.
 */
export function markdownToPlain(md: string): string {
  const parts = md
    .split(/\n+/)
    .map((l) => l.replace(/^\s*(?:\*|\d+\.)\s+/, '').replace(/\*\*|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter(Boolean);
  // "Elle prévoit :" introduces what follows: no « ; » after a colon.
  return parts.reduce((acc, part) => (acc === '' ? part : /:$/.test(acc) ? `${acc} ${part}` : `${acc} ; ${part}`), '');
}
