/**
 * The two downloads of one action, `donnees/<plan>/actions/<id>.csv|json`: the action and
 * everything attached to it. Written from the action's rows alone, so that the whole-site exports
 * (bundle.ts, from the plan's rows grouped by action) and a single action page (dev server, from
 * the plan's index: {@link actionDataFiles}) give the same bytes.
 */
import type { PlanIndex } from '../model/queries';
import { paths } from '../urls';
import { cellText, CSV_NEWLINE, pick } from './csv';
import { actionRows, type RowContext, type TableRows } from './rows';
import { EXPORT_TABLES, type ExportTable } from './schema';
import Papa from 'papaparse';

/** The per-action CSV's columns: one line per filled cell, `table,key,field,value` (see the field documentation). */
export const ACTION_CSV_COLUMNS = [{ name: 'table' }, { name: 'key' }, { name: 'field' }, { name: 'value' }];

/** A written per-action file (structurally a DataFile of bundle.ts). */
export interface ActionFile {
  path: string;
  body: string;
  mediaType: string;
  bytes: number;
}

export interface ActionFiles {
  csv: ActionFile;
  json: ActionFile;
}

export function actionCsv(bundle: TableRows): string {
  const lines: string[][] = [];
  for (const table of EXPORT_TABLES) {
    for (const row of bundle[table.name]) {
      const key = table.primaryKey.map((k) => cellText(row[k] ?? null)).join(' | ');
      for (const c of table.columns) {
        if (c.name === 'plan' || (c.name === 'fictif' && table.name !== 'plans')) continue;
        const v = row[c.name] ?? null;
        if (v !== null) lines.push([table.name, key, c.name, cellText(v)]);
      }
    }
  }
  return Papa.unparse({ fields: ACTION_CSV_COLUMNS.map((c) => c.name), data: lines }, { delimiter: ',', newline: CSV_NEWLINE, quotes: false, escapeFormulae: false }) + CSV_NEWLINE;
}

/** @param documentation absolute URL of the field documentation (the data's fields page, default language) */
export function actionJson(bundle: TableRows, documentation: string): string {
  const columns = (name: ExportTable['name']) => EXPORT_TABLES.find((t) => t.name === name)!.columns;
  const rowsOf = (name: ExportTable['name']) => bundle[name].map((r) => pick(columns(name), r));
  const doc = {
    documentation,
    plan: rowsOf('plans')[0],
    action: rowsOf('actions')[0],
    action_parents: rowsOf('action_parents'),
    subactions: rowsOf('subactions'),
    partners: rowsOf('partners'),
    indicators: rowsOf('indicators'),
    indicator_values: rowsOf('indicator_values'),
    budget_lines: rowsOf('budget_lines'),
    updates: rowsOf('updates'),
    extra_fields: rowsOf('extra_fields'),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

const text = (path: string, body: string, mediaType: string): ActionFile => ({ path, body, mediaType, bytes: Buffer.byteLength(body, 'utf8') });

/** The two files of one action, from its rows (see rows.ts: actionRowsGrouped, actionRows). */
export function actionFilesOf(plan: string, actionId: string, bundle: TableRows, documentation: string): ActionFiles {
  return {
    csv: text(paths.actionData(plan, actionId, 'csv'), actionCsv(bundle), 'text/csv; charset=utf-8'),
    json: text(paths.actionData(plan, actionId, 'json'), actionJson(bundle, documentation), 'application/json; charset=utf-8'),
  };
}

/**
 * The two files of one action computed from the plan's index alone, O(the action's rows): what
 * buildExports writes for it, byte for byte, given the same site URL and last-update day.
 */
export function actionDataFiles(index: PlanIndex, actionId: string, ctx: RowContext): ActionFiles {
  return actionFilesOf(index.plan.meta.slug, actionId, actionRows(index, actionId, ctx), ctx.siteUrl + paths.dataFields());
}
