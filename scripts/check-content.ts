/**
 * `npm run check`: loads every plan exactly as the build does and prints every problem at once,
 * as `file:line: field: message`. Exit code 1 when at least one is an error (warnings alone: 0).
 * Honours CONTENT_DIR and DATA_DIR like the build.
 *
 * Never prints a stack trace: an unexpected failure (unreadable folder, a bug) is reported as one
 * line naming the content roots, with exit code 1.
 */
import { resolve } from 'node:path';
import { formatIssue } from '../src/lib/model/issues';
import { loadPlans } from '../src/lib/model/load';

const roots = {
  content: resolve(process.env.CONTENT_DIR || 'content'),
  data: resolve(process.env.DATA_DIR || 'data'),
};

try {
  const { plans, issues } = loadPlans(roots);
  for (const issue of issues) console.log(formatIssue(issue));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const actions = plans.reduce((n, p) => n + p.actions.length, 0);
  console.log(`${plans.length} plan(s), ${actions} action(s) : ${errors} erreur(s), ${warnings} avertissement(s).`);
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.log(`${roots.content}: -: vérification interrompue par une erreur inattendue : ${message} (à signaler aux développeurs)`);
  process.exitCode = 1;
}
