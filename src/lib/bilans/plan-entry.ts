/**
 * Adding a bilan's entry to plan.md: a YAML-aware edit of the front matter (the `bilans:` list is
 * found in the parsed tree, never by matching lines), inserting text at one place so that every
 * other byte of the file stays as staff wrote it (comments, quotes, order, line ends).
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { ReleaseInfo } from './types';

/** The entry's lines at `indent` (the column of the list's `-`), values quoted as JSON strings (valid YAML). */
function entryLines(info: ReleaseInfo, indent: string, eol: string): string {
  return [`${indent}- id: ${JSON.stringify(info.id)}`, `${indent}  title: ${JSON.stringify(info.title)}`, `${indent}  date: ${info.date}`].map((l) => l + eol).join('');
}

/**
 * plan.md's text with `info` added at the end of its `bilans:` list (the key is created at the end
 * of the front matter when absent; `bilans: []` becomes a block list), or an error in French when
 * the front matter cannot be edited safely.
 */
export function addBilanEntry(text: string, info: ReleaseInfo): { text: string } | { error: string } {
  const head = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n)---(\r?\n|$)/.exec(text);
  if (!head) return { error: 'en-tête YAML absent (le fichier doit commencer par « --- »)' };
  const eol = head[3];
  const start = head[1].length;
  const yaml = head[2];
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { error: 'en-tête YAML invalide : corrigez-le (npm run check) avant de couper un bilan' };
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'bilans');
  const insert = (at: number, piece: string) => ({ text: text.slice(0, start + at) + piece + text.slice(start + at) });
  if (!pair) {
    // After the last line of the front matter, before the closing `---`.
    return insert(yaml.length, `${eol}bilans:${eol}${entryLines(info, '  ', eol).slice(0, -eol.length)}`);
  }
  const value = pair.value;
  if (isSeq(value) && !value.flow && value.items.length > 0 && value.range) {
    // The column of the list's `-`: that of its first item, minus the two characters of "- ".
    const first = value.items[0] as { range?: [number, number, number] };
    const lineStart = yaml.lastIndexOf('\n', (first.range?.[0] ?? value.range[0]) - 1) + 1;
    const indent = ' '.repeat(Math.max(0, (first.range?.[0] ?? value.range[0]) - lineStart - 2));
    const end = value.range[1];
    const lineEnd = yaml.indexOf('\n', end - 1);
    if (lineEnd === -1) return insert(yaml.length, eol + entryLines(info, indent, eol).slice(0, -eol.length));
    return insert(lineEnd + 1, entryLines(info, indent, eol));
  }
  const empty = (isSeq(value) && value.items.length === 0) || value === null || (isScalar(value) && value.value === null);
  if (!empty) return { error: '« bilans » doit être une liste (id, title, date) : corrigez-la avant de couper un bilan' };
  // `bilans:` or `bilans: []`: the value is replaced by a block list.
  const key = pair.key as { range?: [number, number, number] };
  const from = (key.range?.[1] ?? 0) + 1;
  const to = isSeq(value) && value.range ? value.range[1] : from;
  const rest = yaml.slice(to);
  const block = `${eol}${entryLines(info, '  ', eol).slice(0, -eol.length)}`;
  return { text: text.slice(0, start + from) + block + (rest.startsWith('\n') || rest.startsWith('\r') || rest === '' ? '' : eol) + text.slice(start + to) };
}
