/**
 * The seeds committed in scripts/seeds/sources/ carry no personal data: the redaction replaces
 * credits, names, e-mail addresses and phone numbers by placeholders without moving a line, and
 * the committed sources have nothing left for it to replace. (That the derivations read the same
 * values as before is proven by besancon.test.ts and dijon.test.ts: their output from these
 * sources is the committed data/<plan>/*.csv, byte for byte.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../../scripts/seeds/derivation';
import { PLACEHOLDERS, redactSeed, SOURCE_FILES, type RedactionKind } from '../../../scripts/seeds/redact';

// Invented people and numbers, in the shapes the published documents use.
const cases: { name: string; line: string; expected: string; kinds: RedactionKind[] }[] = [
  {
    name: 'a photo credit naming a person, after a caption',
    line: 'Les colloques sont organisés par le club - © A. DUPONTEL',
    expected: 'Les colloques sont organisés par le club - © [crédit retiré]',
    kinds: ['crédit photo'],
  },
  {
    name: 'a photo credit with two initials',
    line: 'Les mobilités durables - © J.P. MARTINEZ',
    expected: 'Les mobilités durables - © [crédit retiré]',
    kinds: ['crédit photo'],
  },
  {
    name: 'a credit stops at the end of its cell',
    line: 'Légende - © X. NOM\tcellule suivante',
    expected: 'Légende - © [crédit retiré]\tcellule suivante',
    kinds: ['crédit photo'],
  },
  {
    name: 'initials and a surname in capitals',
    line: 'Pilote : A.-M. BERNARDIN - DAG',
    expected: 'Pilote : [nom retiré] - DAG',
    kinds: ['nom'],
  },
  {
    name: 'an accented initial and a surname',
    line: 'Rédaction : É. Lemoine, service Énergie',
    expected: 'Rédaction : [nom retiré], service Énergie',
    kinds: ['nom'],
  },
  {
    name: 'a civility and a name',
    line: 'Contact : Mme Jeanne Exemple, service Énergie',
    expected: 'Contact : [nom retiré], service Énergie',
    kinds: ['nom'],
  },
  {
    name: 'an e-mail address',
    line: 'Écrire à prenom.nom@collectivite.example.fr pour tout renseignement',
    expected: 'Écrire à [adresse retirée] pour tout renseignement',
    kinds: ['adresse électronique'],
  },
  {
    name: 'a French phone number, spaced or dotted',
    line: 'Tél. 03 81 00 00 00 ou 03.81.00.00.01',
    expected: 'Tél. [téléphone retiré] ou [téléphone retiré]',
    kinds: ['téléphone', 'téléphone'],
  },
  {
    name: 'an international phone number and an e-mail address on one line',
    line: 'Tel +33 (0)4 00 00 00 00 – personne@agence.example.org',
    expected: 'Tel [téléphone retiré] – [adresse retirée]',
    kinds: ['adresse électronique', 'téléphone'],
  },
];

// Values the derivations read: none of them may be taken for personal data.
const untouched = [
  "PILOTE CAGB : Service Environnement / Ville de Besançon : DME",
  "PARTENAIRE Région Bourgogne Franche-Comté / Citiz / Besançon mobilités / Vélocité / CG25",
  '\t01/01/2018\t01/11/2019\t5 000 000€ (usine) + 15 000 000€ (réseau)\tEn cours',
  'budget global convention 154,2 millions € HT 174,1 millions € TTC\t700 000,00 €\t17 à 27 M€',
  'TI : Janvier 2018 ; PAT : septembre 2019\tTI : 45 M€ ; agriculture urbaine : ? ; PAT : 2 M€',
  'Illus. : Moyens fixes et mobiles d\'ATMO FC pour mesurer la qualité de l\'air',
  'TA5 La technologie au service de la planification climatique\tAction à démarrer',
];

describe('redactSeed', () => {
  it.each(cases)('replaces $name', ({ line, expected, kinds }) => {
    const { text, redactions } = redactSeed(line);
    expect(text).toBe(expected);
    expect(redactions.map((r) => r.kind).sort()).toEqual([...kinds].sort());
  });

  it.each(untouched)('leaves « %s » as it is', (line) => {
    expect(redactSeed(line)).toEqual({ text: line, redactions: [] });
  });

  it('keeps every line where it was, and reports the line of each replacement', () => {
    const text = ['titre', '', 'légende - © A. DUPONTEL', 'écrire à x.y@example.org\r', ''].join('\n');
    const { text: out, redactions } = redactSeed(text);
    expect(out.split('\n')).toHaveLength(5);
    expect(out.split('\n')[3]).toBe('écrire à [adresse retirée]\r');
    expect(redactions).toEqual([
      { line: 3, kind: 'crédit photo' },
      { line: 4, kind: 'adresse électronique' },
    ]);
  });

  it('is idempotent: a redacted text has nothing left to replace', () => {
    const once = redactSeed(cases.map((c) => c.line).join('\n')).text;
    expect(redactSeed(once)).toEqual({ text: once, redactions: [] });
  });
});

describe('the committed sources (scripts/seeds/sources/)', () => {
  const sources = SOURCE_FILES.map((file) => ({ file, text: readFileSync(join(SOURCES_DIR, file), 'utf8') }));

  it('are exactly the seeds the derivations and tests read, with their README', () => {
    expect(readdirSync(SOURCES_DIR).sort()).toEqual(['README.md', ...SOURCE_FILES].sort());
  });

  it.each(sources)('$file has nothing left to redact', ({ text }) => {
    expect(redactSeed(text).redactions).toEqual([]);
  });

  it.each(sources)('$file contains no e-mail address, phone number or photo credit', ({ text }) => {
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/(?:\+\d{2,3}\s?(?:\(0\)\s?)?|\b0)\d(?:[\s.-]?\d{2}){4}\b/);
    for (const credit of text.matchAll(/©[^\t\r\n]*/g)) expect(credit[0]).toBe(PLACEHOLDERS['crédit photo']);
  });

  it('seed 001 had its four photo credits removed, three of them naming a person, and nothing else', () => {
    const lines = sources[0].text.split('\n');
    const credited = lines.flatMap((l, i) => (l.includes('©') ? [i + 1] : []));
    expect(credited).toEqual([71, 131, 410, 473]);
    for (const n of credited) expect(lines[n - 1].endsWith(` - ${PLACEHOLDERS['crédit photo']}`), `l. ${n}`).toBe(true);
  });
});
