import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../../src/lib/model/issues';
import { readSiteSettings } from '../../../src/lib/model/site-settings';

function read(yaml: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'site-yml-'));
  if (yaml !== undefined) writeFileSync(join(dir, 'site.yml'), yaml);
  const log = new IssueLog();
  const settings = readSiteSettings(dir, log);
  return { settings, issues: log.issues.map((i) => ({ line: i.line, field: i.field, message: i.message })) };
}

describe('readSiteSettings: site.yml, validated with its lines', () => {
  it('gives defaults without a file', () => {
    expect(read(undefined)).toMatchObject({ issues: [], settings: { publisher: 'Éditeur non renseigné' } });
  });

  it('reads the identity of the site', () => {
    const { settings, issues } = read('title: Plans\npublisher: Service climat\npublisher_url: https://exemple.fr\ncontact_url: climat@exemple.fr\n');
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({ title: 'Plans', publisher_url: 'https://exemple.fr', contact_url: 'climat@exemple.fr' });
  });

  it.each([
    ['contact_url', 'javascript:alert(1)', '« javascript: »'],
    ['contact_url', 'JavaScript:alert(1)', '« javascript: »'],
    ['contact_url', 'vbscript:msgbox(1)', '« vbscript: »'],
    ['contact_url', 'data:text/html,x', '« data: »'],
    ['publisher_url', '//exemple.invalid/', '« // »'],
    ['publisher_url', 'climat@exemple.fr', 'adresse web attendue'],
    ['contact_url', 'ftp://exemple.fr', 'adresse web (https://…) ou électronique'],
  ])('%s: %s is an error on its line', (key, value, message) => {
    const { issues } = read(`title: Plans\n\n${key}: "${value}"\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: key });
    expect(issues[0].message).toContain(message);
  });

  it('names an unknown key', () => {
    expect(read('title: Plans\ncontact: x\n').issues).toEqual([expect.objectContaining({ line: 2, field: 'contact' })]);
  });
});

describe('site.yml languages', () => {
  it('defaults to French alone, and keeps the declared order (the first is the default)', () => {
    expect(read(undefined).settings.languages).toEqual(['fr']);
    expect(read('languages: [nl, fr]\n')).toMatchObject({ issues: [], settings: { languages: ['nl', 'fr'] } });
  });

  it.each([
    ['languages: [fr, de]\n', 'langue « de » inconnue de l\'interface (langues possibles : fr, nl, en)'],
    ['languages: [fr, nl, fr]\n', 'langue « fr » présente deux fois'],
    ['languages: []\n', 'au moins une langue du site attendue'],
  ])('%s is an error on its line', (yaml, message) => {
    const { issues } = read(`title: Plans\n${yaml}`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 2, field: 'languages' });
    expect(issues[0].message).toContain(message);
  });
});
