import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseYaml } from '../yaml';
import { dangerousUrlKind, dangerousUrlMessage } from '../trust/urls';
import type { IssueLog } from './issues';
import { languageList } from './language-list';

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;
const isWebUrl = (v: string) => /^https?:\/\/[^/\\\s]/i.test(v) && URL.canParse(v);

/**
 * A URL field of site.yml: a web address, or (contact) an e-mail address. `javascript:`,
 * `vbscript:`, `data:` and `//host` get their own message: they reach the accessibility page,
 * catalog.jsonld and datapackage.json.
 */
const urlField = (allowEmail: boolean) =>
  z.string().superRefine((v, ctx) => {
    const kind = dangerousUrlKind(v);
    if (kind) ctx.addIssue({ code: 'custom', message: dangerousUrlMessage(kind, 'adresse', allowEmail ? 'https://… ou une adresse électronique' : 'https://…') });
    else if (!isWebUrl(v) && !(allowEmail && (EMAIL.test(v) || /^mailto:/i.test(v) && EMAIL.test(v.slice(7))))) {
      ctx.addIssue({ code: 'custom', message: allowEmail ? 'adresse web (https://…) ou électronique (contact@exemple.fr) attendue' : 'adresse web attendue (https://…)' });
    }
  });

export const SiteSchema = z.strictObject({
  title: z.string().default('Plans climat — données ouvertes'),
  tagline: z.string().default('Suivre les plans climat des collectivités : actions, avancement, données.'),
  publisher: z.string().default('Éditeur non renseigné'),
  publisher_url: urlField(false).optional(),
  host: z.string().default('Hébergeur non renseigné'),
  contact_url: urlField(true).optional(),
  /**
   * The interface languages, the first being the default (unprefixed URLs); the others are served
   * under `/<lang>/`. A subset of the languages the catalogue speaks (lib/i18n).
   */
  languages: languageList('du site').default(['fr']),
});
export type SiteSettings = z.infer<typeof SiteSchema>;

/**
 * Reads `<content>/site.yml` (the site's identity; absent: defaults) and validates it, logging
 * each problem as `content/site.yml:LINE: key: message`. `npm run check` (through loadPlans) and
 * the build (src/site-config.ts) both call it, so they report the same lines. On any error the
 * defaults are returned: the caller fails on the log.
 */
export function readSiteSettings(contentRoot: string, log: IssueLog): SiteSettings {
  const path = join(contentRoot, 'site.yml');
  const defaults = SiteSchema.parse({});
  if (!existsSync(path)) return defaults;
  const file = relative(process.cwd(), path) || path;
  // The shared reader: never throws, caps alias expansion (a "billion laughs" site.yml is one line).
  const yaml = parseYaml(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (yaml.problems.length > 0) {
    for (const problem of yaml.problems) log.error(file, problem.line, '-', `site.yml invalide : ${problem.message}`);
    return defaults;
  }
  const parsed = SiteSchema.safeParse(yaml.value ?? {});
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '-')];
    const message = issue.code === 'unrecognized_keys' ? `clé inconnue (clés possibles : ${Object.keys(SiteSchema.shape).join(', ')})` : issue.message;
    log.error(file, yaml.lineOf(issue.code === 'unrecognized_keys' ? [keys[0]] : issue.path), keys.join(', '), message);
  }
  return defaults;
}
