/**
 * Calendar facts shared by every date check: a date is written by staff, so "2025-02-30" or
 * "31/04/2021" must be refused where it is written rather than roll over to March or May later.
 */

/** True when day `d` of month `m` (1–12) exists in year `y` (proleptic Gregorian, as ISO 8601). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** True for `YYYY-MM-DD` naming a day that exists ("2024-02-29" yes, "2025-02-30" no). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

const MONTH_WORDS = 'janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre';
const DAY_SHAPES = [
  /^\d{4}-\d{1,2}-\d{1,2}$/u, // 2021-02-30
  /^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})$/u, // 30/02/2021, 31.04.21
  /^\d{1,2}\/\d{4}$/u, // 13/2021
  new RegExp(`^\\d{1,2}(?:er)? (?:${MONTH_WORDS}) \\d{4}$`, 'iu'), // 31 avril 2021
];

/**
 * True when a schedule cell is written as a day or a month in figures ("30/02/2021", "13/2021",
 * "31 avril 2021"): if the date normaliser could not read it, the day does not exist and the
 * cell is a typo, not words to keep as they are. "2020-22" is not such a shape: it may be a span
 * of years, kept as text.
 */
export function looksLikeCalendarDate(raw: string): boolean {
  const s = raw.trim().replace(/\s+/gu, ' ');
  return DAY_SHAPES.some((re) => re.test(s));
}
