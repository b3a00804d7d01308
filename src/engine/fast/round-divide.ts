import type { RoundingMode } from "../../decimal";

/** `numerator / denominator` rounded to an integer, exactly; NaN when an operand is not a safe integer. */
export type IntegerRounding = (numerator: number, denominator: number) => number;

/**
 * ⌊a / b⌋ for integers a ≥ 0, b > 0, exactly while a + b < 2^53 (NaN past that). The float
 * quotient could only round up to the next integer k if b × k ≥ 2^53, and b × k ≤ a + b.
 */
function floorOfQuotient(a: number, b: number): number {
  return a + b > Number.MAX_SAFE_INTEGER ? Number.NaN : Math.floor(a / b);
}

/**
 * A rounding by mode from the floor of a shifted quotient of |n| / d (then given n's sign): one
 * division and no branch on the remainder — which way a half cent goes is as likely as not, a
 * branch the processor mispredicts half the time. Past 2^53 it takes the long way.
 */
function viaFloor(mode: RoundingMode, floorOf: (n: number, d: number) => number): IntegerRounding {
  return (numerator, denominator) => {
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
      return Number.NaN;
    const rounded = numerator < 0 ? -floorOf(-numerator, denominator) : floorOf(numerator, denominator);
    return Number.isNaN(rounded) ? longRoundDivide(numerator, denominator, mode) : rounded;
  };
}

/**
 * Each mode's integer rounding. With q, r the quotient and remainder of n / d: half-up is
 * ⌊(2n + d) / 2d⌋ (q + 1 from 2r ≥ d on), half-down ⌊(2n + d − 1) / 2d⌋ (from 2r > d), up
 * ⌊(n + d − 1) / d⌋ (from r ≥ 1), down ⌊n / d⌋. Half-even also needs q's parity: the long way.
 */
const ROUNDINGS: Readonly<Record<RoundingMode, IntegerRounding>> = {
  "half-up": viaFloor("half-up", (n, d) => floorOfQuotient(2 * n + d, 2 * d)),
  "half-down": viaFloor("half-down", (n, d) => floorOfQuotient(2 * n + d - 1, 2 * d)),
  up: viaFloor("up", (n, d) => floorOfQuotient(n + d - 1, d)),
  down: viaFloor("down", floorOfQuotient),
  "half-even": (numerator, denominator) => longRoundDivide(numerator, denominator, "half-even"),
};

/**
 * The integer rounding of a mode, chosen once (where a payout is compiled), so that rounding a
 * record's pay tests no mode.
 *
 * @example
 * ```ts
 * const round = integerRounding("half-up");
 * round(255144500, 100000); //=> 2551 (2551.445 → 2551)
 * round(5, 2);              //=> 3
 * ```
 */
export function integerRounding(mode: RoundingMode): IntegerRounding {
  return ROUNDINGS[mode];
}

/**
 * `numerator / denominator` rounded to an integer by a named mode, exactly, or NaN when an
 * operand is not a safe integer (the caller then takes the decimal path).
 *
 * @example
 * ```ts
 * roundDivide(255144500, 100000, "half-up");   //=> 2551 (2551.445 → 2551)
 * roundDivide(5, 2, "half-even");              //=> 2
 * ```
 */
export function roundDivide(numerator: number, denominator: number, mode: RoundingMode): number {
  return ROUNDINGS[mode](numerator, denominator);
}

/** The same rounding with the remainder in hand, for half-even and for operands near 2^53. */
function longRoundDivide(numerator: number, denominator: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    return Number.NaN;
  const negative = numerator < 0;
  const n = negative ? -numerator : numerator;
  // Float division can be off by one for large operands: correct it with exact integer steps.
  let quotient = Math.floor(n / denominator);
  let remainder = n - quotient * denominator;
  while (remainder < 0) {
    quotient--;
    remainder += denominator;
  }
  while (remainder >= denominator) {
    quotient++;
    remainder -= denominator;
  }
  if (!Number.isSafeInteger(quotient * denominator)) return Number.NaN;
  // Twice the remainder against the divisor decides a half; remainder < denominator keeps it safe.
  const twice = remainder * 2;
  let up: boolean;
  switch (mode) {
    case "half-up":
      up = twice >= denominator;
      break;
    case "half-down":
      up = twice > denominator;
      break;
    case "half-even":
      up = twice > denominator || (twice === denominator && quotient % 2 === 1);
      break;
    case "up":
      up = remainder > 0;
      break;
    case "down":
      up = false;
      break;
  }
  const rounded = up && remainder > 0 ? quotient + 1 : quotient;
  return negative ? -rounded : rounded;
}
