/**
 * Link targets that must never reach a page: they run code (`javascript:`, `vbscript:`), carry a
 * whole document (`data:`), or leave the site for a host the author did not spell out (`//host`,
 * which takes the page's scheme; browsers read `\` as `/` there too).
 */
export type DangerousKind = 'javascript:' | 'vbscript:' | 'data:' | '//';

const SCHEMES: readonly DangerousKind[] = ['javascript:', 'vbscript:', 'data:'];

/**
 * Says why a URL is dangerous, or undefined when it is not. The URL is read as a browser reads
 * an href: leading blanks and control characters ignored, tabs and line breaks dropped anywhere
 * ("java\tscript:" runs), scheme case-insensitive. Entities are the parser's job: pass the URL
 * as the Markdown parser decoded it (mdast `url`), or a YAML value as is.
 */
export function dangerousUrlKind(url: string): DangerousKind | undefined {
  // eslint-disable-next-line no-control-regex
  const seen = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  const scheme = SCHEMES.find((s) => seen.startsWith(s));
  if (scheme) return scheme;
  if (/^[/\\]{2}/.test(seen)) return '//';
  return undefined;
}

const FEMININE = new Set(['image', 'adresse']);

/** The French message for a dangerous URL, naming what was found and what to write instead. */
export function dangerousUrlMessage(kind: DangerousKind, what: 'lien' | 'image' | 'adresse' = 'lien', expected = 'une adresse https://…, mailto:… ou relative au site'): string {
  const found = kind === '//' ? 'commençant par « // » (adresse sans protocole)' : `« ${kind} »`;
  return `${what} ${found} interdit${FEMININE.has(what) ? 'e' : ''} (attendu : ${expected})`;
}
