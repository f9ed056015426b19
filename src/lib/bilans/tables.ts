/**
 * Reading a release's tables loosely: a release is frozen with the columns its exporter wrote
 * that day, so every accessor here tolerates a missing table, a missing column or an extra one.
 */
import { STATUSES, normaliseStatus, type Status } from '../normalise/status';
import type { UiLanguage } from '../i18n/languages';
import type { LocalText } from '../i18n/localize';
import type { Release } from './types';

export type ReleaseRow = Record<string, string>;

/** The rows of `table` (empty when that day's exporter did not write it). */
export function rowsOf(release: Release, table: string): ReleaseRow[] {
  return release.tables[table] ?? [];
}

/** A cell, trimmed; '' when the column is absent. */
export function cell(row: ReleaseRow | undefined, column: string): string {
  return (row?.[column] ?? '').trim();
}

/** A number written in plain form by the exporter (`3500000`, `12.5`); undefined when empty or not a number. */
export function numberCell(row: ReleaseRow | undefined, column: string): number | undefined {
  const text = cell(row, column);
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

/**
 * The canonical status of an action row: its `status` column when it holds a canonical id, else
 * its wording (`status_label`, or `status` itself from an exporter that wrote the wording there)
 * read through the built-in dictionary; `non_renseigne` when neither says anything known.
 */
export function statusOf(row: ReleaseRow): Status {
  const canonical = cell(row, 'status');
  if (isStatus(canonical)) return canonical;
  const read = normaliseStatus(cell(row, 'status_label') || canonical);
  return read.ok ? read.status : 'non_renseigne';
}

/**
 * A plan's text from a release row, for a reader of `language`: the `<field>_<language>` column
 * when the release carries a non-empty one, else the original marked with the plan's language.
 * The words are the release's own, never today's content.
 */
export function releaseText(row: ReleaseRow | undefined, field: string, language: UiLanguage, source: UiLanguage): LocalText | undefined {
  const original = cell(row, field);
  if (!original) return undefined;
  if (language === source) return { text: original, lang: source, translated: true };
  const translation = cell(row, `${field}_${language}`);
  if (translation) return { text: translation, lang: language, translated: true };
  return { text: original, lang: source, translated: false };
}

/** Rows by the value of `column` (first row wins on a duplicate: releases were valid when cut). */
export function byKey(rows: ReleaseRow[], key: (row: ReleaseRow) => string): Map<string, ReleaseRow> {
  const map = new Map<string, ReleaseRow>();
  for (const row of rows) {
    const k = key(row);
    if (k !== '' && !map.has(k)) map.set(k, row);
  }
  return map;
}
