/**
 * Hand-written JS on integers: the exact baseline, and the practical speed limit.
 *
 * P1's total is a fraction num / k (k = number of survey answers: the mean is the only
 * division), so it is kept as that fraction; the base is read into integer cents; pay in cents
 * is cents × num × f / (k × 100 × g), f/g = 7/10 when withheld, rounded half-up by integer
 * division. All within Number's safe integers for bases up to 10^9; beyond that, BigInt.
 */
import { tierPoints } from "./tier-points.mjs";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * "3001.70" → 300170, digit by digit (no substrings to allocate). A base has at most 2
 * decimals; more is an error, not rounded away.
 */
export function parseCents(text) {
  let cents = 0;
  let places = -1; // -1: no decimal point yet
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && places === -1) {
      places = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9 || places === 2) throw new RangeError(`not a sum of money: ${text}`);
    cents = cents * 10 + digit;
    if (places !== -1) places++;
  }
  if (places === 0 || text.length === 0) throw new RangeError(`not a sum of money: ${text}`);
  return places === 2 ? cents : places === 1 ? cents * 10 : cents * 100;
}

/** floor(a / b) for non-negative safe integers, exactly (a float division may round up). */
function floorDiv(a, b) {
  return (a - (a % b)) / b;
}

/** n / d rounded half-up to an integer (n, d ≥ 0). */
function roundHalfUp(n, d) {
  if (2 * n + d <= MAX_SAFE) return floorDiv(2 * n + d, 2 * d);
  return Number((2n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)));
}

/** The same pay in BigInt, for bases so large that the product leaves the safe integers. */
function bigPay(cents, num, withheld, payDen) {
  const d = BigInt(payDen);
  return (2n * BigInt(cents) * BigInt(num) * (withheld ? 7n : 1n) + d) / (2n * d);
}

/** Integer hundredths (a number or a BigInt) → "12.34". */
export function hundredthsToString(value) {
  const digits = String(value).padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Scores one record: the total as the fraction num / k, the grade, the pay in integer cents.
 *
 * @param {import("../lib/generate.mjs").BenchRecord} record
 * @returns {{ num: number, k: number, grade: string, pay: number | bigint }}
 */
export function scoreRecord(record) {
  const standards = Math.max(0, 50 - record.findings);
  const complaints = Math.max(0, 30 - 6 * record.valid_complaints - 12 * record.major_complaints);
  const answers = record.survey;
  const k = answers.length === 0 ? 1 : answers.length; // no answer: the survey scores 0
  let sum = 0;
  for (let i = 0; i < answers.length; i++) sum += tierPoints(answers[i]);
  const num = (standards + complaints) * k + sum; // total = num / k
  const noOpinion = !record.inspected && record.valid_complaints + record.major_complaints === 0;
  const grade = noOpinion ? "no-opinion" : num >= 95 * k ? "excellent" : num >= 90 * k ? "pass" : "fail";
  const cents = parseCents(record.performance_base);
  const withheld = num < 60 * k;
  const payNum = cents * num * (withheld ? 7 : 1);
  const payDen = k * (withheld ? 1000 : 100);
  const pay = payNum <= MAX_SAFE ? roundHalfUp(payNum, payDen) : bigPay(cents, num, withheld, payDen);
  return { num, k, grade, pay };
}

/**
 * The outcome as text: total to 2 places half-up, pay in yuan with 2 places.
 *
 * @param {ReturnType<typeof scoreRecord>} outcome
 */
export function toStrings({ num, k, grade, pay }) {
  return { total: hundredthsToString(roundHalfUp(100 * num, k)), grade, pay: hundredthsToString(pay) };
}

/** @returns {import("./index.mjs").Engine} */
export function create() {
  return { async: false, score: scoreRecord, toStrings };
}
