import type { Decimal } from "../../decimal";

/**
 * The most decimal places the fast path scales by: scores written with up to 4 places
 * ("0.25", "12.5") stay safe integers far beyond any score; a policy with more uses decimals.
 */
export const MAX_FAST_PLACES = 4;

/**
 * The decimal places of a number or decimal string, trailing zeros ignored ("12.50" → 1).
 *
 * @example
 * ```ts
 * placesOf("0.25"); //=> 2
 * placesOf(100);    //=> 0
 * ```
 */
export function placesOf(value: number | string): number {
  const text = typeof value === "number" ? String(value) : value;
  const dot = text.indexOf(".");
  if (dot === -1 || /e/i.test(text)) return /e-/i.test(text) ? Number.POSITIVE_INFINITY : 0;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  return Math.max(0, end - dot - 1);
}

/**
 * A policy's number or decimal string × 10^places as a safe integer, or NaN when it has more
 * places than that or is too large.
 *
 * @example
 * ```ts
 * scaleLiteral("12.5", 2); //=> 1250
 * scaleLiteral("0.125", 2); //=> NaN
 * ```
 */
export function scaleLiteral(value: number | string, places: number): number {
  if (placesOf(value) > places) return Number.NaN;
  const text = typeof value === "number" ? String(value) : value;
  const negative = text.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const scaled = Number(whole + fraction.padEnd(places, "0").slice(0, places));
  return Number.isSafeInteger(scaled) ? (negative ? -scaled : scaled) : Number.NaN;
}

/**
 * A decimal × 10^places as a safe integer, read from its inner digits (no arithmetic, no
 * parsing), or NaN when it has more places than that or is too large.
 *
 * @example
 * ```ts
 * scaleDecimal(new Decimal("3001.70"), 2); //=> 300170
 * scaleDecimal(new Decimal("59.5"), 0);    //=> NaN
 * ```
 */
export function scaleDecimal(value: Decimal, places: number): number {
  const { d: words, e, s } = value as unknown as { d: number[] | null; e: number; s: number };
  if (words === null || words.length > 3) return Number.NaN;
  // The words as one integer (checked to be safe, so exact), and the power of ten of its last digit.
  const first = words[0] as number;
  let integer = first;
  for (let i = 1; i < words.length; i++) integer = integer * 1e7 + (words[i] as number);
  if (!Number.isSafeInteger(integer)) return Number.NaN;
  let firstDigits = 1;
  for (let p = 10; p <= first; p *= 10) firstDigits++;
  const shift = e - (firstDigits - 1) - 7 * (words.length - 1) + places;
  let scaled: number;
  if (shift >= 0) scaled = integer * 10 ** shift;
  else {
    const unit = 10 ** -shift;
    if (integer % unit !== 0) return Number.NaN;
    scaled = integer / unit;
  }
  return Number.isSafeInteger(scaled) ? (s < 0 ? -scaled : scaled) : Number.NaN;
}

/**
 * An amount in cents as a decimal string with exactly 2 places.
 *
 * @example
 * ```ts
 * formatCents(255145); //=> "2551.45"
 * formatCents(-5);     //=> "-0.05"
 * ```
 */
export function formatCents(cents: number): string {
  const abs = cents < 0 ? -cents : cents;
  const fraction = abs % 100;
  const text = String((abs - fraction) / 100) + (fraction < 10 ? ".0" : ".") + String(fraction);
  return cents < 0 ? `-${text}` : text;
}
