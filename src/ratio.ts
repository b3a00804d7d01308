import { Decimal, decimalFromScaled, divide, type RoundingMode } from "./decimal";
import { roundDivide } from "./engine/fast/round-divide";
import { scaleDecimal } from "./engine/fast/scale";

/**
 * An exact fraction of decimals. Scores are decimals kept to 20 places where a division does
 * not terminate (a mean of three answers); money must not be computed from such a rounded
 * score — 13920.75 × (226 / 3) / 100 is exactly 10486.965, a half cent — so the parts of a
 * score that divide keep their exact fraction for payouts, which divide last.
 */
export interface Ratio {
  readonly numerator: Decimal;
  /** Always above 0. */
  readonly denominator: Decimal;
}

const ONE = new Decimal(1);
const TWO = new Decimal(2);

/**
 * A decimal as a fraction over 1.
 *
 * @example
 * ```ts
 * ratio(new Decimal("87")); //=> { numerator: 87, denominator: 1 }
 * ```
 */
export function ratio(value: Decimal, denominator: Decimal = ONE): Ratio {
  return { numerator: value, denominator };
}

/**
 * The sum of two fractions, exactly.
 *
 * @example
 * ```ts
 * addRatios(ratio(new Decimal(52), new Decimal(3)), ratio(new Decimal(80))); //=> 292 / 3
 * ```
 */
export function addRatios(a: Ratio, b: Ratio): Ratio {
  if (a.denominator.eq(b.denominator))
    return { numerator: a.numerator.plus(b.numerator), denominator: a.denominator };
  return {
    numerator: a.numerator.mul(b.denominator).plus(b.numerator.mul(a.denominator)),
    denominator: a.denominator.mul(b.denominator),
  };
}

/**
 * A fraction times another, exactly.
 *
 * @example
 * ```ts
 * multiplyRatio(ratio(new Decimal(1785)), new Decimal(70), new Decimal(100)); //=> 124950 / 100
 * ```
 */
export function multiplyRatio(a: Ratio, numerator: Decimal, denominator: Decimal = ONE): Ratio {
  return { numerator: a.numerator.mul(numerator), denominator: a.denominator.mul(denominator) };
}

/**
 * Compares a fraction with a decimal: −1, 0 or 1.
 *
 * @example
 * ```ts
 * compareRatio(ratio(new Decimal(10), new Decimal(3)), new Decimal("3.33")); //=> 1
 * ```
 */
export function compareRatio(a: Ratio, value: Decimal): number {
  return a.numerator.cmp(value.mul(a.denominator));
}

/**
 * A fraction as a decimal kept to 20 places (for traces and display; never for money).
 *
 * @example
 * ```ts
 * approximate(ratio(new Decimal(52), new Decimal(3))).toString(); //=> "17.33333333333333333333"
 * ```
 */
export function approximate(a: Ratio): Decimal {
  return a.denominator.eq(ONE) ? a.numerator : divide(a.numerator, a.denominator);
}

/**
 * A fraction rounded to `places` by a named mode, exactly: the tie is decided on integers, so a
 * value that is exactly half a cent rounds as the mode says, whatever its fraction.
 *
 * @example
 * ```ts
 * roundRatio(ratio(new Decimal("3146089.5"), new Decimal(300)), 2, "half-up").toString(); //=> "10486.97"
 * ```
 */
export function roundRatio(a: Ratio, places: number, mode: RoundingMode): Decimal {
  // Most amounts fit safe integers: round there, exactly, without decimal arithmetic.
  const scale = Math.max(a.numerator.decimalPlaces(), a.denominator.decimalPlaces());
  const numerator = scaleDecimal(a.numerator, scale + places);
  const denominator = scaleDecimal(a.denominator, scale);
  const rounded = roundDivide(numerator, denominator, mode);
  if (Number.isSafeInteger(rounded)) return decimalFromScaled(rounded, places);
  return roundRatioDecimal(a, places, mode);
}

/** {@link roundRatio} in decimals, for fractions past 2^53. */
function roundRatioDecimal(a: Ratio, places: number, mode: RoundingMode): Decimal {
  // Scale numerator and denominator to integers, then divide with the remainder in hand.
  const scale = new Decimal(10).pow(Math.max(a.numerator.decimalPlaces(), a.denominator.decimalPlaces()));
  const n = a.numerator.mul(scale).mul(new Decimal(10).pow(places));
  const d = a.denominator.mul(scale);
  const negative = n.isNegative();
  const magnitude = n.abs();
  const quotient = magnitude.divToInt(d);
  const remainder = magnitude.minus(quotient.mul(d));
  const twice = remainder.mul(TWO);
  const up =
    mode === "up"
      ? !remainder.isZero()
      : mode === "down"
        ? false
        : mode === "half-up"
          ? twice.gte(d)
          : mode === "half-down"
            ? twice.gt(d)
            : twice.gt(d) || (twice.eq(d) && quotient.mod(TWO).eq(ONE));
  const rounded = up && !remainder.isZero() ? quotient.plus(ONE) : quotient;
  const value = rounded.div(new Decimal(10).pow(places));
  return negative && !rounded.isZero() ? value.neg() : value;
}
