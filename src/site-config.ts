/**
 * Site-wide settings. Content roots are overridable so benchmarks and test fixtures can build
 * other content: CONTENT_DIR (Markdown/MDX, default `content`) and DATA_DIR (CSV, default `data`).
 * The site's identity (name, publisher, host) comes from `<CONTENT_DIR>/site.yml` when present.
 */
import { resolve } from 'node:path';
import { IssueLog } from './lib/model/issues';
import { readSiteSettings, type SiteSettings } from './lib/model/site-settings';

/**
 * The forge where the project's files live, for "proposer une modification" links on action pages:
 * FORGE_EDIT_URL is the edit URL of the default branch, ending with `/` — GitLab
 * `https://gitlab.example/org/repo/-/edit/main/`, GitHub `https://github.com/org/repo/edit/main/`.
 * Unset: no such link. The pipelines in .gitlab-ci.yml and .github/workflows set it.
 * FORGE_COMMIT_URL is the forge's address of a commit without its id (`…/-/commit/`,
 * `…/commit/`), or with `{commit}` where the id goes: each change in a history links to its commit.
 */
export const forge = { editUrl: process.env.FORGE_EDIT_URL || undefined, commitUrl: process.env.FORGE_COMMIT_URL || undefined };

export const roots = {
  content: resolve(process.env.CONTENT_DIR || 'content'),
  data: resolve(process.env.DATA_DIR || 'data'),
};

/**
 * The site's settings for the pages. A site.yml with errors gives the defaults here: the plan
 * loader reads it with the same function and stops the build with its `file:line: key: message`
 * lines, as `npm run check` prints them (throwing here, while Astro loads the content config,
 * would bury them under Astro's own stack trace).
 */
function readSettings(): SiteSettings {
  return readSiteSettings(roots.content, new IssueLog());
}

export const site = readSettings();
export type { SiteSettings };
