/**
 * The English word for a count: `one` for exactly 1, `many` otherwise (counts may arrive as
 * decimal strings, "1" included).
 *
 * @example
 * ```ts
 * plural(1, "row", "rows");   //=> "row"
 * plural("3", "row", "rows"); //=> "rows"
 * ```
 */
export function plural(count: number | string, one: string, many: string): string {
  return String(count) === "1" ? one : many;
}
