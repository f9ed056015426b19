/**
 * A small HTML tokenizer for the build tests (no dependency). It is not a conforming HTML parser,
 * but it handles what our generated pages contain: quoted/unquoted attributes (with `>` inside
 * quotes), comments, doctype, raw-text elements (script, style) and escapable raw text (title, textarea).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface StartTag {
  type: 'start';
  name: string;
  attrs: Map<string, string>;
  /** Attribute names in source order, duplicates included (to detect them). */
  attrNames: string[];
  selfClosing: boolean;
  /** Offset of `<` in the source, for error messages. */
  offset: number;
}
export interface EndTag {
  type: 'end';
  name: string;
  offset: number;
}
export interface Text {
  type: 'text';
  /** Decoded text (raw content for script/style). */
  text: string;
  /** Name of the raw-text element this text is the content of, if any. */
  rawOf?: string;
  offset: number;
}
export type Token = StartTag | EndTag | Text;

const RAW_TEXT = new Set(['script', 'style']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»',
  hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', euro: '€',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', ecirc: 'ê', ocirc: 'ô', ucirc: 'û', icirc: 'î',
  Eacute: 'É', middot: '·', copy: '©', shy: '\u00ad', thinsp: '\u2009', nnbsp: '\u202f',
};

/** Decodes character references (numeric ones and the common named ones). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = html.length;
  const pushText = (from: number, to: number) => {
    if (to > from) tokens.push({ type: 'text', text: decodeEntities(html.slice(from, to)), offset: from });
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      pushText(i, n);
      break;
    }
    pushText(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (html[i + 1] === '/') {
      const m = /^<\/([a-zA-Z][a-zA-Z0-9:-]*)\s*>/.exec(html.slice(i, i + 200));
      if (m) {
        tokens.push({ type: 'end', name: m[1]!.toLowerCase(), offset: i });
        i += m[0].length;
      } else {
        const end = html.indexOf('>', i);
        i = end === -1 ? n : end + 1;
      }
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(i, i + 200));
    if (!nameMatch) {
      // A lone `<` in text.
      pushText(i, i + 1);
      i += 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    const offset = i;
    i += nameMatch[0].length;
    const attrs = new Map<string, string>();
    const attrNames: string[] = [];
    let selfClosing = false;
    // Attributes.
    for (;;) {
      while (i < n && /\s/.test(html[i]!)) i++;
      if (i >= n) break;
      if (html[i] === '>') {
        i++;
        break;
      }
      if (html[i] === '/' && html[i + 1] === '>') {
        selfClosing = true;
        i += 2;
        break;
      }
      if (html[i] === '/') {
        i++;
        continue;
      }
      const an = /^[^\s"'>/=]+/.exec(html.slice(i, i + 500));
      if (!an) {
        i++;
        continue;
      }
      const attrName = an[0].toLowerCase();
      i += an[0].length;
      while (i < n && /\s/.test(html[i]!)) i++;
      let value = '';
      if (html[i] === '=') {
        i++;
        while (i < n && /\s/.test(html[i]!)) i++;
        const q = html[i];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, i + 1);
          value = html.slice(i + 1, end === -1 ? n : end);
          i = end === -1 ? n : end + 1;
        } else {
          const m = /^[^\s>]*/.exec(html.slice(i))!;
          value = m[0];
          i += m[0].length;
        }
      }
      attrNames.push(attrName);
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    tokens.push({ type: 'start', name, attrs, attrNames, selfClosing, offset });
    if ((RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) && !selfClosing) {
      const close = new RegExp(`</${name}\\s*>`, 'i');
      const rest = html.slice(i);
      const m = close.exec(rest);
      const contentEnd = m ? i + m.index : n;
      const raw = html.slice(i, contentEnd);
      tokens.push({ type: 'text', text: RAW_TEXT.has(name) ? raw : decodeEntities(raw), rawOf: name, offset: i });
      if (m) {
        tokens.push({ type: 'end', name, offset: contentEnd });
        i = contentEnd + m[0].length;
      } else {
        i = n;
      }
    }
  }
  return tokens;
}

export function startTags(tokens: Token[], name?: string): StartTag[] {
  return tokens.filter((t): t is StartTag => t.type === 'start' && (name === undefined || t.name === name));
}

/** Line number (1-based) of an offset, for error messages. */
export function lineOf(html: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < html.length; i++) if (html.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Text content and attributes of every element `name` that sits inside an element `within`
 * (e.g. the links of the footer), with the text of nested elements included.
 */
export function elementsWithText(tokens: Token[], name: string, within?: string): { tag: StartTag; text: string }[] {
  const out: { tag: StartTag; text: string }[] = [];
  let withinDepth = within ? 0 : 1;
  let current: { tag: StartTag; text: string; depth: number } | undefined;
  for (const t of tokens) {
    if (t.type === 'start') {
      if (within && t.name === within && !t.selfClosing) withinDepth++;
      if (withinDepth > 0 && t.name === name && !current) {
        current = { tag: t, text: '', depth: 0 };
        if (VOID_ELEMENTS.has(name) || t.selfClosing) {
          out.push({ tag: t, text: '' });
          current = undefined;
          continue;
        }
      }
      if (current && t.name === name) current.depth++;
      // Alternative text of images counts as link text.
      if (current && t.name === 'img') current.text += ` ${t.attrs.get('alt') ?? ''} `;
    } else if (t.type === 'end') {
      if (current && t.name === name) {
        current.depth--;
        if (current.depth === 0) {
          out.push({ tag: current.tag, text: current.text.replace(/\s+/g, ' ').trim() });
          current = undefined;
        }
      }
      if (within && t.name === within) withinDepth = Math.max(0, withinDepth - 1);
    } else if (current && !t.rawOf) {
      current.text += t.text;
    }
  }
  return out;
}

/** Every file under `dir` (recursively) whose name ends with one of `exts`, as paths relative to `dir` with `/`. */
export function listFiles(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && exts.some((e) => entry.name.endsWith(e))) out.push(relative(dir, full).split(sep).join('/'));
      else if (entry.isSymbolicLink() && statSync(full).isFile() && exts.some((e) => entry.name.endsWith(e)))
        out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Parses a CSP policy string into directive → source list. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, values); // the first occurrence wins, as in browsers
  }
  return out;
}
