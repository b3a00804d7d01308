import { TZDate, tz } from "@date-fns/tz";
import { format, parseISO } from "date-fns";

/** An instant as kaoping's SLA code keeps it: whole milliseconds since 1970-01-01T00:00:00Z. */
export type Instant = number;

/**
 * Whether a name is an IANA time zone this JavaScript host knows (`Asia/Shanghai`, `UTC`).
 *
 * @example
 * ```ts
 * isValidZone("Europe/Berlin"); //=> true
 * isValidZone("Mars/Olympus");  //=> false
 * ```
 */
export function isValidZone(zone: string): boolean {
  return !Number.isNaN(new TZDate(0, zone).getTime());
}

/** A date and time in ISO 8601: a date, `T` or a space, hours and minutes, then optional seconds and offset. */
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads an instant: an ISO 8601 date and time (a time without an offset is read in `zone`),
 * a `Date`, or milliseconds since the epoch. `undefined` for anything else, so that the caller
 * reports its own issue.
 *
 * @example
 * ```ts
 * parseInstant("2026-02-13T17:00", "Asia/Shanghai");       //=> 1770973200000 (09:00Z)
 * parseInstant("2026-02-13T17:00+08:00", "Europe/Berlin"); //=> 1770973200000
 * parseInstant("2026-02-30T10:00", "UTC");                 //=> undefined
 * ```
 */
export function parseInstant(value: unknown, zone: string): Instant | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!DATE_TIME.test(text)) return undefined;
  const time = parseISO(text.replace(" ", "T").replace(",", "."), { in: tz(zone) }).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Writes an instant as ISO 8601 in a zone, with that zone's offset (milliseconds only when there are some).
 *
 * @example
 * ```ts
 * formatInstant(1770973200000, "Asia/Shanghai"); //=> "2026-02-13T17:00:00+08:00"
 * formatInstant(1770973200000, "UTC");           //=> "2026-02-13T09:00:00Z"
 * ```
 */
export function formatInstant(instant: Instant, zone: string): string {
  const date = new TZDate(instant, zone);
  return format(date, instant % 1000 === 0 ? "yyyy-MM-dd'T'HH:mm:ssXXX" : "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
}

/** A civil date: year, month (1–12), day. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The civil date `YYYY-MM-DD` of a local date.
 *
 * @example
 * ```ts
 * dateKey({ year: 2026, month: 2, day: 14 }); //=> "2026-02-14"
 * ```
 */
export function dateKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/**
 * Reads `YYYY-MM-DD` as a civil date; `undefined` when it is not a real date (2026-02-30).
 *
 * @example
 * ```ts
 * parseDateKey("2026-02-14"); //=> { year: 2026, month: 2, day: 14 }
 * parseDateKey("2026-02-30"); //=> undefined
 * ```
 */
export function parseDateKey(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Civil-date validity only (no zone involved): the UTC calendar has the same dates.
  const probe = new TZDate(year, month - 1, day, "UTC");
  if (probe.getFullYear() !== year || probe.getMonth() !== month - 1 || probe.getDate() !== day)
    return undefined;
  return { year, month, day };
}
