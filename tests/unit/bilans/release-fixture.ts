/** Reads a fixture release folder (tests/fixtures/bilans/<plan>/<id>/) into a Release, as getReleases would. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/lib/csv/parse';
import { IssueLog } from '../../../src/lib/model/issues';
import type { Release } from '../../../src/lib/bilans/types';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/bilans');

export function fixtureRelease(plan: string, id: string, date = `${id}-12-31`): Release {
  const dir = join(FIXTURES, plan, id);
  const log = new IssueLog();
  const names = readdirSync(dir).sort();
  const tables: Release['tables'] = {};
  for (const name of names.filter((n) => n.endsWith('.csv'))) {
    tables[name.slice(0, -4)] = parseCsv(readFileSync(join(dir, name), 'utf8'), name, log).rows.map((r) => r.values);
  }
  if (log.errors.length > 0) throw new Error(log.errors.map((e) => e.message).join('\n'));
  return { info: { id, title: `Bilan ${id}`, date }, dir, files: names.map((name) => ({ name, sha256: '', bytes: 0 })), tables };
}
