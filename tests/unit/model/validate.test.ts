import { describe, expect, it } from 'vitest';
import { TABLES, type FieldSpec } from '../../../src/lib/model/tables';
import { cellProblems, significantDigits } from '../../../src/lib/model/validate';

const field = (table: keyof typeof TABLES, name: string): FieldSpec => TABLES[table].fields.find((f) => f.name === name)!;
const progress = field('actions', 'progress');
const amount = field('budget_lines', 'amount');
const value = field('indicator_values', 'value');
const date = field('updates', 'date');
const start = field('actions', 'start');
const budget = field('actions', 'budget');
const title = field('actions', 'title');
const approaches = field('actions', 'approaches');
const order = field('actions', 'order');

describe('cellProblems', () => {
  it.each([
    // Valid cells: nothing to say.
    [progress, '0'],
    [progress, '100'],
    [progress, '37.5'],
    [amount, '999999999999.99'],
    [amount, '12500.50'],
    [value, '12.5'],
    [value, '-5'],
    [value, '1 colloque organisé'],
    [value, '123456789012345'], // 15 digits: exact
    [value, '100000000000000000000'], // 1 significant digit: exact
    [date, '2024-02-29'],
    [start, 'été 2019'],
    [start, '31/03/2021'],
    [start, 'En continu'],
    [start, '2020-22'],
    [budget, '17 à 27 M€'],
    [budget, '999 Md€ HT'],
    [budget, 'Intégré dans l\'action du service énergie'],
    [title, 'Deux lignes\navec une tabulation\tau milieu'],
    [approaches, 'ISO 14001 ; Cit\'ergie 3.2.2'],
    [order, '-1'],
  ])('accepts %s « %s »', (spec, cell) => {
    expect(cellProblems(spec, cell)).toEqual([]);
  });

  it.each([
    [title, 'Action\u0000 deux', /caractère de contrôle invisible U\+0000/],
    [title, 'Action\u001b deux', /U\+001B/],
    [title, 'Action\u0085 deux', /U\+0085/],
    [title, '=HYPERLINK("x")', /formule/],
    [approaches, 'ISO 14001 ; =1+1', /commence par « = ».*formule/],
    [approaches, 'ISO 14001 ; @SUM(A1)', /« @ »/],
    [progress, '150', /entre 0 et 100/],
    [progress, '-10', /entre 0 et 100/],
    [progress, '2,5', /virgule décimale dans « 2,5 » : écrivez « 2.5 »/],
    [amount, '1000000000000', /montant démesuré/],
    [amount, '-1000000000000', /montant démesuré/],
    [amount, '12345678901234567890.12', /plus de 15 chiffres significatifs.*publié arrondi \(12345678901234567000\)/],
    [amount, '1234,50', /écrivez « 1234.50 »/],
    [value, '2,7', /écrivez « 2.7 »/],
    [value, '1234567890123456', /plus de 15 chiffres significatifs/],
    [order, '12345678901234567', /plus de 15 chiffres significatifs/],
    [date, '2025-02-30', /date impossible « 2025-02-30 »/],
    [date, '2025-13-01', /date impossible/],
    [date, '30/01/2025', /AAAA-MM-JJ/],
    [start, '30/02/2021', /date impossible « 30\/02\/2021 »/],
    [start, '13/2021', /date impossible/],
    [start, '31 avril 2021', /date impossible/],
    [budget, '2 000 000 M€', /montant démesuré/],
    [budget, '1 000 000 000 000 €', /montant démesuré/],
    [budget, '1 000 milliards d\'euros', /montant démesuré/],
    [budget, '1 000 000 000 k€', /montant démesuré/],
    [budget, '5 000 € + 1 500 000 000 000 €', /montant démesuré/],
  ])('reports %s « %s »', (spec, cell, message) => {
    expect(cellProblems(spec, cell).join('\n')).toMatch(message);
  });
});

describe('significantDigits', () => {
  it.each([
    ['0', 0],
    ['0.050', 1],
    ['12000', 2],
    ['-1.25', 3],
    ['123456789.0123456789', 19],
  ])('%s has %i', (text, n) => {
    expect(significantDigits(text)).toBe(n);
  });
});
