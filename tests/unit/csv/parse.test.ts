import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse';
import { IssueLog, formatIssue } from '../../../src/lib/model/issues';

const parse = (text: string) => {
  const log = new IssueLog();
  const table = parseCsv(text, 'data/p/actions.csv', log);
  return { table, messages: log.issues.map(formatIssue) };
};

describe('parseCsv', () => {
  it('reads rows by header name with the line where each row starts', () => {
    const { table, messages } = parse('id,title\na,"Deux\nlignes"\nb,Trois\n');
    expect(messages).toEqual([]);
    expect(table.rows).toEqual([
      { line: 2, values: { id: 'a', title: 'Deux\nlignes' } },
      { line: 4, values: { id: 'b', title: 'Trois' } },
    ]);
  });

  it.each([
    ['LF', 'id,title\na,Un\nb,"Deux\nlignes"\nc,Trois\n'],
    ['CRLF', 'id,title\r\na,Un\r\nb,"Deux\r\nlignes"\r\nc,Trois\r\n'],
    ['CR only (old Mac files)', 'id,title\ra,Un\rb,"Deux\rlignes"\rc,Trois\r'],
    ['mixed line ends', 'id,title\r\na,Un\nb,"Deux\rlignes"\r\nc,Trois'],
  ])('counts lines as an editor does with %s line ends', (_label, text) => {
    const { table, messages } = parse(text);
    expect(messages).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.values.id, r.values.title])).toEqual([
      [2, 'a', 'Un'],
      [3, 'b', 'Deux\nlignes'],
      [5, 'c', 'Trois'],
    ]);
  });

  it('keeps a quote inside an unquoted cell as text, without shifting the lines that follow', () => {
    const { table, messages } = parse('id,title\na,Écran 12" pouces\nb,Deux\n');
    expect(messages).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.values.title])).toEqual([[2, 'Écran 12" pouces'], [3, 'Deux']]);
  });

  it.each([
    ['a stray quote that would swallow the rest of the file, on the line of the quote', 'id,title\na,ok\nb,"oops\nc,ok\nd,ok\n', /actions.csv:3: -: guillemet non fermé/],
    ['a quote inside a quoted cell that is not doubled', 'id,title\na,"Il a dit "oui" puis"\n', /actions.csv:2: -: guillemet mal placé/],
    ['a quote closed too late, swallowing rows without changing the column count', 'id,parent,title\na,p,"Un\nb,p,Deux\nc,p,Trois"\n', /actions.csv:2: -: guillemet fermé trop tard \? .* jusqu'à la ligne 4/],
    ['a row with too many cells', 'id,title\na,b,c\n', /data\/p\/actions.csv:2: -: 3 colonne\(s\) au lieu de 2/],
    ['a row with too few cells', 'id,title\na\n', /data\/p\/actions.csv:2: -: 1 colonne\(s\) au lieu de 2/],
    ['a duplicate column', 'id,pilot,title,pilot\na,X,Un,Y\n', /actions.csv:1: pilot: colonne en double \(colonnes 2 et 4\)/],
    ['a BOM', '\uFEFFid,title\na,b\n', /BOM/],
    ['a semicolon-separated file', 'id;title\na;b\n', /séparateur doit être la virgule/],
    ['invalid UTF-8 (decoded as U+FFFD), on its line', 'id,title\r\na,b\r\nc,caf\uFFFD\r\n', /actions.csv:3: -: caractère illisible/],
  ])('reports %s', (_label, text, pattern) => {
    const { messages } = parse(text);
    expect(messages.join('\n')).toMatch(pattern);
  });

  it('keeps a legitimate multi-line Markdown cell whose lines hold commas', () => {
    const { table, messages } = parse('id,parent,title,summary\na,p,Un,"Deux axes :\n* bâtiments, écoles, gymnases\n* mobilité, vélo, bus"\n');
    expect(messages).toEqual([]);
    expect(table.rows[0].values.summary).toBe('Deux axes :\n* bâtiments, écoles, gymnases\n* mobilité, vélo, bus');
  });

  it('never returns a row it could not read without saying why', () => {
    for (const text of ['id,title\na,"x\nb,y\n', 'id,a,b\nx,"1\ny,2,3\nz,4,5"\n']) {
      const { table, messages } = parse(text);
      expect(table.rows).toEqual([]);
      expect(messages.length).toBeGreaterThan(0);
    }
  });

  it('skips blank lines and trims cells', () => {
    const { table } = parse('id,title\n a , b \n\n');
    expect(table.rows).toEqual([{ line: 2, values: { id: 'a', title: 'b' } }]);
  });

  it('skips the rows of separators only a spreadsheet leaves, whatever their width, without a message', () => {
    const { table, messages } = parse('id,title,status\na,b,En cours\n,,\n , ,\n,,,,\nc,d,\n');
    expect(table.rows.map((r) => [r.line, r.values.id])).toEqual([
      [2, 'a'],
      [6, 'c'],
    ]);
    expect(messages).toEqual([]);
  });
});
