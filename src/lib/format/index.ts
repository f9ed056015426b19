/**
 * The one place where numbers, money, percentages and dates become text, so every page, chart
 * and table writes "1 000 000 €", "12,5 %" and "1er janvier 2026" the same way.
 *
 * Built on Intl only. Output keeps Intl's typography: in fr-FR, U+202F (narrow no-break space)
 * groups thousands and U+00A0 (no-break space) sits before "€" and "%", so a figure never
 * breaks across lines. Every function takes the locale last, defaulting to 'fr-FR'; 'en-GB'
 * and 'nl-BE' are supported for the UI translations.
 *
 * Non-finite numbers (NaN, ±Infinity) format as "" rather than "NaN": a missing value shows
 * as an empty cell, never as a made-up word.
 */
import type { Budget } from '../normalise/budget';
import type { PartialDate } from '../normalise/date';
import { messages } from '../i18n';

/** Locale used when none is given: the plans and the site are French first. */
export const DEFAULT_LOCALE = 'fr-FR';

/** Words Intl does not provide (seasons, quarters, range connector, placeholders): the catalogue's `format` part. */
const WORDS = { fr: messages('fr').format, nl: messages('nl').format, en: messages('en').format };
type Lang = keyof typeof WORDS;

// Building an Intl formatter costs far more than using one (a build formats millions of values):
// each locale-and-options pair is built once and reused.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

// Unknown languages get French, the language every plan is written in.
const words = (locale: string) => WORDS[locale.slice(0, 2).toLowerCase() as Lang] ?? WORDS.fr;
const isFrench = (locale: string) => locale.slice(0, 2).toLowerCase() === 'fr';

/**
 * Formats a plain number with the locale's grouping and decimal separator.
 * @param n the number (any unit)
 * @param options.maximumFractionDigits decimals kept, rounding half away from zero (default 2)
 * @returns "1 000 000", "12,5" in fr-FR; "" when `n` is not finite
 */
export function formatNumber(
  n: number,
  options: { maximumFractionDigits?: number; minimumFractionDigits?: number } = {},
  locale = DEFAULT_LOCALE,
): string {
  if (!Number.isFinite(n)) return '';
  const maximumFractionDigits = options.maximumFractionDigits ?? 2;
  const minimumFractionDigits = Math.min(options.minimumFractionDigits ?? 0, maximumFractionDigits);
  return numberFormat(locale, { maximumFractionDigits, minimumFractionDigits }).format(n);
}

/**
 * Formats an amount in euros: whole euros without decimals, otherwise exactly two.
 * @param n amount in euros (negative amounts keep their sign)
 * @returns "1 000 000 €", "12,50 €" in fr-FR; "" when `n` is not finite
 */
export function formatMoney(n: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(n)) return '';
  // Budgets are parsed to the cent; a float residue must not turn 7 055 000 into "7 055 000,00 €".
  const digits = Number.isInteger(Math.round(n * 100) / 100) ? 0 : 2;
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/**
 * Formats a range of euros, each end in full: "17 000 000 € à 27 000 000 €" (fr-FR).
 * Equal ends give a single amount. Ends are written as given (no swapping).
 * @param min lower end in euros
 * @param max upper end in euros
 */
export function formatMoneyRange(min: number, max: number, locale = DEFAULT_LOCALE): string {
  if (min === max) return formatMoney(min, locale);
  return `${formatMoney(min, locale)} ${words(locale).to} ${formatMoney(max, locale)}`;
}

/**
 * Formats an amount in euros in short form for charts and summaries: "17 M€", "1,5 M€",
 * "250 k€", "1,5 Md€" in fr-FR ("€17m" in en-GB). Lossy by design: at most one decimal.
 *
 * Intl writes "17 M €"; in French the scale and the currency form one symbol, as the plans
 * themselves write it ("17 à 27 M€"), so the space between them is dropped.
 * @param n amount in euros
 * @returns "" when `n` is not finite
 */
export function formatMoneyCompact(n: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(n)) return '';
  const parts = numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).formatToParts(n);
  if (!isFrench(locale)) return parts.map((p) => p.value).join('');
  return parts
    .filter((p, i) => !(p.type === 'literal' && parts[i - 1]?.type === 'compact' && parts[i + 1]?.type === 'currency'))
    .map((p) => p.value)
    .join('');
}

/**
 * Formats a ratio as a percentage.
 * @param ratio 0.125 for 12,5 % (not 12.5)
 * @param options.maximumFractionDigits decimals of the percentage (default 1)
 * @returns "12,5 %" in fr-FR; "" when `ratio` is not finite
 */
export function formatPercent(
  ratio: number,
  options: { maximumFractionDigits?: number } = {},
  locale = DEFAULT_LOCALE,
): string {
  if (!Number.isFinite(ratio)) return '';
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: options.maximumFractionDigits ?? 1,
  }).format(ratio);
}

/** Reads "YYYY-MM-DD" (a time part is ignored) as a UTC date, or undefined. */
function parseIso(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 2020-02-31 over to March: refuse instead of showing another day.
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : undefined;
}

/**
 * Formats an ISO day in words: "15 mars 2024", and "1er janvier 2026" (French writes the
 * ordinal for the first day of the month only).
 *
 * Dates are read and written in UTC so that the build machine's time zone never shifts a day.
 * @param iso "YYYY-MM-DD" (a trailing time is ignored)
 * @returns the input unchanged when it is not a valid ISO day
 */
export function formatDate(iso: string, locale = DEFAULT_LOCALE): string {
  const date = parseIso(iso);
  if (!date) return iso;
  const parts = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
  return parts.map((p) => (p.type === 'day' && p.value === '1' && isFrench(locale) ? '1er' : p.value)).join('');
}

/**
 * Formats the month of an ISO day: "septembre 2019".
 * @param iso "YYYY-MM-DD" or "YYYY-MM"
 * @returns the input unchanged when it is not a valid ISO date
 */
export function formatMonth(iso: string, locale = DEFAULT_LOCALE): string {
  const date = parseIso(/^\d{4}-\d{2}$/u.test(iso) ? `${iso}-01` : iso);
  if (!date) return iso;
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * Formats a year as digits only, never grouped ("2026", not "2 026").
 * @param y a year as number or string
 */
export function formatYear(y: number | string): string {
  return String(y);
}

/**
 * Returns a code (action code "3.2.2", INSEE or SIREN number) exactly as given: codes are
 * identifiers, so they are never grouped, rounded or translated.
 */
export function formatCode(s: string): string {
  return s;
}

/**
 * Writes a partial date back at the precision the plan gave it: "2021", "2020–2022",
 * "septembre 2019", "été 2019", "début 2020", "fin septembre 2019", "2e trimestre 2021",
 * "1er semestre 2022", "1er janvier 2018".
 *
 * Kind `text` gives the plan's own words (`raw`). Kind `none` gives "non renseigné" and kind
 * `unknown` gives "inconnu": the plan writing "?" says something different from an empty cell,
 * and the reader should see that difference.
 */
export function formatPartialDate(p: PartialDate, locale = DEFAULT_LOCALE): string {
  const w = words(locale);
  if (p.kind === 'none') return w.none;
  if (p.kind === 'unknown') return w.unknown;
  if (p.kind === 'text' || !p.start || !p.end) return p.raw;

  const y1 = p.start.slice(0, 4);
  const y2 = p.end.slice(0, 4);
  const month = Number(p.start.slice(5, 7));
  const qualifier = p.qualifier ? w.qualifiers[p.qualifier] : '';

  switch (p.precision) {
    case 'day':
      return formatDate(p.start, locale);
    case 'month':
      return qualifier + formatMonth(p.start, locale);
    case 'season':
      // Seasons start in March, June, September and December (see normalise/date).
      return `${w.seasons[(Math.floor(month / 3) + 3) % 4]} ${y1}`;
    case 'quarter':
      return `${w.quarter(Math.ceil(month / 3))} ${y1}`;
    case 'half':
      return `${w.half(month <= 6 ? 1 : 2)} ${y1}`;
    case 'year':
    default:
      // An en dash joins a span of years, as in "2020–2026".
      return qualifier ? `${qualifier}${y1}` : y1 === y2 ? y1 : `${y1}–${y2}`;
  }
}

/**
 * Writes a tax basis: "HT"/"TTC" in French, "excl. VAT"/"incl. VAT" in en-GB, "excl. btw"/"incl. btw" in nl-BE.
 */
export function formatTax(tax: 'HT' | 'TTC', locale = DEFAULT_LOCALE): string {
  return tax === 'HT' ? words(locale).ht : words(locale).ttc;
}

/**
 * Writes a parsed budget for display: the amount, range or parts of a sum in euros, with
 * "HT"/"TTC" when the plan gave it (and the other figure in brackets when both are given: they are
 * never added); the plan's own words for kind `text`; "non renseigné" / "inconnu" for `none` /
 * `unknown`. A sum with an unknown part ends in "+ ?" and gives its known total as a floor, so it
 * is not read as complete. Pages still show `raw` next to it.
 */
export function formatBudget(b: Budget, locale = DEFAULT_LOCALE): string {
  const w = words(locale);
  const taxWord = (t: 'HT' | 'TTC') => formatTax(t, locale);
  const tax = b.tax ? ` ${taxWord(b.tax)}` : '';
  const other = (b.alternatives ?? []).filter((a) => a.tax !== b.tax);
  const alternatives = other.length > 0 ? ` (${other.map((a) => `${formatMoney(a.amount, locale)} ${taxWord(a.tax)}`).join(', ')})` : '';
  const doubt = b.uncertain ? ` (${w.uncertain})` : '';
  switch (b.kind) {
    case 'none':
      return w.none;
    case 'unknown':
      return w.unknown;
    case 'amount':
      return b.min === undefined ? b.raw : `${formatMoney(b.min, locale)}${tax}${alternatives}${doubt}`;
    case 'range':
      return b.min === undefined || b.max === undefined ? b.raw : `${formatMoneyRange(b.min, b.max, locale)}${tax}${doubt}`;
    case 'sum': {
      if (b.min === undefined) return b.raw;
      const parts = (b.parts ?? []).map((p) => `${formatMoney(p.amount, locale)}${p.label ? ` (${p.label})` : ''}`);
      if (b.max === undefined) return `${[...parts, '?'].join(' + ')}, ${w.atLeast} ${formatMoney(b.min, locale)}${tax}`;
      return `${parts.join(' + ')}, ${w.total} ${formatMoney(b.min, locale)}${tax}${doubt}`;
    }
    default:
      return b.raw;
  }
}

/**
 * Formats a file size: "850 o", "12,3 ko", "1,2 Mo" in French, "12.3 kB" in en-GB
 * (1 ko = 1 000 octets, as the SI prefixes say).
 * @param bytes size in bytes
 */
export function formatBytes(bytes: number, locale = DEFAULT_LOCALE): string {
  const [b, kb, mb] = words(locale).bytes;
  if (bytes < 1000) return `${formatNumber(bytes, {}, locale)}\u00a0${b}`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, { maximumFractionDigits: 1 }, locale)}\u00a0${kb}`;
  return `${formatNumber(bytes / 1_000_000, { maximumFractionDigits: 1 }, locale)}\u00a0${mb}`;
}
