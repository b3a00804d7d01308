import { toUtcDay } from "./calendar-date";

/**
 * A working calendar as the cycle needs it: which days are working days. Any calendar fits,
 * such as one of PRC public holidays and make-up working days (调休).
 *
 * @example
 * ```ts
 * const noChristmas: WorkingDays = {
 *   isWorkingDay: (date) => date.slice(5) !== "12-25" && mondayToFriday.isWorkingDay(date),
 * };
 * ```
 */
export interface WorkingDays {
  /** Whether a calendar date, written `YYYY-MM-DD`, is a working day. */
  isWorkingDay(date: string): boolean;
}

/**
 * The default working calendar: Monday to Friday, every week, no holidays.
 *
 * @example
 * ```ts
 * mondayToFriday.isWorkingDay("2026-12-20"); //=> false (a Sunday)
 * mondayToFriday.isWorkingDay("2026-12-18"); //=> true (a Friday)
 * ```
 */
export const mondayToFriday: WorkingDays = {
  isWorkingDay(date) {
    const day = toUtcDay(date)?.getDay();
    if (day === undefined) throw new RangeError(`kaoping: ${JSON.stringify(date)} is not a YYYY-MM-DD date`);
    return day !== 0 && day !== 6;
  },
};
