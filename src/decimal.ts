import { Decimal as DecimalJs } from "decimal.js";

/**
 * kaoping's own decimal constructor: an isolated clone of decimal.js, so that no setting of
 * the host application (or of another library) changes how scores are computed.
 *
 * @example
 * ```ts
 * import { Decimal } from "kaoping";
 * new Decimal("0.1").plus("0.2").toString();
 * //=> "0.3"
 * ```
 */
export const Decimal = DecimalJs.clone({
  // 40 significant digits: far beyond any score or sum of money, so only a division that
  // does not terminate (a mean of three answers) is ever rounded, and then at the 40th digit.
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  // Never switch to exponential notation: a decimal string in JSON must read as plain digits.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal value (an instance of kaoping's isolated {@link Decimal} constructor). */
export type Decimal = DecimalJs;

/** What kaoping accepts where a decimal is expected: a JS number or a decimal string such as `"12.50"`. */
export type DecimalLike = number | string | DecimalJs;

/** The canonical form of a decimal string: optional minus, digits, optional fraction. */
export const DECIMAL_PATTERN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * Reads a decimal from a number, a decimal string or a Decimal; returns `undefined` for anything
 * else (NaN, Infinity, `"1e3"`, `"abc"`), so that callers report their own issue.
 *
 * @example
 * ```ts
 * toDecimal("12.50")?.toString(); //=> "12.5"
 * toDecimal("abc");               //=> undefined
 * ```
 */
export function toDecimal(value: unknown): Decimal | undefined {
  if (value instanceof DecimalJs) return value.isFinite() ? new Decimal(value) : undefined;
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return decimalFromScaled(value, 0);
    return Number.isFinite(value) ? new Decimal(value) : undefined;
  }
  if (typeof value === "string") {
    const text = value.trim();
    const scaled = scanDecimal(text);
    if (scaled !== undefined) return decimalFromScaled(scaled.value, scaled.places);
    return DECIMAL_PATTERN.test(text) ? new Decimal(text) : undefined;
  }
  return undefined;
}

/**
 * Reads a decimal string of up to 15 digits (what records hold) as a scaled integer in one pass,
 * following {@link DECIMAL_PATTERN}; undefined for anything else, which the slow path then judges.
 *
 * @example
 * ```ts
 * scanDecimal("3001.70"); //=> { value: 300170, places: 2 }
 * scanDecimal("1e3");     //=> undefined
 * ```
 */
export function scanDecimal(text: string): { value: number; places: number } | undefined {
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  let value = 0;
  let digits = 0;
  let places = -1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // A leading zero may only stand alone before the point.
      if (digits === 1 && value === 0 && places === -1) return undefined;
      value = value * 10 + (c - 48);
      digits++;
      if (places >= 0) places++;
    } else if (c === 46 && places === -1 && digits > 0) places = 0;
    else return undefined;
  }
  if (digits === 0 || digits > 15 || places === 0 || i === start) return undefined;
  return { value: start === 1 ? -value : value, places: places === -1 ? 0 : places };
}

/** Rounding modes a policy may declare, by name. */
export type RoundingMode = "half-up" | "half-even" | "down" | "up" | "half-down";

/** decimal.js's constant for each rounding mode (half-up rounds away from zero on a tie). */
const ROUNDING: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  "half-up": DecimalJs.ROUND_HALF_UP,
  "half-even": DecimalJs.ROUND_HALF_EVEN,
  "half-down": DecimalJs.ROUND_HALF_DOWN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
};

/**
 * Rounds a decimal to a number of places with a named mode and returns it as a fixed-point
 * string (always exactly `places` decimals).
 *
 * @example
 * ```ts
 * roundToString(new Decimal("2551.445"), 2, "half-up");   //=> "2551.45"
 * roundToString(new Decimal("2551.445"), 2, "half-even"); //=> "2551.44"
 * ```
 */
export function roundToString(value: Decimal, places: number, mode: RoundingMode = "half-up"): string {
  return value.toFixed(places, ROUNDING[mode]);
}

/**
 * Rounds a decimal to a number of places with a named mode.
 *
 * @example
 * ```ts
 * round(new Decimal("87.335"), 2).toString(); //=> "87.34"
 * ```
 */
export function round(value: Decimal, places: number, mode: RoundingMode = "half-up"): Decimal {
  return value.toDecimalPlaces(places, ROUNDING[mode]);
}

/**
 * Decimal places kept by a division that may not terminate (a mean of three answers): far more
 * than any display needs, and few enough that later sums stay exact within the 40-digit precision.
 */
export const QUOTIENT_PLACES = 20;

/**
 * Divides exactly when the quotient terminates within {@link QUOTIENT_PLACES} places, and
 * otherwise rounds half-up at that place, so that the result is the same whatever the host.
 *
 * @example
 * ```ts
 * divide(new Decimal(52), new Decimal(3)).toString(); //=> "17.33333333333333333333"
 * ```
 */
export function divide(dividend: Decimal, divisor: Decimal): Decimal {
  return dividend.div(divisor).toDecimalPlaces(QUOTIENT_PLACES, DecimalJs.ROUND_HALF_UP);
}

/** The shared prototype of kaoping's decimals, to build one without parsing. */
const DECIMAL_PROTOTYPE = Object.getPrototypeOf(new Decimal(0)) as object;

/** decimal.js keeps digits in words of 7 (its LOG_BASE). */
const WORD_DIGITS = 7;

/**
 * The decimal `scaled / 10^places`, built straight from a safe integer: the same value (and
 * the same inner form) as `new Decimal("…")`, about six times faster, for the exact integer fast
 * path of scoring. Mirrors decimal.js's own `parseDecimal`.
 *
 * @example
 * ```ts
 * decimalFromScaled(255145, 2).toString(); //=> "2551.45"
 * decimalFromScaled(-50, 0).toString();    //=> "-50"
 * ```
 */
export function decimalFromScaled(scaled: number, places: number): Decimal {
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`kaoping: ${scaled} is not a safe integer`);
  const x = Object.create(DECIMAL_PROTOTYPE) as { constructor: unknown; s: number; e: number; d: number[] };
  x.constructor = Decimal;
  if (scaled === 0) {
    x.s = 1;
    x.e = 0;
    x.d = [0];
    return x as unknown as Decimal;
  }
  x.s = scaled < 0 ? -1 : 1;
  // Integer arithmetic only: `%` of safe integers is exact, and so is dividing out a remainder.
  let m = scaled < 0 ? -scaled : scaled;
  let trailing = 0;
  while (m % 10 === 0) {
    m /= 10;
    trailing++;
  }
  let digits = 1;
  for (let p = 10; p <= m; p *= 10) digits++;
  const e = digits + trailing - places - 1;
  x.e = e;
  // Words of 7 digits are aligned on the decimal exponent: the first holds what is left over.
  let first = (e + 1) % WORD_DIGITS;
  if (e < 0) first += WORD_DIGITS;
  const words: number[] = [];
  if (first < digits) {
    let rest = digits;
    if (first > 0) {
      const unit = POWERS_OF_TEN[digits - first] as number;
      const remainder = m % unit;
      words.push((m - remainder) / unit);
      m = remainder;
      rest = digits - first;
    }
    while (rest > WORD_DIGITS) {
      const unit = POWERS_OF_TEN[rest - WORD_DIGITS] as number;
      const remainder = m % unit;
      words.push((m - remainder) / unit);
      m = remainder;
      rest -= WORD_DIGITS;
    }
    words.push(m * (POWERS_OF_TEN[WORD_DIGITS - rest] as number));
  } else {
    words.push(m * (POWERS_OF_TEN[first - digits] as number));
  }
  x.d = words;
  return x as unknown as Decimal;
}

/** 10^0 … 10^22, each exact as a double. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
