/**
 * Text metrics for chart layout, computed at build time without a DOM.
 *
 * Charts are drawn in CSS pixels — percentages across, pixels down (see `scales.ts`) — so their
 * text is never scaled down with the drawing. Widths are estimated from the
 * character count with a deliberately generous average advance: an overestimate only costs a
 * label that is wrapped or left out when it would have fitted, while an underestimate would let
 * two labels overlap.
 */

/** Font size of chart text, in CSS px (the stylesheet sets the same value). */
export const FONT_SIZE = 13;
/** Height of one line of chart text, in px. */
export const LINE_HEIGHT = 17;

/**
 * Narrowest drawing width we lay out for, in px: a 320 px screen minus the page's padding.
 * Labels are placed so that they do not overlap at this width; wider screens only add room.
 */
export const MIN_WIDTH = 288;

// Advance widths in ems, calibrated on DejaVu Sans (the widest of the usual system sans-serif
// fonts, and Linux's default): narrow glyphs (i, l, punctuation, spaces), digits, wide glyphs
// (m, w, €, %) and capitals are told apart so that "1 234" and "MOBILITÉ" are both safe.
const NARROW = /[\s.,:;'’|!iIlj()[\]/-]/u;
const DIGIT = /\d/u;
const WIDE = /[MWmw@%€]/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Estimated width of a text in px (an overestimate for common fonts, see above).
 * @param text the text as drawn
 * @param fontSize font size in px (default {@link FONT_SIZE})
 * @param bold true for bold or semi-bold text, about an eighth wider
 */
export function textWidth(text: string, fontSize = FONT_SIZE, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (DIGIT.test(ch)) ems += 0.64;
    else if (NARROW.test(ch)) ems += 0.33;
    else if (WIDE.test(ch)) ems += 0.92;
    else if (CAPITAL.test(ch)) ems += 0.72;
    else ems += 0.6;
  }
  return Math.ceil(ems * fontSize * (bold ? 1.13 : 1));
}

/**
 * Cuts a text to fit `maxWidth` px, ending with "…" when cut (at a word boundary when one is
 * close enough). Returns the text unchanged when it fits.
 */
export function truncate(text: string, maxWidth: number, fontSize = FONT_SIZE): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  let cut = chars.slice(0, lo).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * Breaks a text into lines of at most `maxWidth` px, at spaces; a word longer than a line is
 * cut. With more lines than `maxLines`, the last line ends with "…".
 * @returns at least one line ('' for an empty text)
 */
export function wrap(text: string, maxWidth: number, maxLines = 2, fontSize = FONT_SIZE): string[] {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  const fitted = lines.map((l) => (textWidth(l, fontSize) > maxWidth ? truncate(l, maxWidth, fontSize) : l));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${lines.slice(maxLines - 1).join(' ')}`, maxWidth, fontSize);
  return kept;
}
