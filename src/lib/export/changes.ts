/**
 * The open-data file of a plan's changes, `donnees/<plan>/changements.csv|json`: one row per field
 * change, raw values as the source files held them (see lib/history). Same writers as the tables.
 */
import type { PlanChange } from '../history/changes';
import { toCsv, toJson } from './csv';
import type { ResourceTable } from './datapackage';
import type { Column } from './schema';
import type { Row } from './rows';
import { messages, type UiLanguage } from '../i18n';

/** The changes file as a data package resource, documented in `language`; rows have no key (several changes of one field may share a commit). */
export function changesTableIn(language: UiLanguage): ResourceTable {
  const w = messages(language).data.columns.changes;
  const col = (name: keyof typeof w, example?: string, type: Column['type'] = 'string'): Column => ({
    name,
    type,
    nature: 'ajoute',
    origin: w.origin,
    description: w[name],
    ...(example ? { example } : {}),
  });
  // Examples are values as the file holds them (data, never translated).
  const columns: Column[] = [
    col('date', '2026-03-12', 'date'),
    col('commit', '9c5d2a7…'),
    col('entity', 'actions'),
    col('entity_id', 'km|2025|resultat'),
    col('action_id', 'ta1-a03'),
    { ...col('change', 'modification'), values: ['ajout', 'retrait', 'modification'] },
    col('field', 'status'),
    col('old_value', 'En cours'),
    col('new_value', 'Réalisé'),
    col('public_note'),
  ];
  return { name: 'changements', title: w.title, description: w.description, primaryKey: [], columns };
}

/** The changes file documented in the catalogue's source language (French). */
export const CHANGES_TABLE: ResourceTable = changesTableIn('fr');

/** Columns of the changes file, in order; also documented on the field page and in the data package. */
export const CHANGE_COLUMNS: Column[] = CHANGES_TABLE.columns;

/** Rows of the file, newest change first (the file's order within a commit kept). */
export function changeRows(changes: PlanChange[]): Row[] {
  // Commits newest first, each commit's changes in file order.
  const byCommit: PlanChange[][] = [];
  for (const c of changes) {
    const last = byCommit[byCommit.length - 1];
    if (last && last[0].commit === c.commit) last.push(c);
    else byCommit.push([c]);
  }
  return byCommit
    .reverse()
    .flat()
    .map((c) => ({
      date: c.date,
      commit: c.commit,
      entity: c.entity,
      entity_id: c.entityId,
      action_id: c.actionId || null,
      change: c.kind,
      field: c.field || null,
      old_value: c.old || null,
      new_value: c.new || null,
      public_note: c.note || null,
    }));
}

export const changesCsv = (changes: PlanChange[]) => toCsv(CHANGE_COLUMNS, changeRows(changes));
export const changesJson = (changes: PlanChange[]) => toJson(CHANGE_COLUMNS, changeRows(changes));
