import { Decimal } from "../decimal";
import type { SlaWindow } from "./schema";

const MINUTE = 60_000;

/**
 * A window in whole milliseconds (a fraction of a millisecond is dropped): minutes, hours, or
 * working days of `dayMs` each (the calendar's working day; 24 hours on the 24×7 clock).
 *
 * @example
 * ```ts
 * windowMs({ minutes: 30 }, 0);               //=> 1800000
 * windowMs({ workingDays: "0.5" }, 32400000); //=> 16200000 (half of a 9-hour day)
 * ```
 */
export function windowMs(window: SlaWindow, dayMs: number): number {
  const [value, unit] =
    "minutes" in window
      ? [window.minutes, MINUTE]
      : "hours" in window
        ? [window.hours, 60 * MINUTE]
        : [window.workingDays, dayMs];
  return new Decimal(value).mul(unit).floor().toNumber();
}
