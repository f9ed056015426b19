/**
 * A plan's texts in its other languages (issue #15): `<field>_<lang>` columns and plan.md keys,
 * translated fiches `actions/<id>.<lang>.md|mdx` and `plan.<lang>.md`, through the same loader as
 * `npm run check` and the build.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/model/issues';
import { loadPlans } from '../../../src/lib/model/load';
import { localText } from '../../../src/lib/i18n/localize';

const planMd = (languages = '[fr, nl]', extra = '') => `---
title: Plan climat
title_nl: Klimaatplan
territory: Ville
levels:
  - { id: axe, label: Axe, plural: Axes, label_nl: As, plural_nl: Assen }
action_label: { singular: Fiche, plural: Fiches, singular_nl: Fiche, plural_nl: Fiches }
languages: ${languages}
${extra}---
Présentation.
`;

const GOOD: Record<string, string> = {
  'content/site.yml': 'languages: [fr, nl, en]\n',
  'content/test/plan.md': planMd(),
  'content/test/plan.nl.md': 'Voorstelling.\n',
  'data/test/hierarchy.csv': 'id,level,title,title_nl,summary\nax1,axe,Axe un,As een,Résumé\n',
  'data/test/actions.csv': 'id,parent,title,title_nl,summary,summary_nl,pilot\na1,ax1,Action un,Actie een,,,Service\na2,ax1,Action deux,,Résumé,Samenvatting,\n',
  'content/test/actions/a1.md': '---\nid: a1\nsummary: Le résumé de la fiche.\n---\nRécit.\n',
  'content/test/actions/a1.nl.md': '---\nsummary: De samenvatting van de fiche.\n---\nVerhaal.\n',
  'data/test/indicators.csv': 'id,action,label,label_nl,unit\ni1,a1,Vélos,Fietsen,nombre\n',
  'data/test/updates.csv': 'id,action,date,note,note_nl\nu1,a1,2024-01-01,Lancé,Gestart\n',
};

function load(files: Record<string, string | undefined>) {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = loadPlans({ content: join(root, 'content'), data: join(root, 'data') });
  const messages = result.issues.filter((i) => i.severity === 'error').map(formatIssue);
  return { ...result, errors: messages };
}

describe('translations of a plan', () => {
  it('reads translated columns, plan.md keys and a translated fiche onto the entities', () => {
    const { plans, errors } = load(GOOD);
    expect(errors).toEqual([]);
    const [plan] = plans;
    expect(plan.meta.translations).toEqual({ nl: { title: 'Klimaatplan', 'action_label.singular': 'Fiche', 'action_label.plural': 'Fiches' } });
    expect(plan.meta.levels[0].translations).toEqual({ nl: { label: 'As', plural: 'Assen' } });
    expect(plan.nodes[0].translations).toEqual({ nl: { title: 'As een' } });
    const [a1, a2] = plan.actions;
    expect(a1.translations).toEqual({ nl: { title: 'Actie een', summary: 'De samenvatting van de fiche.' } });
    expect(a1.ficheTranslations?.nl).toMatch(/actions\/a1\.nl\.md$/);
    expect(a2.translations).toEqual({ nl: { summary: 'Samenvatting' } });
    expect(a2.ficheTranslations).toBeUndefined();
    expect(plan.indicators[0].translations).toEqual({ nl: { label: 'Fietsen' } });
    expect(plan.updates[0].translations).toEqual({ nl: { note: 'Gestart' } });
    // What a Dutch reader sees: the translation, or the original marked as French.
    expect(localText(a1.title, a1.translations, 'title', 'nl', 'fr')).toEqual({ text: 'Actie een', lang: 'nl', translated: true });
    expect(localText(a2.title, a2.translations, 'title', 'nl', 'fr')).toEqual({ text: 'Action deux', lang: 'fr', translated: false });
  });

  it('checks a translated cell like any cell of its column', () => {
    const { errors } = load({ ...GOOD, 'data/test/actions.csv': 'id,parent,title,title_nl\na1,ax1,Action un,=HYPERLINK("x")\n' });
    // The row is then left out, like any row with an invalid cell.
    expect(errors).toContainEqual(expect.stringMatching(/actions\.csv:2: title_nl: la valeur commence par « = »/));
    const link = load({ ...GOOD, 'data/test/actions.csv': 'id,parent,title,summary,summary_nl\na1,ax1,Un,Texte,[x](javascript:alert(1))\n' });
    expect(link.errors.some((e) => /actions\.csv:2: summary_nl: /.test(e))).toBe(true);
  });

  it.each([
    ['a column in a language the plan does not declare', { 'data/test/actions.csv': 'id,parent,title,title_en\na1,ax1,Un,One\n' }, /^.*data\/test\/actions\.csv:1: title_en: langue « en » non déclarée par le plan \(langues du plan : fr, nl\) : ajoutez-la à « languages » dans .*plan\.md/],
    ['a column in the plan\'s own language', { 'data/test/actions.csv': 'id,parent,title,title_fr\na1,ax1,Un,Un\n' }, /actions\.csv:1: title_fr: « fr » est la langue d'origine du plan/],
    ['a column in a language the site does not know', { 'data/test/actions.csv': 'id,parent,title,title_de\na1,ax1,Un,Eins\n' }, /actions\.csv:1: title_de: langue « de » inconnue du site/],
    ['a column of a field that does not translate', { 'data/test/actions.csv': 'id,parent,title,status,status_nl\na1,ax1,Un,En cours,Lopend\n' }, /actions\.csv:1: status_nl: le champ « status » ne se traduit pas \(champs traduisibles : title, summary/],
    ['an upper-case language code', { 'data/test/actions.csv': 'id,parent,title,title_NL\na1,ax1,Un,Een\n' }, /actions\.csv:1: title_NL: code de langue en majuscules : écrivez « title_nl »/],
    ['a translation without an original', { 'data/test/hierarchy.csv': 'id,level,title,summary,summary_nl\nax1,axe,Axe,,Samenvatting\n' }, /hierarchy\.csv:2: summary_nl: traduction sans texte d'origine : « summary » est vide/],
    ['an action translation without an original', { 'data/test/actions.csv': 'id,parent,title,targets_nl\na1,ax1,Un,Bewoners\n' }, /actions\.csv:2: targets_nl: traduction sans texte d'origine/],
    ['a plan.md key in an undeclared language', { 'content/test/plan.md': planMd('[fr, nl]', 'description_en: A plan\n') }, /plan\.md:9: description_en: langue « en » non déclarée par le plan/],
    ['a level label in an undeclared language', { 'content/test/plan.md': planMd('[fr, nl]').replace('plural_nl: Assen', 'plural_nl: Assen, label_en: Axis') }, /plan\.md:\d+: levels\.0\.label_en: langue « en » non déclarée/],
    ['a source fiche key in an undeclared language', { 'content/test/actions/a1.md': '---\nid: a1\nsummary: Résumé\npilot_en: Service\n---\n', 'content/test/actions/a1.nl.md': undefined }, /a1\.md:4: pilot_en: langue « en » non déclarée par le plan/],
    ['a translated fiche of an unknown action', { 'content/test/actions/a9.nl.md': 'Verhaal.\n' }, /actions\/a9\.nl\.md:1: id: action inconnue « a9 »/],
    ['a translated fiche whose action has no fiche', { 'content/test/actions/a2.nl.md': 'Verhaal.\n' }, /actions\/a2\.nl\.md:1: id: l'action « a2 » n'a pas de fiche dans la langue du plan \(fr\)/],
    ['a translated fiche in an undeclared language', { 'content/test/actions/a1.en.md': 'Story.\n' }, /actions\/a1\.en\.md:1: -: fiche traduite : langue « en » non déclarée par le plan/],
    ['a translated fiche with a key that does not translate', { 'content/test/actions/a1.nl.md': '---\nstatus: Lopend\n---\n' }, /a1\.nl\.md:2: status: clé inconnue dans une fiche traduite/],
    ['a translated fiche text without an original', { 'content/test/actions/a1.nl.md': '---\ntargets: Bewoners\n---\n' }, /a1\.nl\.md:2: targets: traduction sans texte d'origine/],
    ['a translated fiche contradicting a translated column', { 'content/test/actions/a1.nl.md': '---\ntitle: Andere titel\n---\n' }, /a1\.nl\.md:2: title: traduction déjà donnée dans .*actions\.csv:2 \(colonne title_nl\)/],
    ['a plan body in an undeclared language', { 'content/test/plan.en.md': 'Presentation.\n' }, /plan\.en\.md:1: -: texte traduit : langue « en » non déclarée par le plan/],
    ['a plan body translation with a front matter', { 'content/test/plan.nl.md': '---\ntitle: Klimaatplan\n---\nVoorstelling.\n' }, /plan\.nl\.md:2: title: .*title_nl/],
  ])('reports %s', (_, files, message) => {
    const { errors } = load({ ...GOOD, ...files });
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it('checks a translated MDX fiche\'s components against the plan', () => {
    const { errors } = load({
      ...GOOD,
      'content/test/actions/a1.nl.md': undefined,
      'content/test/actions/a1.nl.mdx': '<Indicateur id="inconnu" />\n',
    });
    expect(errors).toEqual([expect.stringMatching(/a1\.nl\.mdx:1: id: <Indicateur id="inconnu"> : indicateur inconnu/)]);
  });

  it('runs the content-trust check on translated files', () => {
    const { errors } = load({ ...GOOD, 'content/test/actions/a1.nl.md': '<script>alert(1)</script>\n' });
    expect(errors.some((e) => /a1\.nl\.md:1: /.test(e))).toBe(true);
  });

  it('accepts no translation at all in a single-language plan, and says a column needs a declared language', () => {
    const single = { ...GOOD, 'content/test/plan.md': planMd('[fr]').replace(/ *\w+_nl: [^,}\n]+,?/g, '').replace(', }', ' }'), 'content/test/plan.nl.md': undefined, 'content/test/actions/a1.nl.md': undefined };
    const { errors } = load({ ...single, 'data/test/actions.csv': 'id,parent,title\na1,ax1,Un\n', 'data/test/hierarchy.csv': 'id,level,title\nax1,axe,Axe\n', 'data/test/indicators.csv': undefined, 'data/test/updates.csv': undefined });
    expect(errors).toEqual([]);
    const withColumn = load({ ...single, 'data/test/actions.csv': 'id,parent,title,title_nl\na1,ax1,Un,Een\n', 'data/test/hierarchy.csv': 'id,level,title\nax1,axe,Axe\n', 'data/test/indicators.csv': undefined, 'data/test/updates.csv': undefined });
    expect(withColumn.errors).toEqual([expect.stringMatching(/actions\.csv:1: title_nl: langue « nl » non déclarée par le plan \(langues du plan : fr\) : .*languages: \[fr, nl\]/)]);
  });
});
