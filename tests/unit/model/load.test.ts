import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';
import { loadFixturePlan } from './fixture-plan';

const PLAN_MD = `---
title: Plan test
territory: Ville test
period: { start: 2020, end: 2026 }
levels:
  - { id: axe, label: Axe, plural: Axes }
  - { id: objectif, label: Objectif, plural: Objectifs }
statuses:
  Nouveau: a_venir
---
Présentation.
`;

const GOOD: Record<string, string> = {
  'content/test/plan.md': PLAN_MD,
  'data/test/hierarchy.csv': 'id,level,parent,code,title\nax1,axe,,1,Axe un\nob1,objectif,ax1,1.1,Objectif un\nob2,objectif,ax1,1.2,Objectif deux\n',
  'data/test/actions.csv':
    'id,parent,code,title,status,start,end,budget,related\n' +
    'a1,ob1,1,Action un,En cours,2019,2022,17 à 27 M€,a2\n' +
    'a2,ob1 ; ob2,2,Action deux (deux parents),Nouveau,été 2019,?,?,\n',
  'content/test/actions/a2.md': '---\nid: a2\npilot: Service Environnement\n---\nRécit.\n',
  'data/test/indicators.csv': 'id,action,label,unit,kind\ni1,a1,Nombre de vélos,nombre,resultat\n',
  'data/test/indicator_values.csv': 'indicator,year,type,value\ni1,2020,objectif,12\ni1,2021,objectif,1 colloque organisé\n',
};

/** Writes a plan into a fresh temporary project and loads it; returns plans and formatted issues. */
function load(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'plan-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  const messages = result.issues.map(formatIssue);
  return { ...result, messages, errors: messages.filter((m) => !m.includes('avertissement')) };
}

describe('loadPlans', () => {
  it('links a valid plan: hierarchy, two parents, fiche merged into its CSV row, parsed values', () => {
    const { plans, errors } = load(GOOD);
    expect(errors).toEqual([]);
    const [plan] = plans;
    expect(plan.meta.levels.map((l) => l.id)).toEqual(['axe', 'objectif']);
    expect(plan.roots).toEqual(['ax1']);
    expect(plan.nodes.find((n) => n.id === 'ax1')!.children).toEqual(['ob1', 'ob2']);
    const a2 = plan.actions.find((a) => a.id === 'a2')!;
    expect(a2.parents).toEqual(['ob1', 'ob2']);
    expect(plan.nodes.find((n) => n.id === 'ob2')!.actions).toEqual(['a2']);
    expect(a2.pilot).toBe('Service Environnement');
    expect(a2.fiche).toMatch(/a2\.md$/);
    expect(a2.status).toEqual({ label: 'Nouveau', status: 'a_venir' });
    const a1 = plan.actions.find((a) => a.id === 'a1')!;
    expect(a1.status.status).toBe('en_cours');
    expect(a1.budget).toMatchObject({ kind: 'range', min: 17e6, max: 27e6 });
    expect(plan.indicatorValues.map((v) => [v.raw, v.number])).toEqual([
      ['12', 12],
      ['1 colloque organisé', undefined],
    ]);
  });

  it.each([
    ['a duplicate id', { 'data/test/actions.csv': GOOD['data/test/actions.csv'] + 'a1,ob1,3,Doublon,,,,,\n' }, /data\/test\/actions.csv:4: id: identifiant « a1 » en double \(déjà utilisé .*actions.csv:2\)/],
    ['a missing required field', { 'data/test/actions.csv': 'id,parent,title\na1,ob1,\n' }, /data\/test\/actions.csv:2: title: valeur obligatoire manquante/],
    ['an unknown status label', { 'data/test/actions.csv': 'id,parent,title,status\na1,ob1,Un,Bientôt\n' }, /data\/test\/actions.csv:2: status: statut inconnu « Bientôt »/],
    ['an unknown parent', { 'data/test/actions.csv': 'id,parent,title\na1,ob9,Un\n' }, /data\/test\/actions.csv:2: parent: parent inconnu « ob9 »/],
    ['a missing parent when the plan has levels', { 'data/test/actions.csv': 'id,title\na1,Un\n' }, /data\/test\/actions.csv:2: parent: parent obligatoire/],
    ['an unknown related action', { 'data/test/actions.csv': 'id,parent,title,related\na1,ob1,Un,a9\n' }, /actions.csv:2: related: action liée inconnue « a9 »/],
    ['an unknown column', { 'data/test/actions.csv': 'id,parent,title,titre\na1,ob1,Un,x\n' }, /actions.csv:1: titre: colonne inconnue/],
    ['an unknown level', { 'data/test/hierarchy.csv': 'id,level,title\nax1,domaine,Axe\n' }, /hierarchy.csv:2: level: niveau inconnu « domaine »/],
    ['a malformed CSV row', { 'data/test/hierarchy.csv': 'id,level,title\nax1,axe\n' }, /hierarchy.csv:2: -: 2 colonne\(s\) au lieu de 3/],
    ['an unknown plan.md key', { 'content/test/plan.md': PLAN_MD.replace('territory:', 'territoire: x\nterritory:') }, /plan.md:3: territoire: clé inconnue/],
    ['an unknown fiche key', { 'content/test/actions/a2.md': '---\nid: a2\npilote: X\n---\n' }, /a2.md:3: pilote: clé inconnue/],
    ['a fiche redefining a CSV field', { 'content/test/actions/a2.md': '---\nid: a2\ntitle: Autre titre\n---\n' }, /a2.md:3: title: déjà renseigné dans .*actions.csv:3/],
    ['an end before the start', { 'data/test/actions.csv': 'id,parent,title,start,end\na1,ob1,Un,2022,2019\n' }, /actions.csv:2: end: la fin .* précède le début/],
    ['text in a numeric value', { 'data/test/actions.csv': 'id,parent,title,progress\na1,ob1,Un,beaucoup\n' }, /actions.csv:2: progress: nombre attendu/],
    ['an indicator value for an unknown indicator', { 'data/test/indicator_values.csv': 'indicator,year,type,value\ni9,2020,objectif,1\n' }, /indicator_values.csv:2: indicator: indicateur inconnu\(e\) « i9 »/],
    ['a script in a fiche', { 'content/test/actions/a2.md': '---\nid: a2\n---\nTexte\n<script>alert(1)</script>\n' }, /a2.md:5: contenu: HTML interdit dans le contenu : <script>/],
    // In a .md file an import line is text; in .mdx it is code.
    ['an MDX import', { 'content/test/actions/a1.mdx': '---\nid: a1\n---\nimport X from "y"\n' }, /a1.mdx:4: contenu: import\/export interdit/],
    ['bad frontmatter YAML', { 'content/test/actions/a2.md': '---\nid: [a2\n---\n' }, /a2.md:\d+: -: en-tête YAML invalide/],
    ['a plan.md key of the wrong YAML type', { 'content/test/plan.md': PLAN_MD.replace('title: Plan test', 'title: [Plan, test]') }, /plan.md:2: title: type attendu : un texte \(reçu : une liste\)/],
    ['a plan.md period given as one year', { 'content/test/plan.md': PLAN_MD.replace('period: { start: 2020, end: 2026 }', 'period: 2020') }, /plan.md:4: period: type attendu : des sous-clés/],
    ['a missing plan.md key', { 'content/test/plan.md': PLAN_MD.replace('territory: Ville test\n', '') }, /plan.md:\d+: territory: clé obligatoire absente/],
    ['a plan period that ends before it starts', { 'content/test/plan.md': PLAN_MD.replace('end: 2026', 'end: 2019') }, /plan.md:4: period.end: la fin de la période \(2019\) précède son début \(2020\)/],
    ['an impossible adoption date', { 'content/test/plan.md': PLAN_MD.replace('territory:', 'adopted: 2021-02-29\nterritory:') }, /plan.md:3: adopted: date impossible « 2021-02-29 »/],
    ['formula text in a plan.md field', { 'content/test/plan.md': PLAN_MD.replace('title: Plan test', "title: '-Plan test'") }, /plan.md:2: title: la valeur commence par « - »/],
    ['formula text in a level label', { 'content/test/plan.md': PLAN_MD.replace('label: Objectif,', 'label: "=Objectif",') }, /plan.md:7: levels.1.label: .*formule/],
    ['a YAML alias bomb in a fiche', { 'content/test/actions/a2.md': '---\nid: a2\nx: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n' }, /a2.md:4: -: en-tête YAML invalide : trop d'alias/],
    ['a fiche number YAML has already rounded', { 'content/test/actions/a2.md': '---\nid: a2\nbudget: 12345678901234567890\n---\n' }, /a2.md:3: budget: nombre de plus de 15 chiffres significatifs/],
    ['a plan period year out of bounds', { 'content/test/plan.md': PLAN_MD.replace('end: 2026', 'end: 2226') }, /plan.md:4: period.end: valeur hors des bornes \(attendu : au plus 2100\)/],
    ['an empty plan title', { 'content/test/plan.md': PLAN_MD.replace('title: Plan test', 'title: ""') }, /plan.md:2: title: texte vide/],
    ['an impossible update date', { 'data/test/updates.csv': 'id,action,date\nu1,a1,2025-02-30\n' }, /updates.csv:2: date: date impossible « 2025-02-30 » : .*\(attendu : une date réelle, AAAA-MM-JJ\)$/],
  ])('fails on %s with file:line: field: message', (_label, override, pattern) => {
    const { errors } = load({ ...GOOD, ...override });
    expect(errors.join('\n')).toMatch(pattern);
  });

  it('gives one fix for two colons in a plan.md value, not the general hint beside it', () => {
    const { errors } = load({ ...GOOD, 'content/test/plan.md': PLAN_MD.replace('territory: Ville test', 'territory: Ville: test') });
    const yaml = errors.filter((e) => /en-tête YAML invalide/.test(e));
    expect(yaml).toHaveLength(1);
    expect(yaml[0]).toMatch(/deux « : » dans une valeur sans guillemets/);
    expect(yaml[0].match(/\(attendu :/g)).toHaveLength(1);
  });

  it('names a typo in a fiche id: the fiche of a CSV row, not a new action without a title', () => {
    const { errors } = load({ ...GOOD, 'content/test/actions/a2.md': '---\nid: a02\npilot: Service Environnement\n---\nRécit.\n' });
    expect(errors).toEqual([
      expect.stringMatching(/actions\/a2.md:2: id: « a02 » ne correspond à aucune ligne de .*data\/test\/actions.csv, mais le nom du fichier, « a2 », oui \(ligne 3\)/),
    ]);
  });

  it('says once, and truly, what is wrong with an adoption date written JJ/MM/AAAA', () => {
    const { errors } = load({ ...GOOD, 'content/test/plan.md': PLAN_MD.replace('territory:', 'adopted: 17/12/2024\nterritory:') });
    const adopted = errors.filter((e) => /adopted:/.test(e));
    expect(adopted).toEqual([expect.stringMatching(/plan.md:3: adopted: date attendue au format AAAA-MM-JJ/)]);
  });

  it('keeps a reference outside the publication as text, with a warning', () => {
    const { plans, messages, errors } = load({
      ...GOOD,
      'data/test/actions.csv': 'id,parent,title,related_text\na1,ob1,Un,voir fiche n°20\n',
      'content/test/actions/a2.md': '---\nid: a2\ntitle: Deux\nparent: ob1\n---\n',
    });
    expect(errors).toEqual([]);
    expect(plans[0].actions[0].relatedText).toEqual(['voir fiche n°20']);
    expect(messages.join('\n')).toMatch(/actions.csv:2: related_text: avertissement: renvoi hors de la publication/);
  });
});

describe('plan languages', () => {
  const withLanguages = (site: string | undefined, plan: string) => ({
    ...GOOD,
    ...(site === undefined ? {} : { 'content/site.yml': site }),
    'content/test/plan.md': PLAN_MD.replace('statuses:', `${plan}\nstatuses:`),
  });

  it("speak the site's default language when undeclared, never an assumed French", () => {
    expect(load(GOOD).plans[0].meta.languages).toEqual(['fr']);
    expect(load(withLanguages('languages: [nl, fr]\n', '')).plans[0].meta.languages).toEqual(['nl']);
  });

  it('keep the declared order: the first is the language of its texts', () => {
    const { plans, errors } = load(withLanguages('languages: [fr, nl, en]\n', 'languages: [nl, fr]'));
    expect(errors).toEqual([]);
    expect(plans[0].meta.languages).toEqual(['nl', 'fr']);
  });

  it("refuse a language the site does not declare, on plan.md's line", () => {
    const { errors } = load(withLanguages('languages: [fr, nl]\n', 'languages: [fr, en]'));
    expect(errors).toEqual([expect.stringMatching(/plan\.md:8: languages: langue absente des langues du site \(en\).*site\.yml/)]);
  });

  it('refuse a language the interface does not speak', () => {
    const { errors } = load(withLanguages(undefined, 'languages: [fr, de]'));
    expect(errors).toEqual([expect.stringMatching(/plan\.md:8: languages\.1: .*langue « de » inconnue de l'interface/)]);
  });
});

describe('a row left out for its own errors', () => {
  const withActions = (actions: string) =>
    loadFixturePlan({ 'data/test/actions.csv': actions })
      .issues.filter((i) => i.severity === 'error')
      .map(formatIssue);
  const header = 'id,parent,code,title,start,related\n';
  // a2 relates to a1; every child table of the fixture names a1.
  const others = 'a2,ob2 ; ob1,2,Action deux,,a1\na3,ax2,3,Action trois,,\na4,ob2,,Action sans code,,\n';

  it('is reported once: rows naming it (related actions, sub-actions, partners, indicators, budget, updates) are not reported again', () => {
    const errors = withActions(`${header}a1,ob1,1,Action un,31/02/2024,\n${others}`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/actions\.csv:2: start: date impossible « 31\/02\/2024 »/);
  });

  it('an id that no row has is still reported at every row naming it', () => {
    const errors = withActions(`${header}${others}`);
    expect(errors.some((e) => e.includes('action liée inconnue « a1 »'))).toBe(true);
    expect(errors.filter((e) => e.includes('action inconnu(e) « a1 »')).length).toBeGreaterThanOrEqual(5);
  });
});
