import type { Budget } from '../normalise/budget';
import { formatMoney, formatMoneyRange } from './index';

/**
 * A budget in words for the page, from its parsed form: "24 000 €", "17 000 000 € à 27 000 000 €",
 * "5 000 000 € (usine) + 15 000 000 € (réseau)". Text the parser could not read is shown as
 * written; `undefined` when the plan gives nothing (the page then says "non renseigné").
 */
export function describeBudget(budget: Budget): string | undefined {
  const tax = budget.tax ? ` ${budget.tax}` : '';
  const doubt = budget.uncertain ? ' (montant incertain)' : '';
  switch (budget.kind) {
    case 'none':
      return undefined;
    case 'unknown':
      return 'inconnu';
    case 'amount':
      return `${formatMoney(budget.min!)}${tax}${doubt}`;
    case 'range':
      return `${formatMoneyRange(budget.min!, budget.max!)}${tax}${doubt}`;
    case 'sum':
      return `${(budget.parts ?? []).map((p) => `${formatMoney(p.amount)}${p.label ? ` (${p.label})` : ''}`).join(' + ')}, soit ${formatMoney(budget.min!)}${tax}${doubt}`;
    default:
      return budget.raw;
  }
}
