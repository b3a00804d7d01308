/**
 * Reads a shift `"HH:MM-HH:MM"` as minutes of the day.
 *
 * @example
 * ```ts
 * parseShift("13:30-18:00"); //=> [810, 1080]
 * ```
 */
export function parseShift(shift: string): [number, number] {
  const [from, to] = shift.split("-") as [string, string];
  return [minutesOf(from), minutesOf(to)];
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
}
