// An independent oracle for exact arithmetic in the tests: rationals on BigInt, never decimal.js.

/** A rational number n / d with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new Error("zero denominator");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** Reads a plain decimal ("-12.345", or a number such as 0.25) exactly. */
export function parseRational(value: string | number): Rational {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) throw new Error(`not a decimal: ${text}`);
  const fraction = match[3] ?? "";
  const n = BigInt((match[2] as string) + fraction) * (match[1] === "-" ? -1n : 1n);
  return rational(n, 10n ** BigInt(fraction.length));
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational) => {
  const diff = a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
};

export const min = (a: Rational, b: Rational) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);

/** Rounds to `places` decimals: half away from zero ("half-up" for money), or half to even. */
export function roundRational(x: Rational, places: number, mode: "half-up" | "half-even" | "down"): bigint {
  const scale = 10n ** BigInt(places);
  const n = abs(x.n) * scale;
  const q = n / x.d;
  const r = n % x.d;
  let units = q;
  if (mode === "half-up" && 2n * r >= x.d) units = q + 1n;
  if (mode === "half-even" && (2n * r > x.d || (2n * r === x.d && q % 2n === 1n))) units = q + 1n;
  return x.n < 0n ? -units : units;
}

/** Writes integer units of 10^-places as a fixed-point decimal string. */
export function fixed(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = abs(units)
    .toString()
    .padStart(places + 1, "0");
  const whole = places === 0 ? digits : digits.slice(0, -places);
  const fraction = places === 0 ? "" : `.${digits.slice(-places)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Modular inverse of a modulo m (a and m coprime). */
export function inverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

/** Rounds half away from zero to `places` decimals, written as a fixed-point string. */
export function toFixedHalfUp(x: Rational, places: number): string {
  return fixed(roundRational(x, places, "half-up"), places);
}

/** A rational as the shortest decimal string, kept to `places` (20 by default), half-up. */
export function toPlainString(x: Rational, places = 20): string {
  const text = toFixedHalfUp(x, places);
  return text.includes(".") ? text.replace(/\.?0+$/, "") || "0" : text;
}
