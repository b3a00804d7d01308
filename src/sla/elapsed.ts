import type { Interval, WorkingCalendar } from "./calendar";
import type { Instant } from "./time";

/**
 * Sorts intervals and merges those that overlap or touch, dropping empty ones: the form
 * {@link elapsedMs} and {@link dueAt} subtract pauses in.
 *
 * @example
 * ```ts
 * mergeIntervals([[5, 8], [1, 3], [2, 4], [8, 9]]); //=> [[1, 4], [5, 9]]
 * ```
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The intervals of a calendar from `from` on, with the (merged, sorted) pauses cut out.
 *
 * @example
 * ```ts
 * [...countedIntervals(calendar24x7("UTC"), 0, [[10, 20]])].slice(0, 2); //=> [[0, 10], [20, Infinity]]
 * ```
 */
export function* countedIntervals(
  calendar: WorkingCalendar,
  from: Instant,
  pauses: readonly Interval[],
): Generator<Interval> {
  let p = 0;
  for (const [start, end] of calendar.intervals(from)) {
    let cursor = start;
    while (p < pauses.length && (pauses[p] as Interval)[1] <= cursor) p++;
    // Each pause that begins before the interval ends cuts it; a pause may span several intervals.
    for (let q = p; q < pauses.length; q++) {
      const [pauseStart, pauseEnd] = pauses[q] as Interval;
      if (pauseStart >= end) break;
      if (pauseStart > cursor) yield [cursor, pauseStart];
      cursor = Math.max(cursor, pauseEnd);
      if (cursor >= end) break;
    }
    if (cursor < end) yield [cursor, end];
    // A pause that never ends stops the clock for good.
    if (cursor === Number.POSITIVE_INFINITY) return;
  }
}

/**
 * The time that counts between two instants on a calendar, less the pauses, in whole
 * milliseconds: calendar time on the 24×7 calendar, working time on a working calendar.
 * 0 when `to` is not after `from`.
 *
 * @example
 * ```ts
 * const friday17 = Date.parse("2026-02-13T09:00Z"), saturday10 = Date.parse("2026-02-14T02:00Z");
 * elapsedMs(calendar24x7("Asia/Shanghai"), friday17, saturday10); //=> 61200000 (17 hours)
 * elapsedMs(cnCalendar(), friday17, saturday10);                  //=> 7200000 (2 working hours)
 * ```
 */
export function elapsedMs(
  calendar: WorkingCalendar,
  from: Instant,
  to: Instant,
  pauses: readonly Interval[] = [],
): number {
  let total = 0;
  if (to <= from) return total;
  for (const [start, end] of countedIntervals(calendar, from, pauses)) {
    if (start >= to) break;
    total += Math.min(end, to) - start;
  }
  return total;
}

/**
 * The last instant at which the time counted since `from` is still within `windowMs` (windows
 * are inclusive): an event up to this instant meets the window, any later one breaches it.
 * When the window is used up exactly as working hours end, the instant is where counting
 * resumes. `undefined` when the window never runs out (a pause without end, or no working time
 * within ten years).
 *
 * @example
 * ```ts
 * const friday17 = Date.parse("2026-02-13T09:00Z");
 * formatInstant(dueAt(cnCalendar(), friday17, 2 * 3_600_000)!, "Asia/Shanghai");
 * //=> "2026-02-14T10:00:00+08:00" (the make-up Saturday)
 * ```
 */
export function dueAt(
  calendar: WorkingCalendar,
  from: Instant,
  windowMs: number,
  pauses: readonly Interval[] = [],
): Instant | undefined {
  let remaining = windowMs;
  let usedUp = false;
  for (const [start, end] of countedIntervals(calendar, from, pauses)) {
    if (usedUp) return start;
    if (remaining < end - start) return start + remaining;
    remaining -= end - start;
    usedUp = remaining === 0;
  }
  return undefined;
}
