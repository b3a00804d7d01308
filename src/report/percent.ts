import { Decimal } from "../decimal";

/**
 * A count as a percentage of a whole, to one place (half-up), exact until then.
 *
 * @example
 * ```ts
 * percent(1, 3); //=> "33.3"
 * ```
 */
export function percent(count: number, whole: number): string {
  if (whole === 0) return "0.0";
  return new Decimal(count).mul(100).div(whole).toFixed(1);
}
