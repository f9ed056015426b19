/**
 * Budget cells as plans write them ("24 000 €", "17 à 27 M€", "5 000 000€ (usine) + 15 000 000€
 * (réseau)", "?", "Intégré dans l'action du service énergie") turned into numbers in euros, with
 * the published text always kept in `raw`.
 *
 * The parser only reads what is unambiguous: anything it cannot explain stays `kind: 'text'`
 * rather than becoming a guessed number, because a wrong figure on a public page is worse than
 * the plan's own words.
 */

/**
 * A parsed budget. Amounts are in euros (plain numbers, rounded to the cent).
 *
 * - `none`: nothing given, or explicitly not applicable ("/").
 * - `unknown`: the plan says it does not know ("?").
 * - `amount`: one figure; `min === max`.
 * - `range`: "17 à 27 M€"; `min < max` (or equal when both ends are).
 * - `sum`: labelled parts to add up; `min` is the total of the known parts, `max` the same total
 *   when every part is known and undefined when a part is "?" (the total is then a floor).
 * - `text`: words with no figure that can be read safely; only `raw` is meaningful.
 */
export type Budget = {
  raw: string;
  kind: 'none' | 'unknown' | 'amount' | 'range' | 'sum' | 'text';
  min?: number;
  max?: number;
  parts?: { amount: number; label?: string }[];
  tax?: 'HT' | 'TTC';
  alternatives?: { amount: number; tax: 'HT' | 'TTC' }[];
  uncertain?: boolean;
  note?: string;
};

type Tax = 'HT' | 'TTC';

/** One figure found in the text, before any structure is given to it. */
interface Figure {
  value: number;
  /** Multiplier the figure carried itself (k€, M€, millions…); 1 when it had none. */
  scale: number;
  /** True when a currency, scale or tax word marks the figure as money. */
  unit: boolean;
  tax?: Tax;
  start: number;
  end: number;
}

// A number as French spreadsheets write it: space or "." groups of three, "," (or a lone ".")
// for decimals. The sign must touch the digits so that "10 000 - 20 000" stays a range.
const NUM = String.raw`(?<![\d,.])(?:([-−])(?=\d))?(\d{1,3}(?:[ .]\d{3})+|\d+)(?:([,.])(\d+))?(?!\d)`;
const CUR = String.raw`(?:€|euros?\b|eur\b|d['’] ?euros?\b)`;
// Abbreviated scales (k, M, Md) only count before a currency sign: "300 m" is a length.
const UNIT = String.raw`(?: ?(?:(mrds?|mds?|m|k) ?(${CUR})|(milliards?|millions?|mille)(?: (${CUR}))?|(${CUR})))?`;
const TAX = String.raw`(?: ?(ht|ttc)\b)?`;
const AMOUNT = NUM + UNIT + TAX;

const AMOUNT_RE = new RegExp(AMOUNT, 'giu');
const AMOUNT_ONLY_RE = new RegExp(`^${AMOUNT}$`, 'iu');
// "17 à 27 M€", "10 000 - 20 000 €", "de 10 000 à 20 000 €"; "entre … et …" is rewritten to "à" first.
const RANGE_RE = new RegExp(`^(?:de )?(${AMOUNT}) ?(?:à|a|au|-|–|—) ?(${AMOUNT})$`, 'iu');

const SCALES: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  m: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  mds: 1e9,
  mrd: 1e9,
  mrds: 1e9,
  milliard: 1e9,
  milliards: 1e9,
};

const PLACEHOLDER_NONE = /^[/\-–—]+$/u;
const PLACEHOLDER_UNKNOWN = /^(?:\?+|nc|n\.c\.?|inconnu)$/iu;
const HEDGE = /(?:\benviron\b|\benv\.|\bapprox|\bestim|~|≈)/iu;

const cents = (n: number): number => {
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r; // no -0 in exports
};

/** Number of capture groups in AMOUNT, so a range can find where its second end's groups start. */
const GROUPS = 10;

/**
 * Reads the capture groups of one AMOUNT (in source order) into a Figure.
 * @param start index of the figure in the text, for cutting it out of `note`
 */
function toFigure(groups: (string | undefined)[], start = 0, length = 0): Figure {
  const [sign, int, , frac, abbr, cur1, word, cur2, cur3, tax] = groups as string[];
  const digits = int.replace(/[ .]/g, '');
  const base = Number(frac ? `${digits}.${frac}` : digits);
  const scaleWord = (abbr ?? word)?.toLowerCase();
  const scale = scaleWord ? SCALES[scaleWord] : 1;
  const value = cents((sign ? -1 : 1) * base * scale);
  return {
    value,
    scale,
    unit: Boolean(scaleWord || cur1 || cur2 || cur3 || tax),
    tax: tax ? (tax.toUpperCase() as Tax) : undefined,
    start,
    end: start + length,
  };
}

// Cutting figures out can leave "()" or a dangling ":" behind.
const tidy = (s: string): string =>
  s
    .replace(/\( *\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s:;,\-–—]+|[\s:;,\-–—]+$/gu, '');

/** The text left once the figures are cut out, for `note`. */
function remainder(text: string, figures: Figure[]): string {
  let out = '';
  let at = 0;
  for (const f of figures) {
    out += `${text.slice(at, f.start)} `;
    at = f.end;
  }
  return tidy(out + text.slice(at));
}

/** One labelled piece of a sum: "TI : 45 M€", "5 000 000€ (usine)", "agriculture urbaine : ?". */
function readPart(piece: string): { label?: string; figure?: Figure; unknown: boolean; doubt?: boolean } | undefined {
  let rest = piece.trim();
  let label: string | undefined;
  const paren = /\(([^()]*)\)/u.exec(rest);
  if (paren) {
    label = paren[1].trim() || undefined;
    rest = (rest.slice(0, paren.index) + rest.slice(paren.index + paren[0].length)).trim();
  }
  const colon = /^([^:]+?) ?: ?(.+)$/u.exec(rest);
  if (!label && colon) {
    label = colon[1].trim();
    rest = colon[2].trim();
  }
  if (PLACEHOLDER_UNKNOWN.test(rest)) return { label, unknown: true };
  const doubt = /\?$/u.test(rest);
  const m = AMOUNT_ONLY_RE.exec(rest.replace(/ ?\?+$/u, ''));
  return m ? { label, figure: toFigure(m.slice(1)), unknown: false, doubt } : undefined;
}

function readSum(text: string, base: Budget): Budget | undefined {
  const pieces = text.split(/[+;]/u).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const read = pieces.map(readPart);
  if (read.some((p) => !p)) return undefined;
  const parts = read as NonNullable<(typeof read)[number]>[];
  const known = parts.filter((p) => p.figure);
  // Mixing "5" and "15 M€" would make us guess the unit of the bare figure: leave it as text.
  if (known.length === 0 || (known.some((p) => p.figure!.unit) && known.some((p) => !p.figure!.unit))) {
    return undefined;
  }
  const total = cents(known.reduce((s, p) => s + p.figure!.value, 0));
  const missing = parts.filter((p) => p.unknown);
  const taxes = new Set(known.map((p) => p.figure!.tax));
  const tax = taxes.size === 1 ? [...taxes][0] : undefined;
  const budget: Budget = {
    ...base,
    kind: 'sum',
    parts: known.map((p) => (p.label ? { amount: p.figure!.value, label: p.label } : { amount: p.figure!.value })),
    min: total,
  };
  if (parts.some((p) => p.doubt)) budget.uncertain = true;
  if (missing.length === 0) budget.max = total;
  else {
    budget.uncertain = true;
    const labels = missing.map((p) => p.label).filter(Boolean);
    budget.note = labels.length ? `montant inconnu : ${labels.join(', ')}` : 'montant inconnu pour une partie';
  }
  if (tax) budget.tax = tax;
  return budget;
}

/**
 * Parses a budget cell into euros, keeping the published text in `raw`. Never throws.
 *
 * Placeholders: "" (or undefined) and "/" give `none` — in the seeds "/" means "not applicable",
 * which we do not distinguish from "nothing given"; "-", "--" likewise. "?" (and "nc") gives
 * `unknown`. An Excel accounting zero ("- €") is the amount 0.
 *
 * Numbers: spaces (U+0020, U+00A0, U+202F) or "." group thousands ("1.500.000 €"); "," is the
 * decimal separator; a single "." followed by other than three digits is read as a decimal point
 * ("1.5 M€"). Scales: k€/K€, M€, Md€ (abbreviations only count before €/euros, so "300 m" is
 * not money), mille, million(s), milliard(s), optionally followed by "€", "euros", "d'euros".
 * Negative amounts are kept ("-5 000 €" → -5000); rejecting them is the content check's job.
 *
 * Shapes, tried in this order:
 * - sum of parts separated by "+" or ";", each optionally labelled "(usine)" or "TI :"; a "?"
 *   part makes the total a floor (`max` undefined, `uncertain`, `note` naming the part); a cell
 *   with "+" or ";" that is not such a sum is `text`;
 * - range "17 à 27 M€", "10 000 - 20 000 €", "entre 10 000 et 20 000 €": when the first figure
 *   is bare, the unit written after the second applies to both;
 * - an HT and a TTC figure together: the HT figure is the amount (plans compare and add
 *   budgets net of tax, and TTC depends on who pays VAT); both are listed in `alternatives`,
 *   never added up;
 * - a single figure, with `tax` when "HT"/"TTC" follows it; a bare number ("24000") is read as
 *   euros only when it is the whole cell.
 * Any other words around the figure go to `note`. A trailing "?" or a hedge ("environ", "~")
 * sets `uncertain`. Several figures that fit none of these shapes give `text`, as does any cell
 * without a figure marked as money ("Marché attribué fin 2019" is not 2 019 €).
 *
 * @param raw the cell as published
 */
export function normaliseBudget(raw: string | undefined): Budget {
  const source = raw ?? '';
  const base: Budget = { raw: source, kind: 'text' };
  let text = source
    .replace(/[\u00a0\u202f\u2007\u2009]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\bh\.t\.?(?=\s|$)/giu, 'HT')
    .replace(/\bt\.t\.c\.?(?=\s|$)/giu, 'TTC')
    .trim();

  if (text === '' || PLACEHOLDER_NONE.test(text)) return { ...base, kind: 'none' };
  if (PLACEHOLDER_UNKNOWN.test(text)) return { ...base, kind: 'unknown' };
  if (/^[-–—] ?€$/u.test(text)) return { ...base, kind: 'amount', min: 0, max: 0 };

  let uncertain = HEDGE.test(text);
  // Before the trailing "?" is read as doubt: in a sum it is an unknown part ("10 000 € + ?").
  if (/[+;]/u.test(text)) {
    const sum = readSum(text, base);
    return sum ? (uncertain ? { ...sum, uncertain: true } : sum) : base;
  }
  if (/\?$/u.test(text)) {
    uncertain = true;
    text = text.replace(/ ?\?+$/u, '');
  }
  const flag = (b: Budget): Budget => (uncertain ? { ...b, uncertain: true } : b);

  const range = RANGE_RE.exec(text.replace(/^entre (.+) et (.+)$/iu, '$1 à $2'));
  if (range) {
    // Each end is wrapped in its own group, followed by that end's AMOUNT groups.
    const first = toFigure(range.slice(2, 2 + GROUPS));
    const second = toFigure(range.slice(3 + GROUPS, 3 + 2 * GROUPS));
    // "17 à 27 M€": the bare 17 shares the scale of 27 M€; "500 € à 2 M€" keeps its own.
    const low = first.unit ? first.value : cents(first.value * second.scale);
    const tax = second.tax ?? first.tax;
    const b: Budget = {
      ...base,
      kind: 'range',
      min: Math.min(low, second.value),
      max: Math.max(low, second.value),
    };
    if (tax) b.tax = tax;
    return flag(b);
  }

  const figures = [...text.matchAll(AMOUNT_RE)].map((m) => toFigure(m.slice(1), m.index, m[0].length));
  const money = figures.filter((f) => f.unit);

  if (money.length === 2 && money.some((f) => f.tax === 'HT') && money.some((f) => f.tax === 'TTC')) {
    const ht = money.find((f) => f.tax === 'HT')!;
    const note = remainder(text, money);
    return flag({
      ...base,
      kind: 'amount',
      min: ht.value,
      max: ht.value,
      tax: 'HT',
      alternatives: money.map((f) => ({ amount: f.value, tax: f.tax! })),
      ...(note ? { note } : {}),
    });
  }

  const single = money.length === 1 ? money[0] : figures.length === 1 && AMOUNT_ONLY_RE.test(text) ? figures[0] : undefined;
  if (single) {
    const note = remainder(text, [single]);
    const b: Budget = { ...base, kind: 'amount', min: single.value, max: single.value };
    if (single.tax) b.tax = single.tax;
    if (note) b.note = note;
    return flag(b);
  }

  return base;
}
