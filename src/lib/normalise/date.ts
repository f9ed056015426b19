/**
 * Schedule cells as plans write them ("2017", "sept-19", "été 2019", "Début 2020", "01/01/2018",
 * "?", "/") turned into the interval of days they denote, with the published text kept in `raw`.
 *
 * Every parsed value is an interval [start, end] of ISO days, so a start and an end can be
 * compared whatever their precision: "2019" ends on 2019-12-31, "sept-19" on 2019-09-30.
 */

/** How precisely the plan gave the date; the formatter writes it back at that precision. */
export type Precision = 'day' | 'month' | 'season' | 'quarter' | 'half' | 'year';

/**
 * A date as precise as the plan gave it.
 *
 * - `none`: nothing given (an empty cell).
 * - `unknown`: the plan writes a mark instead of a date ("?", "/", "-", "nc"): it says it has no
 *   date to give, which the reader should see, with the mark as published (`raw`).
 * - `date`: `start` and `end` are ISO `YYYY-MM-DD` bounds (inclusive) of what the text denotes.
 *   With a `qualifier`, the interval is a third of the period named by `precision` ("début
 *   2020" is 2020-01-01..2020-04-30, precision `year`, qualifier `debut`).
 * - `text`: words that are not a date ("En continu"); only `raw` is meaningful.
 */
export type PartialDate = {
  raw: string;
  kind: 'none' | 'unknown' | 'date' | 'text';
  start?: string;
  end?: string;
  precision?: Precision;
  qualifier?: 'debut' | 'mi' | 'fin';
};

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3, mar: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};

// Astronomical-ish bounds, fixed rather than computed per year: the plans mean "around summer",
// and a stable rule is easier to document than equinoxes that move by a day.
// Winter belongs to the year it starts in: "hiver 2019" is Dec 2019 – Mar 2020.
const SEASONS: Record<string, { start: [number, number]; end: [number, number]; nextYear?: boolean }> = {
  printemps: { start: [3, 20], end: [6, 20] },
  ete: { start: [6, 21], end: [9, 22] },
  automne: { start: [9, 23], end: [12, 20] },
  hiver: { start: [12, 21], end: [3, 19], nextYear: true },
};

const ORDINALS: Record<string, number> = {
  premier: 1, '1er': 1, '1re': 1, '1': 1,
  deuxieme: 2, second: 2, seconde: 2, '2nd': 2, '2e': 2, '2eme': 2, '2': 2,
  troisieme: 3, '3e': 3, '3eme': 3, '3': 3,
  quatrieme: 4, '4e': 4, '4eme': 4, '4': 4,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const YEAR = String.raw`(\d{4}|\d{2})`;
const ORD = `(${Object.keys(ORDINALS).join('|')})`;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
// Two-digit years come from spreadsheet month formats ("sept-19"); plans are all after 2000.
const year = (s: string): number => (s.length === 2 ? 2000 + Number(s) : Number(s));

type Parsed = Omit<PartialDate, 'raw' | 'kind'>;

const wholeYear = (y: number): Parsed => ({ start: iso(y, 1, 1), end: iso(y, 12, 31), precision: 'year' });
const wholeMonth = (y: number, m: number): Parsed | undefined =>
  m >= 1 && m <= 12 ? { start: iso(y, m, 1), end: iso(y, m, lastDay(y, m)), precision: 'month' } : undefined;
const oneDay = (y: number, m: number, d: number): Parsed | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) ? { start: iso(y, m, d), end: iso(y, m, d), precision: 'day' } : undefined;

/** Parses the folded text (no accents, lower case, single spaces) without qualifier. */
function parseBare(s: string): Parsed | undefined {
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})$/u.exec(s))) return wholeYear(Number(m[1]));

  if ((m = /^(?:(?:de|entre) )?(\d{4}) ?(?:-|–|—|\/|a|au|et) ?(\d{4})$/u.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b < a) return undefined;
    return { start: iso(a, 1, 1), end: iso(b, 12, 31), precision: 'year' };
  }

  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+z?)?$/u.exec(s))) return oneDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{4})-(\d{2})$/u.exec(s))) return wholeMonth(Number(m[1]), Number(m[2]));
  // Day first, as French spreadsheets write it: 01/11/2019 is 1 November.
  if ((m = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}$`, 'u').exec(s))) {
    return oneDay(year(m[3]), Number(m[2]), Number(m[1]));
  }
  if ((m = /^(\d{1,2})\/(\d{4})$/u.exec(s))) return wholeMonth(Number(m[2]), Number(m[1]));
  if ((m = new RegExp(`^(\\d{1,2})(?:er)? ${MONTH} (\\d{4})$`, 'u').exec(s))) {
    return oneDay(Number(m[3]), MONTHS[m[2]], Number(m[1]));
  }
  if ((m = new RegExp(`^${MONTH} ?[- ]? ?${YEAR}$`, 'u').exec(s))) return wholeMonth(year(m[2]), MONTHS[m[1]]);

  if ((m = new RegExp(`^(printemps|ete|automne|hiver) ?[- ]? ?${YEAR}$`, 'u').exec(s))) {
    const y = year(m[2]);
    const season = SEASONS[m[1]];
    return {
      start: iso(y, ...season.start),
      end: iso(season.nextYear ? y + 1 : y, ...season.end),
      precision: 'season',
    };
  }

  if ((m = /^[tq] ?([1-4]) ?-? ?(\d{4})$/u.exec(s)) || (m = new RegExp(`^${ORD} trimestre (\\d{4})$`, 'u').exec(s))) {
    const q = ORDINALS[m[1]];
    const y = Number(m[2]);
    return { start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDay(y, q * 3)), precision: 'quarter' };
  }

  if ((m = /^[sh] ?([12]) ?-? ?(\d{4})$/u.exec(s)) || (m = new RegExp(`^${ORD} semestre (\\d{4})$`, 'u').exec(s))) {
    const h = ORDINALS[m[1]];
    const y = Number(m[2]);
    if (h > 2) return undefined;
    return h === 1
      ? { start: iso(y, 1, 1), end: iso(y, 6, 30), precision: 'half' }
      : { start: iso(y, 7, 1), end: iso(y, 12, 31), precision: 'half' };
  }

  return undefined;
}

// Thirds, so that début, mi and fin tile the period without overlap:
// a year splits Jan–Apr / May–Aug / Sep–Dec, a month 1–10 / 11–20 / 21–end.
function qualify(p: Parsed, q: 'debut' | 'mi' | 'fin'): Parsed | undefined {
  const [y, mo] = p.start!.split('-').map(Number);
  const third = { debut: 0, mi: 1, fin: 2 }[q];
  if (p.precision === 'year' && p.start!.slice(0, 4) === p.end!.slice(0, 4)) {
    const first = third * 4 + 1;
    return { start: iso(y, first, 1), end: iso(y, first + 3, lastDay(y, first + 3)), precision: 'year', qualifier: q };
  }
  if (p.precision === 'month') {
    const [from, to] = [[1, 10], [11, 20], [21, lastDay(y, mo)]][third];
    return { start: iso(y, mo, from), end: iso(y, mo, to), precision: 'month', qualifier: q };
  }
  return undefined;
}

/**
 * Parses a schedule cell into the interval of days it denotes. Never throws.
 *
 * Placeholders: "" (or undefined) gives `none`; a published mark — "?", "/", dashes, "nc" — gives
 * `unknown`, so that the page shows the mark the plan wrote instead of « non renseigné » (the
 * staff guide documents "?" and "/" alike: « inconnue »).
 *
 * Recognised (accents, case and extra spaces ignored):
 * - year "2017"; span of years "2020-2022", "2020 - 2022", "de 2020 à 2022" (precision year,
 *   2020-01-01..2022-12-31; a span that runs backwards is `text`);
 * - day "01/01/2018" (day first, as French spreadsheets write it), "2018-03-04", "1er janvier 2018";
 * - month "sept-19", "déc-30", "juin 2020", "septembre 2019", "09/2019", "2019-09"; two-digit
 *   years are 20xx;
 * - season "été 2019" with fixed bounds: printemps 03-20..06-20, été 06-21..09-22,
 *   automne 09-23..12-20, hiver YYYY-12-21..(YYYY+1)-03-19 (winter belongs to the year it
 *   starts in);
 * - quarter "T1 2021", "1er trimestre 2021"; half "S2 2022", "2nd semestre 2022";
 * - "début", "mi-", "fin" before a year or a month: the period is cut in thirds (a year into
 *   Jan–Apr / May–Aug / Sep–Dec, a month into days 1–10 / 11–20 / 21–end); precision stays
 *   that of the period and `qualifier` says which third.
 * Anything else ("En continu", "Action en cours", an impossible day such as 31/02/2020) is `text`.
 *
 * @param raw the cell as published
 */
export function normaliseDate(raw: string | undefined): PartialDate {
  const source = raw ?? '';
  const s = source
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2007\u2009\s]+/gu, ' ')
    .trim();

  if (s === '') return { raw: source, kind: 'none' };
  if (/^(?:[/\-–—]+|\?+|nc|n\.c\.?)$/u.test(s)) return { raw: source, kind: 'unknown' };

  const q = /^(debut|mi|fin) ?-? ?(?:d['’] ?)?(.+)$/u.exec(s);
  const parsed = q ? (() => {
    const inner = parseBare(q[2]);
    return inner && qualify(inner, q[1] as 'debut' | 'mi' | 'fin');
  })() : parseBare(s);

  return parsed ? { raw: source, kind: 'date', ...parsed } : { raw: source, kind: 'text' };
}

/**
 * Orders partial dates by start day, then end day; dates without a start (none, unknown,
 * text) sort last, in their original order (the sort is stable). For `Array.prototype.sort`.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  if (!a.start || !b.start) return (a.start ? 0 : 1) - (b.start ? 0 : 1);
  return a.start.localeCompare(b.start) || (a.end ?? '').localeCompare(b.end ?? '');
}
