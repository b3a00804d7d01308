import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { LocalizedText } from "../i18n/locale";
import { PolicyError } from "../issues/policy-error";
import { fromZod } from "../policy/from-zod";
import { checkCalendarSpec } from "./check-sla";
import { CN_HOLIDAYS, CN_WORKDAYS } from "./cn-days";
import { type CalendarSpec, calendarSpecSchema, WEEKDAYS, type Weekday } from "./schema";
import { parseShift } from "./shift";
import { dateKey, type Instant } from "./time";

/** A half-open interval of time `[start, end)` in epoch milliseconds; `end` may be `Infinity`. */
export type Interval = readonly [start: Instant, end: Instant];

/**
 * A clock's calendar: the intervals of time that count. The 24×7 calendar counts every moment;
 * a working calendar counts its working hours in its time zone, minus holidays, plus extra
 * working days.
 */
export interface WorkingCalendar {
  /** `"24x7"`, `"cn"`, or the id the policy gives it. */
  readonly id: string;
  /** The IANA time zone its hours are in, and times without an offset are read in. */
  readonly zone: string;
  readonly name?: LocalizedText;
  /** The length of one working day (the hours of a regular working day; 24 hours for 24×7): what a `workingDays` window counts. */
  readonly dayMs: number;
  /**
   * The intervals that count, in time order, from `from` on (the first one clipped to start at
   * `from`); the sequence ends after ten years in a row without working time.
   */
  intervals(from: Instant): Iterable<Interval>;
  /** How a date (`YYYY-MM-DD`) counts: its shifts in minutes of the day, and why. */
  day(date: string): CalendarDay;
  /** Whether a date (`YYYY-MM-DD`) has working hours: so a calendar is also the `WorkingDays` that schedules shift on. */
  isWorkingDay(date: string): boolean;
}

/** One date of a working calendar: its working hours and why it has them. */
export interface CalendarDay {
  readonly date: string;
  /** `weekly`: the regular hours of its weekday; `holiday`: a day off; `workday`: an extra working day. */
  readonly kind: "weekly" | "holiday" | "workday";
  readonly name?: LocalizedText;
  /** The working hours, as `[start, end]` minutes of the day. */
  readonly shifts: readonly (readonly [number, number])[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** How many days in a row without working time end a calendar's intervals (about ten years). */
const HORIZON_DAYS = 3660;

/** The hours of a calendar that states none: Monday to Friday, 09:00–18:00. */
export const DEFAULT_HOURS: Readonly<Partial<Record<Weekday, readonly string[]>>> = {
  mon: ["09:00-18:00"],
  tue: ["09:00-18:00"],
  wed: ["09:00-18:00"],
  thu: ["09:00-18:00"],
  fri: ["09:00-18:00"],
};

/**
 * The calendar of calendar time: every moment counts, day and night, holidays included.
 *
 * @example
 * ```ts
 * const clock = calendar24x7("Asia/Shanghai");
 * [...clock.intervals(0)]; //=> [[0, Infinity]]
 * ```
 */
export function calendar24x7(zone: string): WorkingCalendar {
  return {
    id: "24x7",
    zone,
    name: { en: "24×7 (calendar time)", "zh-CN": "全天候（自然时间）" },
    dayMs: 24 * HOUR,
    *intervals(from) {
      yield [from, Number.POSITIVE_INFINITY];
    },
    day: (date) => ({ date, kind: "weekly", shifts: [[0, 24 * 60]] }),
    isWorkingDay: () => true,
  };
}

/** Options of {@link workingCalendar}. */
export interface WorkingCalendarOptions {
  /** The calendar's id (default `"custom"`, or `"cn"` for a `base: "cn"` calendar). */
  readonly id?: string;
  /** The zone when the spec names none (default `Asia/Shanghai` for `base: "cn"`, else `UTC`). */
  readonly zone?: string;
}

/**
 * Builds a working calendar from its data: a zone, weekly hours (split shifts allowed), holidays
 * and extra working days; `base: "cn"` adds the PRC's public holidays and make-up working days.
 *
 * @throws {PolicyError} when the spec is not a valid calendar (every issue at once).
 * @example
 * ```ts
 * const office = workingCalendar({
 *   zone: "Europe/Berlin",
 *   hours: { mon: ["09:00-12:00", "13:30-18:00"], tue: ["09:00-12:00", "13:30-18:00"] },
 *   holidays: ["2026-12-25"],
 * });
 * office.day("2026-03-02").shifts; //=> [[540, 720], [810, 1080]]
 * ```
 */
export function workingCalendar(spec: CalendarSpec, options: WorkingCalendarOptions = {}): WorkingCalendar {
  const parsed = calendarSpecSchema.safeParse(spec, { reportInput: true });
  const issues = parsed.success
    ? checkCalendarSpec(parsed.data, [], options.id ?? "custom")
    : fromZod(parsed.error.issues);
  if (issues.length > 0 || !parsed.success) throw new PolicyError(issues);
  return buildCalendar(parsed.data, options);
}

/**
 * {@link workingCalendar} for a spec already checked (a parsed policy's): no second check.
 *
 * @example
 * ```ts
 * buildCalendar(policy.sla.calendars.office, { id: "office" }).zone; //=> "Europe/Berlin"
 * ```
 */
export function buildCalendar(spec: CalendarSpec, options: WorkingCalendarOptions = {}): WorkingCalendar {
  const cn = spec.base === "cn";
  const zone = spec.zone ?? options.zone ?? (cn ? "Asia/Shanghai" : "UTC");
  const hours = spec.hours ?? DEFAULT_HOURS;
  const weekly = WEEKDAYS.map((day) => (hours[day] ?? []).map(parseShift));
  const firstWorking = weekly.find((shifts) => shifts.length > 0) ?? [];
  const extra = spec.workdayHours === undefined ? firstWorking : spec.workdayHours.map(parseShift);
  const holidays = new Map<string, LocalizedText | undefined>(cn ? CN_HOLIDAYS : []);
  const workdays = new Map<string, LocalizedText | undefined>(cn ? CN_WORKDAYS : []);
  // A calendar's own lists override its base: its holiday may fall on a base make-up day, and back.
  for (const entry of spec.holidays ?? []) {
    const { date, name } = typeof entry === "string" ? { date: entry, name: undefined } : entry;
    holidays.set(date, name);
    workdays.delete(date);
  }
  for (const entry of spec.workdays ?? []) {
    const { date, name } = typeof entry === "string" ? { date: entry, name: undefined } : entry;
    workdays.set(date, name);
    holidays.delete(date);
  }
  const dayMs = firstWorking.reduce((sum, [start, end]) => sum + (end - start) * MINUTE, 0);

  const day = (date: string, weekday: number): CalendarDay => {
    if (holidays.has(date)) return named({ date, kind: "holiday", shifts: [] }, holidays.get(date));
    if (workdays.has(date)) return named({ date, kind: "workday", shifts: extra }, workdays.get(date));
    return { date, kind: "weekly", shifts: weekly[(weekday + 6) % 7] ?? [] };
  };

  return {
    id: options.id ?? (cn ? "cn" : "custom"),
    zone,
    ...(spec.name && { name: spec.name }),
    dayMs,
    *intervals(from) {
      // Walk civil dates (in UTC, where every date has 24 hours) and place each shift in the zone.
      const start = new TZDate(from, zone);
      let cursor = new TZDate(start.getFullYear(), start.getMonth(), start.getDate(), 12, "UTC");
      for (let idle = 0; idle < HORIZON_DAYS; idle++) {
        const [year, month, date] = [cursor.getFullYear(), cursor.getMonth(), cursor.getDate()];
        const { shifts } = day(dateKey({ year, month: month + 1, day: date }), cursor.getDay());
        if (shifts.length > 0) idle = 0;
        for (const [from_, to] of shifts) {
          const begin = new TZDate(year, month, date, Math.floor(from_ / 60), from_ % 60, zone).getTime();
          const end = new TZDate(year, month, date, Math.floor(to / 60), to % 60, zone).getTime();
          if (end <= from || end <= begin) continue;
          yield [Math.max(begin, from), end];
        }
        cursor = addDays(cursor, 1);
      }
    },
    day(date) {
      const [year, month, dayOfMonth] = date.split("-").map(Number) as [number, number, number];
      return day(date, new TZDate(year, month - 1, dayOfMonth, 12, "UTC").getDay());
    },
    isWorkingDay(date) {
      return this.day(date).shifts.length > 0;
    },
  };
}

function named(day: CalendarDay, name: LocalizedText | undefined): CalendarDay {
  return name === undefined ? day : { ...day, name };
}
