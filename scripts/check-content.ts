/**
 * `npm run check`: loads every plan exactly as the build does and prints every problem at once,
 * as `file:line: field: message`. Exit code 1 when at least one is an error.
 * Honours CONTENT_DIR and DATA_DIR like the build.
 */
import { resolve } from 'node:path';
import { formatIssue } from '../src/lib/model/issues';
import { loadPlans } from '../src/lib/model/load';

const roots = {
  content: resolve(process.env.CONTENT_DIR || 'content'),
  data: resolve(process.env.DATA_DIR || 'data'),
};
const { plans, issues } = loadPlans(roots);
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((i) => i.severity === 'error').length;
const warnings = issues.length - errors;
const actions = plans.reduce((n, p) => n + p.actions.length, 0);
console.log(`${plans.length} plan(s), ${actions} action(s) : ${errors} erreur(s), ${warnings} avertissement(s).`);
process.exit(errors > 0 ? 1 : 0);
