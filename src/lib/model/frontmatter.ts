import { z } from 'astro/zod';
import { STATUSES } from '../normalise/status';
import { TABLES } from './tables';
import { RESERVED_SEGMENTS } from '../urls';

const year = z.number().int().min(1900).max(2100);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ'));
const slug = z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'identifiant attendu : minuscules, chiffres, « . », « _ » ou « - »');
// Content trust: a link in plan.md is a web address, never `javascript:` or `data:`.
const webUrl = z.url({ protocol: /^https?$/, error: 'adresse web attendue (https://…)' });
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;
/**
 * Where citizens report an error in the plan: an e-mail address (a service's, never a person's)
 * or a web page (a contact form). Shown as "signaler une erreur" on every action page.
 */
const contact = z.string().refine((v) => EMAIL.test(v) || webUrl.safeParse(v).success, {
  message: 'adresse électronique (climat@exemple.fr) ou adresse web (https://…) attendue',
});

/** Licence Ouverte 2.0 (Etalab) is the default licence of French public data. */
export const DEFAULT_LICENCE = {
  name: 'Licence Ouverte 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

/** Frontmatter of `content/<plan>/plan.md`. Unknown keys are errors (a typo must not vanish). */
export const PlanFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  short_title: z.string().optional(),
  territory: z.string().min(1),
  territory_code: z.strictObject({ scheme: z.enum(['SIREN', 'INSEE', 'NIS', 'autre']), value: z.string() }).optional(),
  kind: z.string().optional(),
  description: z.string().optional(),
  period: z.strictObject({ start: year, end: year }).optional(),
  adopted: isoDate.optional(),
  document: z.strictObject({ title: z.string(), url: webUrl.optional() }).optional(),
  licence: z.strictObject({ name: z.string(), url: webUrl.optional() }).optional(),
  contact: contact.optional(),
  levels: z
    .array(
      z.strictObject({
        id: slug.refine((id) => !(RESERVED_SEGMENTS as readonly string[]).includes(id), {
          message: `identifiant de niveau réservé (déjà utilisé par le site : ${RESERVED_SEGMENTS.join(', ')})`,
        }),
        label: z.string(),
        plural: z.string(),
      }),
    )
    .default([]),
  action_label: z.strictObject({ singular: z.string(), plural: z.string() }).optional(),
  subaction_label: z.strictObject({ singular: z.string(), plural: z.string() }).optional(),
  statuses: z.record(z.string(), z.enum(STATUSES)).optional(),
  fictional: z.boolean().default(false),
  /** A plan being written: shown by `npm run dev`, never published (see lib/model/publish.ts). */
  draft: z.boolean().default(false),
  order: z.number().int().default(100),
  sources: z.array(z.strictObject({ title: z.string(), url: webUrl.optional(), note: z.string().optional() })).default([]),
});
export type PlanFrontmatter = z.infer<typeof PlanFrontmatterSchema>;

/**
 * Frontmatter of an action fiche (`content/<plan>/actions/<id>.md|mdx`): the columns of
 * `actions.csv`, where list columns may be YAML lists. A fiche may define an action on its own or
 * complete the CSV row with the same id (never redefine a filled field).
 */
const cell = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v));
const listCell = z.union([cell, z.array(cell)]).transform((v) => (Array.isArray(v) ? v.join(' ; ') : v));
const actionShape = Object.fromEntries(
  TABLES.actions.fields.map((f) => {
    const isList = f.type === 'refs' || f.type === 'list' || f.type === 'enums';
    const base = isList ? listCell : cell;
    return [f.name, f.name === 'id' ? cell : base.optional()];
  }),
);
export const FicheFrontmatterSchema = z.strictObject(actionShape);
export type FicheFrontmatter = Record<string, string | undefined>;
