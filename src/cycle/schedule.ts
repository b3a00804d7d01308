import type { TZDate } from "@date-fns/tz";
import { addDays, getDaysInMonth } from "date-fns";
import type { LocalizedText } from "../i18n/locale";
import type { Schedule, ScheduleDate } from "../policy/schema/schedule";
import { type CalendarDate, formatDay, utcDay } from "./calendar-date";
import { type Period, parsePeriod, periodsWithin } from "./period";
import { mondayToFriday, type WorkingDays } from "./working-days";

/** A date of a period's schedule: where it falls, and where the rule put it before any shift. */
export interface ScheduledDate {
  /** The date to act on, after any shift to a working day. */
  readonly date: CalendarDate;
  /** The date by the rule alone; differs from `date` when it was not a working day and moved. */
  readonly nominal: CalendarDate;
}

/** A milestone of a period, as concrete dates: a deadline (`to`) or a window (`from` … `to`). */
export interface ScheduledMilestone {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly from?: ScheduledDate;
  readonly to: ScheduledDate;
}

/** Options of {@link scheduleDates}. */
export interface ScheduleOptions {
  /** The working calendar shifts are made on; Monday to Friday by default. */
  readonly workingDays?: WorkingDays;
}

const DEFAULT_SCHEDULE_OPTIONS: Required<ScheduleOptions> = { workingDays: mondayToFriday };

/** A shift never looks further than this for a working day: a calendar without one is broken. */
const MAX_SHIFT_DAYS = 366;

/**
 * The concrete dates of a schedule for one period: each milestone's day in the month its rule
 * names (by default the month after the period), moved to a working day where the rule says so.
 *
 * @throws {RangeError} for a period id that cannot be read, or a calendar with no working day in a year.
 * @example
 * ```ts
 * // P2: figures collected 10th–15th, pay by the 20th (moved back to a working day).
 * const schedule = { milestones: [
 *   { id: "collect", from: { day: 10 }, to: { day: 15 } },
 *   { id: "pay", to: { day: 20, shift: "previous-working-day" } },
 * ] };
 * scheduleDates(schedule, "2026-11");
 * //=> [{ id: "collect", from: { date: "2026-12-10", nominal: "2026-12-10" },
 * //                     to: { date: "2026-12-15", nominal: "2026-12-15" } },
 * //    { id: "pay", to: { date: "2026-12-18", nominal: "2026-12-20" } }]  (the 20th is a Sunday)
 * ```
 */
export function scheduleDates(
  schedule: Schedule,
  period: Period | string,
  options: ScheduleOptions = {},
): ScheduledMilestone[] {
  const { workingDays } = { ...DEFAULT_SCHEDULE_OPTIONS, ...options };
  const resolved = typeof period === "string" ? parsePeriod(period) : period;
  if (resolved === undefined) throw new RangeError(`kaoping: ${JSON.stringify(period)} is not a period id`);
  const lastMonth = periodsWithin(resolved, "month").at(-1) as Period;
  const place = (rule: ScheduleDate): ScheduledDate => {
    const nominal = nominalDate(rule, lastMonth);
    return { date: formatDay(shifted(nominal, rule.shift, workingDays)), nominal: formatDay(nominal) };
  };
  return schedule.milestones.map((milestone) => ({
    id: milestone.id,
    ...(milestone.name && { name: milestone.name }),
    ...(milestone.from && { from: place(milestone.from) }),
    to: place(milestone.to),
  }));
}

/** The day a rule names, counting months from the period's last month; a day past the month's end is its last day. */
function nominalDate(rule: ScheduleDate, lastMonth: Period): TZDate {
  const months = lastMonth.year * 12 + (lastMonth.index - 1) + (rule.monthsAfter ?? 1);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const days = getDaysInMonth(utcDay(year, month, 1));
  return utcDay(year, month, rule.day === "last" ? days : Math.min(rule.day, days));
}

function shifted(date: TZDate, shift: ScheduleDate["shift"], workingDays: WorkingDays): TZDate {
  if (shift === undefined) return date;
  const step = shift === "previous-working-day" ? -1 : 1;
  let day = date;
  for (let tries = 0; tries <= MAX_SHIFT_DAYS; tries++) {
    if (workingDays.isWorkingDay(formatDay(day))) return day;
    day = addDays(day, step);
  }
  throw new RangeError(
    `kaoping: the working calendar has no working day within a year of ${formatDay(date)}`,
  );
}
