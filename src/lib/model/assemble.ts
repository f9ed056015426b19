import { normaliseBudget } from '../normalise/budget';
import { normaliseDate, type PartialDate } from '../normalise/date';
import { normaliseStatus, type Status } from '../normalise/status';
import { deriveStatus } from './derive-status';
import { DEFAULT_LICENCE, FicheFrontmatterSchema, PlanFrontmatterSchema, frontmatterMessage } from './frontmatter';
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
import { TABLES } from './tables';
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
      const message = unknownKeys ? `clé inconnue : ${unknownKeys.join(', ')}` : frontmatterMessage(issue, plan.data);
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
  // A plan that does not name its actions gets the interface's word in its own language.
  const words = messages(fm.languages?.[0] ?? siteLanguages[0]).action;
  return {
    slug,
    file: planFile,
    title: fm.title,
    shortTitle: fm.short_title,
    territory: fm.territory,
    territoryCode: fm.territory_code,
    kind: fm.kind,
    period: fm.period,
    adopted: fm.adopted,
    document: fm.document,
    contact: fm.contact,
    licence: fm.licence ?? DEFAULT_LICENCE,
    levels: fm.levels,
    actionLabel: fm.action_label ?? { ...words.defaultLabel, byDefault: true },
    subactionLabel: fm.subaction_label ?? { ...words.defaultSubLabel, byDefault: true },
    statusLabels: fm.statuses ?? {},
    // Never assumed to be French: undeclared, a plan speaks the site's default language.
    languages: (fm.languages ?? [siteLanguages[0]]).filter((language) => siteLanguages.includes(language)),
    fictional: fm.fictional,
    draft: fm.draft,
    order: fm.order,
    description: fm.description,
    sources: fm.sources,
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
  const merged = new Map<string, { values: Record<string, string>; origin: { file: string; line: number }[]; fiche?: string; fieldOrigin: Map<string, string> }>();
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
    const parsed = FicheFrontmatterSchema.safeParse(fiche.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '-')];
        const message = issue.code === 'unrecognized_keys' ? `clé inconnue (clés possibles : les colonnes de actions.csv)` : frontmatterMessage(issue, fiche.data);
        log.error(fiche.file, fiche.keyLines.get(keys[0]) ?? 1, keys.join(', '), message);
      }
      continue;
    }
    // Same cell checks as a CSV row, so a fiche cannot hold what a cell could not.
    const cells = rowSchema(TABLES.actions, { partial: true }).safeParse(parsed.data);
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
      origin: entry.origin,
      source: opt(v.source),
    };
    actions.set(id, action);
    relatedChecks.push({ action, relatedAt: lineOf('related'), relatedTextAt: lineOf('related_text') });
  }
  for (const { action, relatedAt, relatedTextAt } of relatedChecks) {
    for (const r of action.related) {
      if (!actions.has(r)) {
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

  const refCheck = (table: { file: string }, row: ValidRow, field: string, known: Map<string, unknown>, what: string) => {
    const id = row.values[field];
    if (id && !known.has(id)) log.error(table.file, row.line, field, `${what} inconnu(e) « ${id} »`);
  };

  const s = source.tables.subactions;
  const subactions = uniqueById<SubAction>(
    s.rows.map((row) => {
      refCheck(s, row, 'action', actions, 'action');
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
      refCheck(p, row, 'action', actions, 'action');
      refCheck(p, row, 'subaction', subactions, 'sous-action');
      return {
        plan: slug,
        id: row.values.id,
        action: row.values.action,
        subaction: opt(row.values.subaction),
        name: row.values.name,
        role: row.values.role as Partner['role'],
        origin: [{ file: p.file, line: row.line }],
        source: opt(row.values.source),
      };
    }),
    log,
  );

  const ind = source.tables.indicators;
  const indicators = uniqueById<Indicator>(
    ind.rows.map((row) => {
      refCheck(ind, row, 'action', actions, 'action');
      refCheck(ind, row, 'node', nodes, 'niveau');
      refCheck(ind, row, 'subaction', subactions, 'sous-action');
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
      };
    }),
    log,
  );

  const iv = source.tables.indicator_values;
  const valueKeys = new Map<string, number>();
  const indicatorValues: IndicatorValue[] = iv.rows.map((row) => {
    refCheck(iv, row, 'indicator', indicators, 'indicateur');
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
    };
  });

  const b = source.tables.budget_lines;
  const budgetKeys = new Map<string, number>();
  const budgetLines: BudgetLine[] = b.rows.map((row) => {
    refCheck(b, row, 'action', actions, 'action');
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
    };
  });

  const u = source.tables.updates;
  const updates = uniqueById<Update>(
    u.rows.map((row) => {
      refCheck(u, row, 'action', actions, 'action');
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
      };
    }),
    log,
  );

  const x = source.tables.extra_fields;
  const extraKeys = new Map<string, number>();
  const extraFields: ExtraField[] = x.rows.map((row) => {
    if (row.values.entity === 'node') refCheck(x, row, 'id', nodes, 'niveau');
    else refCheck(x, row, 'id', actions, 'action');
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
