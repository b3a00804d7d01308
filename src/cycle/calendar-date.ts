import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** A calendar date written `YYYY-MM-DD`, such as `"2026-12-20"`: a day, in no time zone. */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as a date-fns date pinned to UTC, so that date arithmetic never depends on the
 * host's time zone; `undefined` when the text is not a real `YYYY-MM-DD` day.
 *
 * @example
 * ```ts
 * toUtcDay("2026-02-29"); //=> undefined (2026 is not a leap year)
 * toUtcDay("2026-12-20")?.getDay(); //=> 0 (a Sunday)
 * ```
 */
export function toUtcDay(text: string): TZDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDay(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : undefined;
}

/**
 * The UTC-pinned date of a year, a month (1–12) and a day.
 *
 * @example
 * ```ts
 * formatDay(utcDay(2026, 12, 20)); //=> "2026-12-20"
 * ```
 */
export function utcDay(year: number, month: number, day: number): TZDate {
  const date = new TZDate(2000, 0, 1, "UTC");
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  date.setFullYear(year, month - 1, day);
  return date;
}

/**
 * Writes a date as `YYYY-MM-DD` in its own time zone.
 *
 * @example
 * ```ts
 * formatDay(utcDay(2026, 1, 5)); //=> "2026-01-05"
 * ```
 */
export function formatDay(date: Date): CalendarDate {
  return format(date, "yyyy-MM-dd");
}

/**
 * Whether a text is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isCalendarDate("2026-06-31"); //=> false
 * ```
 */
export function isCalendarDate(text: string): boolean {
  return toUtcDay(text) !== undefined;
}
