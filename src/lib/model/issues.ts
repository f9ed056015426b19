/**
 * A problem found in the content, located precisely enough for a non-developer to fix it:
 * `file:line: field: message`. Errors fail the build; warnings are printed and kept.
 */
export type Severity = 'error' | 'warning';

export interface ContentIssue {
  severity: Severity;
  /** Path relative to the project root (or as given), e.g. `data/dijon/actions.csv`. */
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the file as a whole. */
  line: number;
  /** Column, frontmatter key or `-` when the problem is not about one field. */
  field: string;
  message: string;
}

/** Formats an issue as `file:line: field: message` (the line is omitted when unknown). */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const prefix = issue.severity === 'warning' ? 'avertissement: ' : '';
  return `${where}: ${issue.field}: ${prefix}${issue.message}`;
}

/** Collects issues while loading, so every problem is reported at once instead of the first one. */
export class IssueLog {
  readonly issues: ContentIssue[] = [];

  error(file: string, line: number, field: string, message: string): void {
    this.issues.push({ severity: 'error', file, line, field, message });
  }

  warn(file: string, line: number, field: string, message: string): void {
    this.issues.push({ severity: 'warning', file, line, field, message });
  }

  get errors(): ContentIssue[] {
    return this.issues.filter((i) => i.severity === 'error');
  }

  get warnings(): ContentIssue[] {
    return this.issues.filter((i) => i.severity === 'warning');
  }
}

/** Thrown when content has errors: its message lists every error, one per line. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `${errors.length} erreur(s) dans le contenu :\n` + errors.map(formatIssue).join('\n'),
    );
    this.name = 'ContentError';
    // Content errors are the staff's to fix, not a crash: the build shows the list, without a
    // stack trace pointing into the loader, and says what to do next.
    this.stack = this.message;
  }

  /** Shown by Astro under the message. */
  readonly hint = 'Corrigez ces lignes (npm run check les liste toutes, avertissements compris), puis relancez la construction.';
}
