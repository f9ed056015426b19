import { basename } from 'node:path';
import { normaliseBudget } from '../normalise/budget';
import { normaliseDate, type PartialDate } from '../normalise/date';
import { normaliseStatus, type Status } from '../normalise/status';
import { deriveStatus } from './derive-status';
import { DEFAULT_LICENCE, PlanFrontmatterSchema, TranslatedFicheFrontmatterSchema, ficheFrontmatterSchema, frontmatterMessage } from './frontmatter';
import type { IssueLog } from './issues';
import type { UiLanguage } from '../i18n/languages';
import { messages } from '../i18n';
import { checkPlaceholders } from './placeholders';
import type { PlanSource } from './read';
import type {
  ExtraField,
  Action,
  BudgetLine,
  HierarchyNode,
  Indicator,
  IndicatorValue,
  Partner,
  Plan,
  PlanMeta,
  StatusValue,
  SubAction,
  Update,
} from './types';
import { TABLES, type TableName } from './tables';
import {
  TRANSLATABLE_FIELDS,
  TRANSLATABLE_PLAN_KEYS,
  TRANSLATABLE_PLAN_SUBKEYS,
  languageProblem,
  orphanMessage,
  orphanTranslations,
  parseTranslatedName,
  translatedNameProblem,
  translationsOf,
  withTranslatedColumns,
} from './translatable';
import type { Translations } from '../i18n/localize';
import { rowSchema, splitList, type ValidRow } from './validate';

const opt = (s: string | undefined): string | undefined => (s ? s : undefined);
const num = (s: string | undefined): number | undefined => (s ? Number(s) : undefined);

function readMeta(source: PlanSource, log: IssueLog, siteLanguages: readonly UiLanguage[]): PlanMeta | undefined {
  const { plan, planFile, slug } = source;
  if (plan.invalid) return undefined;
  const parsed = PlanFrontmatterSchema.safeParse(plan.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
      const field = unknownKeys ? unknownKeys.join(', ') : issue.path.length > 0 ? issue.path.join('.') : '-';
      // A top-level `title_de`, `title_NL`, `period_nl`: a translation plan.md cannot hold, said
      // as such (those in a language the site speaks are in the schema, checked below).
      const topKeys = Object.keys(PlanFrontmatterSchema.shape);
      const translated = unknownKeys?.length === 1 && issue.path.length === 0 ? parseTranslatedName(unknownKeys[0], topKeys) : undefined;
      const translatedProblem = translated && translatedNameProblem(translated, TRANSLATABLE_PLAN_KEYS, siteLanguages, planFile);
      const message = translatedProblem ?? (unknownKeys ? `clé inconnue : ${unknownKeys.join(', ')}` : frontmatterMessage(issue, plan.data));
      const line = plan.lineOf(unknownKeys ? [...issue.path, unknownKeys[0]] : issue.path);
      log.error(planFile, line, field, message);
    }
    return undefined;
  }
  const fm = parsed.data;
  if (fm.draft) {
    log.warn(planFile, plan.keyLines.get('draft') ?? 1, 'draft', 'plan en brouillon : visible avec npm run dev, absent du site publié et des données ; retirez « draft: true » pour le publier');
  }
  checkPlaceholders(plan, planFile, fm.draft, log);
  const outside = (fm.languages ?? []).filter((language) => !siteLanguages.includes(language));
  if (outside.length > 0) {
    log.error(planFile, plan.keyLines.get('languages') ?? 1, 'languages', `langue${outside.length > 1 ? 's' : ''} absente${outside.length > 1 ? 's' : ''} des langues du site (${outside.join(', ')}) : ajoutez-la à « languages » dans site.yml (langues du site : ${siteLanguages.join(', ')})`);
  }
  const languages = (fm.languages ?? [siteLanguages[0]]).filter((language) => siteLanguages.includes(language));
  // `title_nl:` and the like, at the top and inside document, levels, action_label, subaction_label.
  const translated = (data: Record<string, unknown>, originals: readonly string[], path: (string | number)[], prefix = '') => {
    for (const key of Object.keys(data)) {
      const parts = data[key] === undefined ? undefined : parseTranslatedName(key, originals);
      if (!parts) continue;
      const problem = translatedNameProblem(parts, originals, languages, planFile);
      if (problem) log.error(planFile, plan.lineOf([...path, key]), [...path, key].join('.'), problem);
    }
    const out = translationsOf(data as Record<string, string | undefined>, originals, languages);
    if (!prefix || !out) return out;
    const named: Translations = {};
    for (const [lang, fields] of Object.entries(out)) named[lang as UiLanguage] = Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));
    return named;
  };
  const merge = (...all: (Translations | undefined)[]): Translations | undefined => {
    let out: Translations | undefined;
    for (const t of all) for (const [lang, fields] of Object.entries(t ?? {})) Object.assign(((out ??= {})[lang as UiLanguage] ??= {}), fields);
    return out;
  };
  const metaTranslations = merge(
    translated(fm, TRANSLATABLE_PLAN_KEYS, []),
    fm.document && translated(fm.document, TRANSLATABLE_PLAN_SUBKEYS.document, ['document'], 'document'),
    fm.action_label && translated(fm.action_label, TRANSLATABLE_PLAN_SUBKEYS.action_label, ['action_label'], 'action_label'),
    fm.subaction_label && translated(fm.subaction_label, TRANSLATABLE_PLAN_SUBKEYS.subaction_label, ['subaction_label'], 'subaction_label'),
  );
  // A plan that does not name its actions gets the interface's word in its own language.
  const words = messages(fm.languages?.[0] ?? siteLanguages[0]).action;
  return {
    slug,
    file: planFile,
    title: fm.title,
    translations: metaTranslations,
    shortTitle: fm.short_title,
    territory: fm.territory,
    territoryCode: fm.territory_code,
    kind: fm.kind,
    period: fm.period,
    adopted: fm.adopted,
    document: fm.document,
    contact: fm.contact,
    licence: fm.licence ?? DEFAULT_LICENCE,
    levels: fm.levels.map((level, i) => ({
      id: level.id,
      label: level.label,
      plural: level.plural,
      translations: translated(level, TRANSLATABLE_PLAN_SUBKEYS.levels, ['levels', i]),
    })),
    actionLabel: fm.action_label ?? { ...words.defaultLabel, byDefault: true },
    subactionLabel: fm.subaction_label ?? { ...words.defaultSubLabel, byDefault: true },
    statusLabels: fm.statuses ?? {},
    // Never assumed to be French: undeclared, a plan speaks the site's default language.
    languages,
    fictional: fm.fictional,
    draft: fm.draft,
    order: fm.order,
    description: fm.description,
    sources: fm.sources,
    bilans: [...fm.bilans].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** Collects rows by id, reporting duplicates with the line of the first occurrence. */
function uniqueById<T extends { id: string; origin: { file: string; line: number }[] }>(
  items: T[],
  log: IssueLog,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    const first = byId.get(item.id);
    if (first) {
      const at = item.origin[0];
      log.error(at.file, at.line, 'id', `identifiant « ${item.id} » en double (déjà utilisé ${first.origin[0].file}:${first.origin[0].line})`);
      continue;
    }
    byId.set(item.id, item);
  }
  return byId;
}

/**
 * Validates one plan across its tables and fiches and links it into a `Plan`: ids unique, every
 * reference resolved (unknown ones are errors), raw values parsed beside their text, hierarchy
 * children and actions ordered. Returns undefined when plan.md itself is unusable.
 */
/**
 * `siteLanguages`: the languages of site.yml (the first is the default), which a plan's own
 * `languages` must be drawn from.
 */
export function assemblePlan(source: PlanSource, log: IssueLog, siteLanguages: readonly UiLanguage[] = ['fr']): Plan | undefined {
  const meta = readMeta(source, log, siteLanguages);
  if (!meta) return undefined;
  const slug = meta.slug;
  const levelIds = meta.levels.map((l) => l.id);
  const languages = meta.languages;
  /** A row's translated cells (`title_nl`), those without an original reported on its line. */
  const rowTranslations = (table: TableName, file: string, row: ValidRow) => {
    const fields = TRANSLATABLE_FIELDS[table];
    for (const { column, field } of orphanTranslations(row.values, fields, languages)) log.error(file, row.line, column, orphanMessage(field));
    return translationsOf(row.values, fields, languages);
  };

  // Suspicious dates: a year far from the plan's period is a typo (error); a schedule entirely
  // outside the period may be right (an action carried over) but is worth a look (warning).
  const period = meta.period;
  const farYear = (y: number) => !!period && (y < period.start - 30 || y > period.end + 30);
  const periodText = period ? `${period.start}–${period.end}` : '';
  const checkSchedule = (start: PartialDate, end: PartialDate, at: { start: { file: string; line: number }; end: { file: string; line: number } }) => {
    if (start.start && end.end && end.end < start.start) {
      log.error(at.end.file, at.end.line, 'end', `la fin (« ${end.raw} ») précède le début (« ${start.raw} ») (attendu : une fin au plus tôt le jour du début)`);
    }
    if (!period) return;
    let far = false;
    for (const [field, d] of [['start', start], ['end', end]] as const) {
      const years = [d.start, d.end].filter(Boolean).map((iso) => Number(iso!.slice(0, 4)));
      if (years.some(farYear)) {
        far = true;
        log.error(at[field].file, at[field].line, field, `année de « ${d.raw} » hors de toute portée du plan (période ${periodText}) : faute de frappe ? (attendu : une année entre ${period.start - 30} et ${period.end + 30})`);
      }
    }
    if (far) return;
    if (end.end && end.end < `${period.start}-01-01`) {
      log.warn(at.end.file, at.end.line, 'end', `se termine (« ${end.raw} ») avant la période du plan (${periodText})`);
    } else if (start.start && start.start > `${period.end}-12-31`) {
      log.warn(at.start.file, at.start.line, 'start', `commence (« ${start.raw} ») après la période du plan (${periodText})`);
    }
  };

  const status = (raw: string, file: string, line: number, field: string): StatusValue => {
    const result = normaliseStatus(raw, meta.statusLabels as Record<string, Status>);
    if (!result.ok) {
      log.error(file, line, field, result.message);
      return { label: raw, status: 'non_renseigne' };
    }
    return { label: raw, status: result.status };
  };

  // Hierarchy
  const h = source.tables.hierarchy;
  const nodes = uniqueById<HierarchyNode>(
    h.rows.map((row, index) => ({
      plan: slug,
      id: row.values.id,
      level: row.values.level,
      parent: opt(row.values.parent),
      code: opt(row.values.code),
      title: row.values.title,
      summary: opt(row.values.summary),
      order: num(row.values.order) ?? index,
      children: [],
      actions: [],
      origin: [{ file: h.file, line: row.line }],
      source: opt(row.values.source),
      translations: rowTranslations('hierarchy', h.file, row),
    })),
    log,
  );
  for (const node of nodes.values()) {
    const at = node.origin[0];
    const levelIndex = levelIds.indexOf(node.level);
    if (levelIndex < 0) {
      log.error(at.file, at.line, 'level', `niveau inconnu « ${node.level} » (niveaux déclarés dans ${meta.file} : ${levelIds.join(', ') || 'aucun'})`);
    }
    if (node.parent) {
      const parent = nodes.get(node.parent);
      if (!parent) {
        log.error(at.file, at.line, 'parent', `parent inconnu « ${node.parent} » (aucune ligne de ${h.file} n'a cet id)`);
      } else if (levelIds.indexOf(parent.level) >= levelIndex) {
        log.error(at.file, at.line, 'level', `le niveau « ${node.level} » doit être sous celui de son parent « ${parent.level} »`);
      } else {
        parent.children.push(node.id);
      }
    } else if (levelIndex > 0) {
      log.error(at.file, at.line, 'parent', `parent obligatoire pour le niveau « ${node.level} »`);
    }
  }

  // Actions: CSV rows completed by fiches of the same id.
  const a = source.tables.actions;
  const merged = new Map<
    string,
    { values: Record<string, string>; origin: { file: string; line: number }[]; fiche?: string; ficheTranslations?: Action['ficheTranslations']; fieldOrigin: Map<string, string> }
  >();
  const actionSpec = withTranslatedColumns(TABLES.actions, languages);
  const ficheSchema = ficheFrontmatterSchema(languages);
  a.rows.forEach((row) => {
    const id = row.values.id;
    if (merged.has(id)) {
      const first = merged.get(id)!.origin[0];
      log.error(a.file, row.line, 'id', `identifiant « ${id} » en double (déjà utilisé ${first.file}:${first.line})`);
      return;
    }
    const fieldOrigin = new Map(Object.keys(row.values).map((k) => [k, `${a.file}:${row.line}`]));
    merged.set(id, { values: { ...row.values }, origin: [{ file: a.file, line: row.line }], fieldOrigin });
  });
  for (const fiche of source.fiches) {
    if (fiche.invalid) continue;
    const parsed = ficheSchema.safeParse(fiche.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '-')];
        const translated = issue.code === 'unrecognized_keys' ? parseTranslatedName(keys[0], TABLES.actions.fields.map((f) => f.name)) : undefined;
        const message =
          issue.code !== 'unrecognized_keys'
            ? frontmatterMessage(issue, fiche.data)
            : ((translated && translatedNameProblem(translated, TRANSLATABLE_FIELDS.actions, languages, meta.file)) ?? `clé inconnue (clés possibles : les colonnes de actions.csv)`);
        log.error(fiche.file, fiche.keyLines.get(keys[0]) ?? 1, keys.join(', '), message);
      }
      continue;
    }
    // Same cell checks as a CSV row, so a fiche cannot hold what a cell could not.
    const cells = rowSchema(actionSpec, { partial: true }).safeParse(parsed.data);
    if (!cells.success) {
      for (const issue of cells.error.issues) {
        const key = String(issue.path[0] ?? '-');
        log.error(fiche.file, fiche.keyLines.get(key) ?? 1, key, issue.message);
      }
      continue;
    }
    const values = Object.fromEntries(
      Object.entries(cells.data).filter(([key]) => (parsed.data as Record<string, unknown>)[key] !== undefined),
    ) as Record<string, string | undefined>;
    const id = values.id ?? '';
    const existing = merged.get(id);
    const line = fiche.keyLines.get('id') ?? 1;
    // A fiche named after a CSV row whose `id:` matches no row is that row's fiche with a typo in
    // its id: said so, rather than read as a new action that then lacks its title.
    const stem = basename(fiche.file).replace(/\.mdx?$/, '');
    if (!existing && stem !== id && merged.get(stem)?.fiche === undefined && merged.get(stem)?.origin[0].file === a.file) {
      log.error(fiche.file, line, 'id', `« ${id} » ne correspond à aucune ligne de ${a.file}, mais le nom du fichier, « ${stem} », oui (ligne ${merged.get(stem)!.origin[0].line}) : une faute de frappe dans l'id ? (attendu : id: ${stem}, ou rien, le nom du fichier suffit)`);
      continue;
    }
    if (!existing) {
      merged.set(id, {
        values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>,
        origin: [{ file: fiche.file, line }],
        fiche: fiche.file,
        fieldOrigin: new Map(Object.keys(values).map((k) => [k, `${fiche.file}:${fiche.keyLines.get(k) ?? 1}`])),
      });
      continue;
    }
    if (existing.fiche) {
      log.error(fiche.file, line, 'id', `l'action « ${id} » a déjà une fiche : ${existing.fiche}`);
      continue;
    }
    existing.fiche = fiche.file;
    existing.origin.push({ file: fiche.file, line });
    for (const [key, value] of Object.entries(values)) {
      if (key === 'id' || value === undefined || value === '') continue;
      if (existing.values[key]) {
        if (existing.values[key] !== value) {
          log.error(fiche.file, fiche.keyLines.get(key) ?? line, key, `déjà renseigné dans ${existing.fieldOrigin.get(key)} avec une autre valeur (une fiche complète la ligne CSV, elle ne la remplace pas)`);
        }
        continue;
      }
      existing.values[key] = value;
      existing.fieldOrigin.set(key, `${fiche.file}:${fiche.keyLines.get(key) ?? line}`);
    }
  }

  for (const text of source.planTranslations) {
    const problem = languageProblem(text.language, languages, meta.file, `dans ${meta.file}`);
    if (problem) log.error(text.file, 1, '-', `texte traduit : ${problem}`);
    for (const [key, line] of text.keys) {
      log.error(text.file, line, key, `un fichier plan.<langue>.md ne contient que le texte, sans en-tête : traduisez les clés dans ${meta.file} (${key}_${text.language}: …)`);
    }
  }

  // Translated fiches (`<id>.nl.md`): the fiche's body in that language, and the action's texts.
  const translatedSchema = rowSchema({ ...TABLES.actions, fields: TABLES.actions.fields.filter((f) => f.name === 'id' || TRANSLATABLE_FIELDS.actions.includes(f.name)) }, { partial: true });
  for (const fiche of source.ficheTranslations) {
    const lang = fiche.language;
    const problem = languageProblem(lang, languages, meta.file, 'dans la fiche sans code de langue');
    if (problem) {
      log.error(fiche.file, 1, '-', `fiche traduite : ${problem}`);
      continue;
    }
    if (fiche.invalid) continue;
    const parsed = TranslatedFicheFrontmatterSchema.safeParse(fiche.data);
    const cells = parsed.success ? translatedSchema.safeParse(parsed.data) : undefined;
    if (!parsed.success || !cells?.success) {
      for (const issue of (parsed.error ?? cells!.error!).issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '-')];
        const message =
          issue.code === 'unrecognized_keys'
            ? `clé inconnue dans une fiche traduite (clés possibles : id, ${TRANSLATABLE_FIELDS.actions.join(', ')}, sous leur nom d'origine, dans la langue du fichier ; les autres champs viennent de la fiche d'origine)`
            : frontmatterMessage(issue, fiche.data);
        log.error(fiche.file, fiche.keyLines.get(keys[0]) ?? 1, keys.join(', '), message);
      }
      continue;
    }
    const given = fiche.data as Record<string, unknown>;
    const id = given.id !== undefined ? cells.data.id : fiche.stem;
    const line = fiche.keyLines.get('id') ?? 1;
    const entry = merged.get(id);
    if (!entry) {
      log.error(fiche.file, line, 'id', `action inconnue « ${id} » : une fiche traduite traduit la fiche d'une action du plan (attendu : le nom ou l'id d'une fiche de actions/)`);
      continue;
    }
    if (!entry.fiche) {
      log.error(fiche.file, line, 'id', `l'action « ${id} » n'a pas de fiche dans la langue du plan (${languages[0]}) : une fiche traduite traduit une fiche existante (ajoutez actions/${id}.md, ou donnez les textes traduits dans les colonnes ${TRANSLATABLE_FIELDS.actions[0]}_${lang}… de actions.csv)`);
      continue;
    }
    const language = lang as UiLanguage;
    const already = entry.ficheTranslations?.[language];
    if (already) {
      log.error(fiche.file, line, 'id', `l'action « ${id} » a déjà une fiche en « ${lang} » : ${already}`);
      continue;
    }
    (entry.ficheTranslations ??= {})[language] = fiche.file;
    for (const field of TRANSLATABLE_FIELDS.actions) {
      const value = given[field] === undefined ? '' : cells.data[field];
      if (!value) continue;
      const keyLine = fiche.keyLines.get(field) ?? line;
      if (!entry.values[field]) {
        log.error(fiche.file, keyLine, field, orphanMessage(field));
        continue;
      }
      const column = `${field}_${lang}`;
      if (entry.values[column] && entry.values[column] !== value) {
        log.error(fiche.file, keyLine, field, `traduction déjà donnée dans ${entry.fieldOrigin.get(column)} (colonne ${column}) avec une autre valeur`);
        continue;
      }
      entry.values[column] = value;
      entry.fieldOrigin.set(column, `${fiche.file}:${keyLine}`);
    }
  }

  const actions = new Map<string, Action>();
  // References between actions are checked once every action is known.
  const relatedChecks: { action: Action; relatedAt: { file: string; line: number }; relatedTextAt: { file: string; line: number } }[] = [];
  let index = 0;
  for (const [id, entry] of merged) {
    const v = entry.values;
    const at = entry.origin[0];
    const lineOf = (field: string) => {
      const o = entry.fieldOrigin.get(field) ?? `${at.file}:${at.line}`;
      const i = o.lastIndexOf(':');
      return { file: o.slice(0, i), line: Number(o.slice(i + 1)) };
    };
    if (!v.title) {
      const l = lineOf('id');
      log.error(l.file, l.line, 'title', 'valeur obligatoire manquante');
      continue;
    }
    const parents = splitList(v.parent);
    if (levelIds.length > 0 && parents.length === 0) {
      const l = lineOf('id');
      log.error(l.file, l.line, 'parent', `parent obligatoire : ce plan a des niveaux (${levelIds.join(', ')})`);
    }
    for (const p of parents) {
      if (!nodes.has(p)) {
        const l = lineOf('parent');
        log.error(l.file, l.line, 'parent', `parent inconnu « ${p} » (aucune ligne de ${h.file} n'a cet id)`);
      }
    }
    const sl = lineOf('status');
    const start = normaliseDate(v.start);
    const end = normaliseDate(v.end);
    checkSchedule(start, end, { start: lineOf('start'), end: lineOf('end') });
    const action: Action = {
      plan: slug,
      id,
      parents,
      code: opt(v.code),
      title: v.title,
      summary: opt(v.summary),
      status: status(v.status ?? '', sl.file, sl.line, 'status'),
      progress: num(v.progress),
      pilot: opt(v.pilot),
      targets: opt(v.targets),
      start,
      end,
      budget: normaliseBudget(v.budget),
      budgetOperating: normaliseBudget(v.budget_operating),
      budgetInvestment: normaliseBudget(v.budget_investment),
      climateIssues: splitList(v.climate_issue),
      energyEffects: splitList(v.energy_effect),
      citizenDimension: v.citizen_dimension ? v.citizen_dimension === 'oui' : undefined,
      carbonGain: opt(v.carbon_gain),
      approaches: splitList(v.approaches),
      tags: splitList(v.tags),
      concertation: opt(v.concertation),
      place: { commune: opt(v.commune), district: opt(v.district), site: opt(v.site) },
      related: splitList(v.related),
      relatedText: splitList(v.related_text),
      order: num(v.order) ?? index++,
      fiche: entry.fiche,
      ficheTranslations: entry.ficheTranslations,
      origin: entry.origin,
      source: opt(v.source),
      translations: translationsOf(v, TRANSLATABLE_FIELDS.actions, languages),
    };
    for (const { column, field } of orphanTranslations(v, TRANSLATABLE_FIELDS.actions, languages)) {
      const l = lineOf(column);
      log.error(l.file, l.line, column, orphanMessage(field));
    }
    actions.set(id, action);
    relatedChecks.push({ action, relatedAt: lineOf('related'), relatedTextAt: lineOf('related_text') });
  }
  for (const { action, relatedAt, relatedTextAt } of relatedChecks) {
    for (const r of action.related) {
      // An action left out for its own errors was reported there.
      if (!actions.has(r) && !a.leftOut?.has(r)) {
        log.error(relatedAt.file, relatedAt.line, 'related', `action liée inconnue « ${r} » (pour un renvoi hors publication, utilisez related_text)`);
      }
    }
    for (const text of action.relatedText) {
      log.warn(relatedTextAt.file, relatedTextAt.line, 'related_text', `renvoi hors de la publication gardé en texte : « ${text} »`);
    }
  }
  for (const action of actions.values()) {
    for (const p of action.parents) nodes.get(p)?.actions.push(action.id);
  }

  /** Reports a reference to an unknown id; one to a row left out for its own errors is not reported twice. */
  const refCheck = (table: { file: string }, row: ValidRow, field: string, known: Map<string, unknown>, what: string, leftOut?: ReadonlySet<string>) => {
    const id = row.values[field];
    if (id && !known.has(id) && !leftOut?.has(id)) log.error(table.file, row.line, field, `${what} inconnu(e) « ${id} »`);
  };

  const s = source.tables.subactions;
  const subactions = uniqueById<SubAction>(
    s.rows.map((row) => {
      refCheck(s, row, 'action', actions, 'action', a.leftOut);
      const at = { file: s.file, line: row.line };
      const start = normaliseDate(row.values.start);
      const end = normaliseDate(row.values.end);
      checkSchedule(start, end, { start: at, end: at });
      return {
        plan: slug,
        id: row.values.id,
        action: row.values.action,
        code: opt(row.values.code),
        title: row.values.title,
        description: opt(row.values.description),
        pilot: opt(row.values.pilot),
        status: status(row.values.status, s.file, row.line, 'status'),
        start,
        end,
        origin: [{ file: s.file, line: row.line }],
        source: opt(row.values.source),
        translations: rowTranslations('subactions', s.file, row),
      };
    }),
    log,
  );

  // Actions whose status cell is empty take the status their sub-actions give, marked derived.
  const subStatuses = new Map<string, Status[]>();
  for (const sub of subactions.values()) {
    const list = subStatuses.get(sub.action);
    if (list) list.push(sub.status.status);
    else subStatuses.set(sub.action, [sub.status.status]);
  }
  for (const action of actions.values()) {
    if (action.status.label.trim() !== '' || action.status.status !== 'non_renseigne') continue;
    const derived = deriveStatus(subStatuses.get(action.id) ?? []);
    if (derived) action.status = { label: '', status: derived, derived: true };
  }

  const p = source.tables.partners;
  const partners = uniqueById<Partner>(
    p.rows.map((row) => {
      refCheck(p, row, 'action', actions, 'action', a.leftOut);
      refCheck(p, row, 'subaction', subactions, 'sous-action', s.leftOut);
      return {
        plan: slug,
        id: row.values.id,
        action: row.values.action,
        subaction: opt(row.values.subaction),
        name: row.values.name,
        role: row.values.role as Partner['role'],
        origin: [{ file: p.file, line: row.line }],
        source: opt(row.values.source),
        translations: rowTranslations('partners', p.file, row),
      };
    }),
    log,
  );

  const ind = source.tables.indicators;
  const indicators = uniqueById<Indicator>(
    ind.rows.map((row) => {
      refCheck(ind, row, 'action', actions, 'action', a.leftOut);
      refCheck(ind, row, 'node', nodes, 'niveau', h.leftOut);
      refCheck(ind, row, 'subaction', subactions, 'sous-action', s.leftOut);
      const sub = row.values.subaction ? subactions.get(row.values.subaction) : undefined;
      if (sub && sub.action !== row.values.action) {
        log.error(ind.file, row.line, 'subaction', `la sous-action « ${sub.id} » appartient à l'action « ${sub.action} », pas à « ${row.values.action || '(vide)'} »`);
      }
      if (row.values.action && row.values.node) {
        log.error(ind.file, row.line, 'node', "un indicateur suit une action ou un niveau, pas les deux");
      }
      return {
        plan: slug,
        id: row.values.id,
        action: opt(row.values.action),
        node: opt(row.values.node),
        subaction: opt(row.values.subaction),
        label: row.values.label,
        unit: opt(row.values.unit),
        kind: opt(row.values.kind) as Indicator['kind'],
        direction: opt(row.values.direction) as Indicator['direction'],
        description: opt(row.values.description),
        dataSource: opt(row.values.data_source),
        origin: [{ file: ind.file, line: row.line }],
        source: opt(row.values.source),
        translations: rowTranslations('indicators', ind.file, row),
      };
    }),
    log,
  );

  const iv = source.tables.indicator_values;
  const valueKeys = new Map<string, number>();
  const indicatorValues: IndicatorValue[] = iv.rows.map((row) => {
    refCheck(iv, row, 'indicator', indicators, 'indicateur', ind.leftOut);
    const key = `${row.values.indicator}|${row.values.year}|${row.values.type}`;
    if (valueKeys.has(key)) {
      log.error(iv.file, row.line, 'indicator', `valeur en double pour ${row.values.indicator}, ${row.values.year}, ${row.values.type} (déjà ligne ${valueKeys.get(key)})`);
    }
    valueKeys.set(key, row.line);
    const year = Number(row.values.year);
    if (farYear(year)) {
      log.error(iv.file, row.line, 'year', `année ${year} hors de toute portée du plan (période ${periodText}) : faute de frappe ? (attendu : une année entre ${period!.start - 30} et ${period!.end + 30})`);
    }
    const raw = row.values.value;
    const isNumber = /^-?\d+(\.\d+)?$/.test(raw);
    return {
      plan: slug,
      indicator: row.values.indicator,
      year,
      type: row.values.type as IndicatorValue['type'],
      raw,
      number: isNumber ? Number(raw) : undefined,
      note: opt(row.values.note),
      origin: [{ file: iv.file, line: row.line }],
      source: opt(row.values.source),
      translations: rowTranslations('indicator_values', iv.file, row),
    };
  });

  const b = source.tables.budget_lines;
  const budgetKeys = new Map<string, number>();
  const budgetLines: BudgetLine[] = b.rows.map((row) => {
    refCheck(b, row, 'action', actions, 'action', a.leftOut);
    const key = `${row.values.action}|${row.values.year}|${row.values.section}|${row.values.kind}`;
    if (budgetKeys.has(key)) log.error(b.file, row.line, 'action', `ligne budgétaire en double (déjà ligne ${budgetKeys.get(key)})`);
    budgetKeys.set(key, row.line);
    const budgetYear = Number(row.values.year);
    if (farYear(budgetYear)) log.error(b.file, row.line, 'year', `année ${budgetYear} hors de toute portée du plan (période ${periodText}) : faute de frappe ?`);
    else if (period && (budgetYear < period.start || budgetYear > period.end)) log.warn(b.file, row.line, 'year', `année ${budgetYear} hors de la période du plan (${periodText})`);
    const amount = Number(row.values.amount);
    if (amount < 0) log.error(b.file, row.line, 'amount', `montant négatif (${row.values.amount}) : un budget est positif ou nul`);
    return {
      plan: slug,
      action: row.values.action,
      year: Number(row.values.year),
      section: row.values.section as BudgetLine['section'],
      kind: row.values.kind as BudgetLine['kind'],
      amount,
      tax: opt(row.values.tax) as BudgetLine['tax'],
      note: opt(row.values.note),
      origin: [{ file: b.file, line: row.line }],
      source: opt(row.values.source),
      translations: rowTranslations('budget_lines', b.file, row),
    };
  });

  const u = source.tables.updates;
  const updates = uniqueById<Update>(
    u.rows.map((row) => {
      refCheck(u, row, 'action', actions, 'action', a.leftOut);
      if (farYear(Number(row.values.date.slice(0, 4)))) {
        log.error(u.file, row.line, 'date', `date ${row.values.date} hors de toute portée du plan (période ${periodText}) : faute de frappe ?`);
      }
      return {
        plan: slug,
        id: row.values.id,
        action: row.values.action,
        date: row.values.date,
        status: row.values.status ? status(row.values.status, u.file, row.line, 'status') : undefined,
        progress: num(row.values.progress),
        note: opt(row.values.note),
        origin: [{ file: u.file, line: row.line }],
        source: opt(row.values.source),
        translations: rowTranslations('updates', u.file, row),
      };
    }),
    log,
  );

  const x = source.tables.extra_fields;
  const extraKeys = new Map<string, number>();
  const extraFields: ExtraField[] = x.rows.map((row) => {
    if (row.values.entity === 'node') refCheck(x, row, 'id', nodes, 'niveau', h.leftOut);
    else refCheck(x, row, 'id', actions, 'action', a.leftOut);
    const key = `${row.values.entity}|${row.values.id}|${row.values.field}`;
    if (extraKeys.has(key)) log.error(x.file, row.line, 'field', `champ « ${row.values.field} » déjà donné pour « ${row.values.id} » (ligne ${extraKeys.get(key)})`);
    extraKeys.set(key, row.line);
    return {
      plan: slug,
      entity: row.values.entity as ExtraField['entity'],
      id: row.values.id,
      field: row.values.field,
      value: row.values.value,
      origin: [{ file: x.file, line: row.line }],
      source: opt(row.values.source),
      translations: rowTranslations('extra_fields', x.file, row),
    };
  });

  const byOrder = <T extends { order: number }>(items: T[]) => [...items].sort((x, y) => x.order - y.order);
  for (const node of nodes.values()) {
    node.children = byOrder(node.children.map((id) => nodes.get(id)!)).map((n) => n.id);
    node.actions = byOrder(node.actions.map((id) => actions.get(id)!)).map((x) => x.id);
  }
  const orderedNodes = byOrder([...nodes.values()]);
  return {
    meta,
    nodes: orderedNodes,
    roots: orderedNodes.filter((n) => !n.parent).map((n) => n.id),
    actions: byOrder([...actions.values()]),
    subactions: [...subactions.values()],
    partners: [...partners.values()],
    indicators: [...indicators.values()],
    indicatorValues,
    budgetLines,
    updates: [...updates.values()].sort((x, y) => y.date.localeCompare(x.date)),
    extraFields,
  };
}
