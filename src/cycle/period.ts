import { TZDate } from "@date-fns/tz";
import { getDaysInMonth } from "date-fns";
import { type CalendarDate, formatDay, toUtcDay, utcDay } from "./calendar-date";

/** The lengths of period kaoping knows, shortest first (the same names as a policy's `cycle`). */
export type PeriodKind = "month" | "quarter" | "half-year" | "year";

/**
 * Every period kind, shortest first.
 *
 * @example
 * ```ts
 * PERIOD_KINDS; //=> ["month", "quarter", "half-year", "year"]
 * ```
 */
export const PERIOD_KINDS: readonly PeriodKind[] = ["month", "quarter", "half-year", "year"];

/** How many months each kind of period spans. */
const MONTHS: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, "half-year": 6, year: 12 };

/**
 * A period of appraisal: a month (`2026-11`), a quarter (`2026-Q4`), a half year (`2026-H2`) or a
 * year (`2026`). `index` counts from 1 within the year (month 1–12, quarter 1–4, half 1–2, year 1).
 */
export interface Period {
  /** The canonical id, such as `"2026-11"`, `"2026-Q4"`, `"2026-H2"` or `"2026"`. */
  readonly id: string;
  readonly kind: PeriodKind;
  readonly year: number;
  readonly index: number;
}

/** Chinese numerals a quarter may be written with (第四季度). */
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** The spellings read as a period, each to its kind, year and index (after NFKC: full-width digits are ASCII). */
const SPELLINGS: readonly { pattern: RegExp; kind: PeriodKind; index: (match: RegExpExecArray) => number }[] =
  [
    { pattern: /^(\d{4})年?$/, kind: "year", index: () => 1 },
    { pattern: /^(\d{4})[-/.](\d{1,2})$/, kind: "month", index: (m) => Number(m[2]) },
    { pattern: /^(\d{4})年(\d{1,2})月$/, kind: "month", index: (m) => Number(m[2]) },
    { pattern: /^(\d{4})-?q([1-4])$/i, kind: "quarter", index: (m) => Number(m[2]) },
    {
      pattern: /^(\d{4})年第?([1-4一二三四])季度?$/,
      kind: "quarter",
      index: (m) => CHINESE_DIGITS[m[2] as string] ?? Number(m[2]),
    },
    { pattern: /^(\d{4})-?h([12])$/i, kind: "half-year", index: (m) => Number(m[2]) },
    { pattern: /^(\d{4})年([上下])半年$/, kind: "half-year", index: (m) => (m[2] === "上" ? 1 : 2) },
  ];

/**
 * Reads a period id, leniently as spreadsheets write them, and returns it in canonical form;
 * `undefined` when the text is not a period. Accepted: `2026-11` (also `2026-1`, `2026/11`,
 * `2026.11`, `2026年11月`), `2026-Q4` (`2026q4`, `2026年第四季度`), `2026-H2` (`2026h2`,
 * `2026年下半年`) and `2026` (`2026年`); full-width digits too.
 *
 * @example
 * ```ts
 * parsePeriod("2026年3月");  //=> { id: "2026-03", kind: "month", year: 2026, index: 3 }
 * parsePeriod("2026-q4")?.id; //=> "2026-Q4"
 * parsePeriod("2026-13");    //=> undefined
 * ```
 */
export function parsePeriod(text: string): Period | undefined {
  const normalized = text.normalize("NFKC").trim();
  for (const { pattern, kind, index } of SPELLINGS) {
    const match = pattern.exec(normalized);
    if (match === null) continue;
    const year = Number(match[1]);
    const at = index(match);
    return year >= 1000 && at >= 1 && at <= 12 / MONTHS[kind] ? makePeriod(kind, year, at) : undefined;
  }
  return undefined;
}

/**
 * The period of a kind that holds a year and an index.
 *
 * @throws {RangeError} when the year is not 1000–9999 or the index is out of range for the kind.
 * @example
 * ```ts
 * makePeriod("quarter", 2026, 4).id; //=> "2026-Q4"
 * ```
 */
export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`kaoping: a period's year must be 1000–9999, got ${year}`);
  if (!Number.isInteger(index) || index < 1 || index > 12 / MONTHS[kind])
    throw new RangeError(`kaoping: a ${kind} index must be 1–${12 / MONTHS[kind]}, got ${index}`);
  const id =
    kind === "year"
      ? String(year)
      : kind === "month"
        ? `${year}-${String(index).padStart(2, "0")}`
        : `${year}-${kind === "quarter" ? "Q" : "H"}${index}`;
  return { id, kind, year, index };
}

/** The period of a kind that holds a month (1–12) of a year. */
function periodOfMonth(kind: PeriodKind, year: number, month: number): Period {
  return makePeriod(kind, year, Math.floor((month - 1) / MONTHS[kind]) + 1);
}

/** The first month (1–12) of a period. */
function firstMonth(period: Period): number {
  return (period.index - 1) * MONTHS[period.kind] + 1;
}

/**
 * The period of a kind that an instant falls in, on the calendar of a stated IANA time zone
 * (the same instant can be in different months in Shanghai and in London). A string with an
 * offset (`Z`, `+08:00`) is an instant; a string without one (`2026-11-15` or
 * `2026-11-15T10:00`) is a wall-clock time in the zone.
 *
 * @throws {RangeError} for an unknown time zone or a date that cannot be read.
 * @example
 * ```ts
 * periodOf("2026-06-30T17:00:00Z", "month", "Asia/Shanghai").id; //=> "2026-07" (01:00 on 1 July there)
 * periodOf("2026-06-30T17:00:00Z", "month", "Europe/London").id; //=> "2026-06"
 * periodOf("2026-11-15", "half-year", "Asia/Shanghai").id;        //=> "2026-H2"
 * ```
 */
export function periodOf(instant: Date | number | string, kind: PeriodKind, timeZone: string): Period {
  const date = inZone(instant, timeZone);
  return periodOfMonth(kind, date.getFullYear(), date.getMonth() + 1);
}

/** An ISO 8601 date and time: a wall-clock time unless it ends with an offset. */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function inZone(instant: Date | number | string, timeZone: string): TZDate {
  let date: TZDate;
  if (typeof instant === "string") {
    const text = instant.trim();
    const match = ISO_TIME.exec(text);
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = (match ?? [])
      .slice(1, 7)
      .map((part) => Number(part ?? 0));
    // The calendar date must exist (JS dates would turn 30 February into 2 March).
    if (match === null || toUtcDay(text.slice(0, 10)) === undefined || (match[7] && match[4] === undefined))
      throw new RangeError(`kaoping: cannot read the date ${JSON.stringify(instant)}`);
    date = match[7]
      ? new TZDate(new Date(text).getTime(), timeZone)
      : new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  } else {
    date = new TZDate(instant instanceof Date ? instant.getTime() : instant, timeZone);
  }
  // An unknown zone, or an invalid Date, gives NaN.
  if (Number.isNaN(date.getTime()))
    throw new RangeError(
      `kaoping: cannot read ${String(instant)} in the time zone ${JSON.stringify(timeZone)}`,
    );
  return date;
}

/**
 * The periods of a shorter kind that make up a period, in order; empty when the kind is longer.
 *
 * @example
 * ```ts
 * periodsWithin(parsePeriod("2026-H2")!, "month").map((p) => p.id);
 * //=> ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
 * periodsWithin(parsePeriod("2026")!, "quarter").length; //=> 4
 * ```
 */
export function periodsWithin(period: Period, kind: PeriodKind): Period[] {
  if (MONTHS[kind] > MONTHS[period.kind]) return [];
  const first = firstMonth(period);
  const periods: Period[] = [];
  for (let month = first; month < first + MONTHS[period.kind]; month += MONTHS[kind]) {
    periods.push(periodOfMonth(kind, period.year, month));
  }
  return periods;
}

/**
 * The period of a longer (or the same) kind that holds a period; `undefined` when the kind is shorter.
 *
 * @example
 * ```ts
 * enclosingPeriod(parsePeriod("2026-11")!, "quarter")?.id; //=> "2026-Q4"
 * enclosingPeriod(parsePeriod("2026-11")!, "year")?.id;    //=> "2026"
 * ```
 */
export function enclosingPeriod(period: Period, kind: PeriodKind): Period | undefined {
  if (MONTHS[kind] < MONTHS[period.kind]) return undefined;
  return periodOfMonth(kind, period.year, firstMonth(period));
}

/**
 * Whether a period lies within another (a period lies within itself).
 *
 * @example
 * ```ts
 * periodContains(parsePeriod("2026-H2")!, parsePeriod("2026-09")!); //=> true
 * periodContains(parsePeriod("2026-H2")!, parsePeriod("2026-Q2")!); //=> false
 * ```
 */
export function periodContains(outer: Period, inner: Period): boolean {
  return enclosingPeriod(inner, outer.kind)?.id === outer.id;
}

/**
 * The period `count` periods of the same kind later (earlier when negative).
 *
 * @throws {RangeError} when the result leaves the years 1000–9999.
 * @example
 * ```ts
 * shiftPeriod(parsePeriod("2026-01")!, -1).id;  //=> "2025-12" (the previous month)
 * shiftPeriod(parsePeriod("2026-Q1")!, -4).id;  //=> "2025-Q1" (the same quarter a year before)
 * ```
 */
export function shiftPeriod(period: Period, count: number): Period {
  const perYear = 12 / MONTHS[period.kind];
  const position = period.year * perYear + (period.index - 1) + count;
  return makePeriod(period.kind, Math.floor(position / perYear), (position % perYear) + 1);
}

/**
 * The same period one year earlier (for a year, the year before).
 *
 * @example
 * ```ts
 * yearBefore(parsePeriod("2026-11")!).id; //=> "2025-11"
 * ```
 */
export function yearBefore(period: Period): Period {
  return makePeriod(period.kind, period.year - 1, period.index);
}

/**
 * The first and the last day of a period, as calendar dates.
 *
 * @example
 * ```ts
 * periodBounds(parsePeriod("2026-Q1")!); //=> { start: "2026-01-01", end: "2026-03-31" }
 * periodBounds(parsePeriod("2028-02")!); //=> { start: "2028-02-01", end: "2028-02-29" }
 * ```
 */
export function periodBounds(period: Period): { readonly start: CalendarDate; readonly end: CalendarDate } {
  const first = firstMonth(period);
  const last = first + MONTHS[period.kind] - 1;
  const lastDays = getDaysInMonth(utcDay(period.year, last, 1));
  return {
    start: formatDay(utcDay(period.year, first, 1)),
    end: formatDay(utcDay(period.year, last, lastDays)),
  };
}

/**
 * Orders periods by time: by their first month, then the shorter first. For `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * ["2026-Q1", "2025-12", "2026-01"].map((id) => parsePeriod(id)!).sort(comparePeriods).map((p) => p.id);
 * //=> ["2025-12", "2026-01", "2026-Q1"]
 * ```
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.year * 12 + firstMonth(a) - (b.year * 12 + firstMonth(b)) || MONTHS[a.kind] - MONTHS[b.kind];
}

/**
 * How many periods of a shorter kind a longer kind holds (12 months in a year, 2 quarters in a
 * half year); 0 when the first kind is the longer.
 *
 * @example
 * ```ts
 * periodsPer("year", "month"); //=> 12
 * ```
 */
export function periodsPer(outer: PeriodKind, inner: PeriodKind): number {
  return MONTHS[inner] > MONTHS[outer] ? 0 : MONTHS[outer] / MONTHS[inner];
}
