import type { FrontmatterFile } from './frontmatter-file';
import type { IssueLog } from './issues';

/**
 * The words the tools write where staff still have to write something: the importer's and
 * `npm run new-plan`'s plan.md stubs use them, and `npm run check` finds them. One list, so a
 * placeholder a tool writes can never be published unnoticed. Compared without case, the most
 * specific first (it is the one named in the message).
 */
export const PLACEHOLDERS = ['titre à compléter', 'à compléter', 'à rédiger'] as const;

/** The placeholder a text holds, if any. */
export function findPlaceholder(text: string): string | undefined {
  const lower = text.toLocaleLowerCase('fr');
  return PLACEHOLDERS.find((p) => lower.includes(p));
}

interface Found {
  line: number;
  field: string;
  placeholder: string;
}

/** Every string of a parsed YAML value, with its dotted path (`sources.0.title`). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}.${i}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/**
 * Placeholders left in a plan.md: in its frontmatter values (the parsed YAML, so a commented-out
 * key is never taken for a value) and in its presentation text.
 */
export function findPlanPlaceholders(plan: FrontmatterFile): Found[] {
  const found: Found[] = [];
  for (const [key, value] of Object.entries(plan.data)) {
    for (const [field, text] of strings(value, key)) {
      const placeholder = findPlaceholder(text);
      if (placeholder) found.push({ line: plan.keyLines.get(key) ?? 1, field, placeholder });
    }
  }
  plan.body.split('\n').forEach((text, i) => {
    const placeholder = findPlaceholder(text);
    if (placeholder) found.push({ line: plan.bodyLine + i, field: 'contenu', placeholder });
  });
  return found;
}

/**
 * Reports the placeholders of a plan.md. In a draft they are warnings (what is left to write);
 * once `draft` is removed, each one is an error: a plan is never published « À compléter ».
 */
export function checkPlaceholders(plan: FrontmatterFile, file: string, draft: boolean, log: IssueLog): void {
  for (const f of findPlanPlaceholders(plan)) {
    if (draft) log.warn(file, f.line, f.field, `reste à compléter (« ${f.placeholder} »)`);
    else log.error(file, f.line, f.field, `texte provisoire « ${f.placeholder} » à remplacer avant publication (ou remettez « draft: true » pour garder le plan en brouillon)`);
  }
}
