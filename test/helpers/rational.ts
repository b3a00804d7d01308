/**
 * Exact rational arithmetic on BigInt: an oracle independent of decimal.js, for tests.
 * A value is n / d with d > 0, kept reduced.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new Error("zero denominator");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d < 0n ? -d : d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** Reads "12.50", "-3", 7 into a rational, exactly. */
export function parseRational(value: string | number): Rational {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const n = BigInt(`${whole}${fraction}`) * (sign === "-" ? -1n : 1n);
  return rational(n, 10n ** BigInt(fraction.length));
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational) => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
export const min = (a: Rational, b: Rational) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);

/** Rounds half away from zero to `places` decimals and writes the result as a plain decimal string. */
export function toFixedHalfUp(value: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const negative = value.n < 0n;
  const abs = negative ? -value.n : value.n;
  const scaled = (abs * scale * 2n + value.d) / (2n * value.d); // floor(x·scale + 1/2)
  const digits = scaled.toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}

/** A rational as the shortest decimal string, when it terminates within `places` places. */
export function toPlainString(value: Rational, places = 20): string {
  return toFixedHalfUp(value, places).replace(/\.?0+$/, "") || "0";
}
