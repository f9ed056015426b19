// Spreadsheet columns of a text in another language (issue #15): `<field>_<lang>` when the plan
// publishes that language, kept as an extra field with a report line when it does not.
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../../../src/lib/import/grid';
import { guessTranslatedHeader, parseMapTarget } from '../../../src/lib/import/headers';
import { importPlan } from '../../../src/lib/import/import-plan';
import { toCsv } from '../../../src/lib/import/write';
import { sourceRowsOfExport } from '../../../src/lib/import/workbook';
import type { TableRows } from '../../../src/lib/export/rows';

describe('translated headers', () => {
  it.each([
    ['Intitulé (NL)', { field: 'title', lang: 'nl' }],
    ['Titre (EN)', { field: 'title', lang: 'en' }],
    ['Titre en néerlandais', { field: 'title', lang: 'nl' }],
    ['Description EN', { field: 'summary', lang: 'en' }],
    ["Porteur de l'action (nl)", { field: 'pilot', lang: 'nl' }],
    ['Titel', { field: 'title', lang: 'nl' }],
    ['Omschrijving', { field: 'summary', lang: 'nl' }],
    ['Title', { field: 'title', lang: 'en' }],
    ['Summary', { field: 'summary', lang: 'en' }],
    ['Intitulé', undefined],
    ['Description', undefined],
    // A column that does not translate keeps its usual reading.
    ['Budget (EN)', undefined],
  ])('%s', (header, expected) => {
    expect(guessTranslatedHeader(header)).toEqual(expected);
  });

  it('accepts a translated column in --map', () => {
    expect(parseMapTarget('Naam', 'title_nl')).toEqual({ kind: 'field', field: 'title_nl' });
    expect(() => parseMapTarget('Naam', 'status_nl')).toThrow(/inconnu/);
  });
});

describe('importing a sheet with translated columns', () => {
  const sheet = 'Axe;Intitulé;Intitulé (NL);Title;Description;Omschrijving\nAxe 1;Rénover les écoles;Scholen renoveren;Renovate schools;Isoler **10** écoles;Tien scholen isoleren\n';
  const run = (languages?: ('fr' | 'nl' | 'en')[]) =>
    importPlan(parseDelimited(sheet), { plan: 'p', sourceName: 'tableau.csv', existing: { languages } });

  it('writes the columns of the languages the plan declares after their original', () => {
    const { tables, report } = run(['fr', 'nl', 'en']);
    expect(tables.actions![0]).toMatchObject({ title: 'Rénover les écoles', title_nl: 'Scholen renoveren', title_en: 'Renovate schools', summary_nl: 'Tien scholen isoleren' });
    expect(report.warnings).toEqual([]);
    expect(toCsv('actions', tables.actions!).split('\n')[0]).toBe('id,parent,title,title_nl,title_en,summary,summary_nl,source');
  });

  it('keeps a column in an undeclared language as an extra field, and says how to declare it', () => {
    const { tables, report } = run(['fr', 'nl']);
    expect(tables.actions![0].title_en).toBeUndefined();
    expect(tables.extra_fields).toEqual([expect.objectContaining({ field: 'Title', value: 'Renovate schools' })]);
    expect(report.warnings).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/colonne « Title » : title en « en », langue que plan\.md ne déclare pas \(langues du plan : fr, nl\) : .*languages: \[fr, nl, en\]/) })]);
  });

  it('reads a column in the plan\'s own language as the original', () => {
    const { tables } = importPlan(parseDelimited('Titel;Intitulé (FR)\nScholen renoveren;Rénover les écoles\n'), { plan: 'p', sourceName: 't.csv', existing: { languages: ['nl', 'fr'] } });
    expect(tables.actions![0]).toMatchObject({ title: 'Scholen renoveren', title_fr: 'Rénover les écoles' });
  });
});

describe('updating from the published workbook', () => {
  it('reads a translation back like any text column', () => {
    const current = { actions: [{ plan: 'p', fictif: false, id: 'a1', title: 'Rénover', title_nl: 'Renoveren', title_en: null }] } as unknown as TableRows;
    expect(sourceRowsOfExport(current).actions).toEqual([{ id: 'a1', title: 'Rénover', title_nl: 'Renoveren' }]);
  });
});
