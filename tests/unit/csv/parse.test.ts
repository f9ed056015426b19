import { describe, expect, it } from 'vitest';
import { parseCsv, recordStartLines } from '../../../src/lib/csv/parse';
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
    ['a stray quote that would swallow the rest of the file', 'id,title\na,"oops\nb,ok\nc,ok\n', /guillemet non fermé/],
    ['a row with too many cells', 'id,title\na,b,c\n', /data\/p\/actions.csv:2: -: 3 colonne\(s\) au lieu de 2/],
    ['a row with too few cells', 'id,title\na\n', /data\/p\/actions.csv:2: -: 1 colonne\(s\) au lieu de 2/],
    ['a BOM', '\uFEFFid,title\na,b\n', /BOM/],
    ['a semicolon-separated file', 'id;title\na;b\n', /séparateur doit être la virgule/],
    ['invalid UTF-8 (decoded as U+FFFD)', 'id,title\na,caf\uFFFD\n', /UTF-8/],
  ])('reports %s', (_label, text, pattern) => {
    const { messages } = parse(text);
    expect(messages.join('\n')).toMatch(pattern);
  });

  it('never returns fewer rows than physical records without saying why', () => {
    const text = 'id,title\na,"x\nb,y\n';
    const { table, messages } = parse(text);
    expect(table.rows.length < recordStartLines(text).length - 1 ? messages.length : 1).toBeGreaterThan(0);
  });

  it('skips blank lines and trims cells', () => {
    const { table } = parse('id,title\n a , b \n\n');
    expect(table.rows).toEqual([{ line: 2, values: { id: 'a', title: 'b' } }]);
  });
});
