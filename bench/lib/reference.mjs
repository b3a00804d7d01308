/**
 * The exact reference: P1 plus P2's pay rule in rational arithmetic on BigInt, written from the
 * policy text (POLICIES.md) and independent of every engine under test — it uses neither
 * decimal.js nor floats nor any engine's code. Every engine's results are checked against it.
 */

/** @typedef {{ n: bigint, d: bigint }} Rational  n / d with d > 0, reduced */

const gcd = (a, b) => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};

/** @returns {Rational} */
export function rational(n, d = 1n) {
  if (d === 0n) throw new RangeError("zero denominator");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d < 0n ? -d : d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/**
 * Reads a plain decimal string ("3001.70", "-3", "12") exactly.
 *
 * @param {string} text
 * @returns {Rational}
 */
export function parseRational(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const n = BigInt(whole + fraction) * (sign === "-" ? -1n : 1n);
  return rational(n, 10n ** BigInt(fraction.length));
}

export const add = (a, b) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a, b) => rational(a.n * b.n, a.d * b.d);
export const div = (a, b) => rational(a.n * b.d, a.d * b.n);
export const cmp = (a, b) => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
const maxRational = (a, b) => (cmp(a, b) >= 0 ? a : b);
const int = (value) => rational(BigInt(value));

/**
 * Rounds half away from zero ("half-up" in money terms) to `places` decimals and writes a
 * plain decimal string with exactly that many places.
 *
 * @param {Rational} value
 * @param {number} places
 */
export function toFixedHalfUp(value, places) {
  const scale = 10n ** BigInt(places);
  const negative = value.n < 0n;
  const abs = negative ? -value.n : value.n;
  const scaled = (abs * scale * 2n + value.d) / (2n * value.d); // floor(|x|·scale + 1/2)
  const digits = scaled.toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}

/** The shortest plain decimal string of a value rounded half-up at `places` decimals. */
export function toTrimmedHalfUp(value, places) {
  const fixed = toFixedHalfUp(value, places);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

// P1 (POLICIES.md): points per survey tier; the rules' numbers below are the policy's own.
const TIER_POINTS = new Map([
  ["very-satisfied", 20n],
  ["basically-satisfied", 16n],
  ["average", 12n],
  ["not-very-satisfied", 8n],
  ["very-dissatisfied", 4n],
]);
const ZERO = int(0);
const HUNDRED = int(100);
const PASS_MARK = int(60); // P2: a score below 60 fails; exactly 60 passes
const KEPT_WHEN_FAILED = rational(7n, 10n); // P2: 30% of the performance pay withheld

/**
 * The exact outcome of one record.
 *
 * - `total`: the total rounded half-up to 2 places (the preset's display), as every engine prints it;
 * - `totalExact`: the exact total, or — when it does not terminate (a mean of three answers) —
 *   rounded half-up at 20 places, the places kaoping keeps in a quotient; trailing zeros dropped;
 * - `grade`: `excellent` / `pass` / `fail`, or `no-opinion`;
 * - `pay`: base × total / 100, × 0.7 below 60, rounded half-up to cents once at the end;
 * - `payIsHalfCentTie`, `totalTerminates`: what makes the record hard, for the statistics.
 *
 * @param {import("./generate.mjs").BenchRecord} record
 */
export function referenceOutcome(record) {
  const standards = maxRational(ZERO, int(50 - record.findings));
  let survey = ZERO;
  if (record.survey.length > 0) {
    let sum = 0n;
    for (const answer of record.survey) {
      const points = TIER_POINTS.get(answer);
      if (points === undefined) throw new RangeError(`unknown tier: ${answer}`);
      sum += points;
    }
    survey = rational(sum, BigInt(record.survey.length)); // the mean of the answers
  }
  const complaints = maxRational(ZERO, int(30 - 6 * record.valid_complaints - 12 * record.major_complaints));
  const total = add(add(standards, survey), complaints);
  const noOpinion = !record.inspected && record.valid_complaints + record.major_complaints === 0;
  const grade = noOpinion
    ? "no-opinion"
    : cmp(total, int(95)) >= 0
      ? "excellent"
      : cmp(total, int(90)) >= 0
        ? "pass"
        : "fail";
  let pay = div(mul(parseRational(record.performance_base), total), HUNDRED);
  if (cmp(total, PASS_MARK) < 0) pay = mul(pay, KEPT_WHEN_FAILED);
  return {
    total: toFixedHalfUp(total, 2),
    totalExact: toTrimmedHalfUp(total, 20),
    grade,
    pay: toFixedHalfUp(pay, 2),
    payIsHalfCentTie: isHalfCentTie(pay),
    totalTerminates: terminates(total),
  };
}

/** Whether an amount lies exactly halfway between two cents (where half-up and floats part ways). */
export function isHalfCentTie(amount) {
  const doubled = amount.n * 200n; // 2 × amount in cents, as doubled / d
  return doubled % amount.d === 0n && (doubled / amount.d) % 2n !== 0n;
}

/** Whether a value has a finite decimal expansion (its reduced denominator has no prime but 2 and 5). */
export function terminates(value) {
  let d = value.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}
