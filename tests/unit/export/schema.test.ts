// The exported tables documented in each language (lib/export/schema): the same columns everywhere,
// every column explained in every language, and the words really of that language.
import { describe, expect, test } from 'vitest';
import { EXPORT_TABLES, exportTablesIn } from '../../../src/lib/export/schema';
import { changesTableIn } from '../../../src/lib/export/changes';
import { fieldDescription, tableSchema } from '../../../src/lib/export/datapackage';
import { UI_LANGUAGES, messages } from '../../../src/lib/i18n';
import { TABLES } from '../../../src/lib/model/tables';

/** What a file is made of, without the words: names, types, keys, constraints. */
const shape = (tables: typeof EXPORT_TABLES) =>
  tables.map((t) => ({
    name: t.name,
    file: t.file,
    primaryKey: t.primaryKey,
    columns: t.columns.map(({ name, type, nature, unit, values, required, pattern, format, list, references, example }) => ({
      name, type, nature, unit, values, required, pattern, format, list, references, example,
    })),
  }));

describe('exported tables in every language', () => {
  test.each(UI_LANGUAGES)('%s: the same columns as the files, in the same order', (language) => {
    expect(shape(exportTablesIn(language))).toEqual(shape(EXPORT_TABLES));
    expect(changesTableIn(language).columns.map((c) => c.name)).toEqual(changesTableIn('fr').columns.map((c) => c.name));
  });

  test.each(UI_LANGUAGES)('%s: every table, column, origin and allowed value is explained', (language) => {
    for (const t of [...exportTablesIn(language), changesTableIn(language)]) {
      expect(t.title.trim(), `${language} ${t.name}`).not.toBe('');
      expect(t.description.trim(), `${language} ${t.name}`).not.toBe('');
      for (const c of t.columns) {
        expect(c.description?.trim(), `${language} ${t.name}.${c.name}`).toBeTruthy();
        expect(c.origin?.trim(), `${language} ${t.name}.${c.name} origin`).toBeTruthy();
        for (const v of Object.keys(c.valueLabels ?? {})) expect(c.values, `${t.name}.${c.name}`).toContain(v);
      }
    }
  });

  test('every column of the CSV tables that staff write has its explanation in each language', () => {
    for (const language of UI_LANGUAGES) {
      const docs = messages(language).data.tables;
      for (const t of Object.values(TABLES)) {
        const fields: Record<string, string | undefined> = docs[t.name].fields;
        for (const f of t.fields) if (f.name !== 'source') expect(fields[f.name]?.trim(), `${language} ${t.name}.${f.name}`).toBeTruthy();
        // …and nothing documented that the table does not have.
        expect(Object.keys(fields).filter((name) => !t.fields.some((f) => f.name === name)), `${language} ${t.name}`).toEqual([]);
      }
    }
  });

  test('the words are the language’s own: the reader sees Dutch and English, and canonical states in their language', () => {
    const actions = (language: (typeof UI_LANGUAGES)[number]) => exportTablesIn(language).find((t) => t.name === 'actions')!;
    expect(actions('fr').title).toBe('Actions');
    expect(actions('nl').title).toBe('Acties');
    const status = (language: (typeof UI_LANGUAGES)[number]) => actions(language).columns.find((c) => c.name === 'status')!;
    expect(status('fr').valueLabels?.en_cours).toBe('En cours');
    expect(status('nl').valueLabels?.en_cours).toBe('Lopend');
    expect(status('en').valueLabels?.en_cours).toBe('In progress');
    const budget = (language: (typeof UI_LANGUAGES)[number]) => actions(language).columns.find((c) => c.name === 'budget_kind')!;
    expect(budget('en').valueLabels?.fourchette).toBe('a range (min < max)');
    expect(budget('en').origin).toBe('read from actions.csv, column budget');
    expect(fieldDescription(status('nl'), 'nl')).toMatch(/^Canonieke status .* Aard: genormaliseerd \(gelezen door de site\)\. Herkomst: gelezen uit actions\.csv, kolom status\./);
  });

  test('a Table Schema carries the other languages’ descriptions of each field under x-translations', () => {
    const actions = exportTablesIn('fr').find((t) => t.name === 'actions')!;
    const others = (['nl', 'en'] as const).map((language) => ({ language, table: exportTablesIn(language).find((t) => t.name === 'actions')! }));
    const schema = tableSchema(actions, 'plan', 'fr', others);
    const title = schema.fields.find((f) => f.name === 'title')!;
    expect(title.description).toMatch(/^Intitulé de l'action, tel que publié\. Nature : brut/);
    expect(title['x-translations']?.nl?.description).toMatch(/^Titel van de actie, zoals gepubliceerd\. Aard: ruw/);
    expect(title['x-translations']?.en?.description).toMatch(/^Title of the action, as published\. Nature: raw/);
    // Without other languages, no x-translations at all (the files of a one-language site stay as they were).
    expect(tableSchema(actions, 'plan').fields.some((f) => 'x-translations' in f)).toBe(false);
  });
});
