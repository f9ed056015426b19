/**
 * Site-wide settings. Content roots are overridable so benchmarks and test fixtures can build
 * other content: CONTENT_DIR (Markdown/MDX, default `content`) and DATA_DIR (CSV, default `data`).
 * The site's identity (name, publisher, host) comes from `<CONTENT_DIR>/site.yml` when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

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

const SiteSchema = z.strictObject({
  title: z.string().default('Plans climat — données ouvertes'),
  tagline: z.string().default('Suivre les plans climat des collectivités : actions, avancement, données.'),
  publisher: z.string().default('Éditeur non renseigné'),
  publisher_url: z.url().optional(),
  host: z.string().default('Hébergeur non renseigné'),
  contact_url: z.string().optional(),
  lang: z.string().default('fr'),
});
export type SiteSettings = z.infer<typeof SiteSchema>;

function readSettings(): SiteSettings {
  const file = join(roots.content, 'site.yml');
  const raw = existsSync(file) ? parse(readFileSync(file, 'utf8')) ?? {} : {};
  const parsed = SiteSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '-'}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}

export const site = readSettings();
