// Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks). The content
// never holds them in practice; dropping them is a last guard so a workbook or a feed always parses.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and double-quoted attributes (workbooks, Atom feeds). */
export function escapeXml(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
