/**
 * Hand-written decimal.js: exact, and what a careful developer writes without an engine.
 * An isolated clone (never Decimal.set), 40 significant digits, half-up.
 */
import { Decimal as DecimalJs } from "decimal.js";

const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
const PASS_MARK = new Decimal(60);
const KEPT_WHEN_FAILED = new Decimal("0.7");
const EXCELLENT = new Decimal(95);
const PASS = new Decimal(90);
const STANDARDS_MAX = new Decimal(50);
const COMPLAINTS_MAX = new Decimal(30);
const PER_VALID = new Decimal(6);
const PER_MAJOR = new Decimal(12);
const TIER_POINTS = new Map(
  Object.entries({
    "very-satisfied": 20,
    "basically-satisfied": 16,
    average: 12,
    "not-very-satisfied": 8,
    "very-dissatisfied": 4,
  }).map(([tier, points]) => [tier, new Decimal(points)]),
);

/**
 * @param {import("../lib/generate.mjs").BenchRecord} record
 * @returns {{ total: DecimalJs, grade: string, pay: DecimalJs }}
 */
export function scoreRecord(record) {
  const standards = Decimal.max(ZERO, STANDARDS_MAX.minus(record.findings));
  let survey = ZERO;
  if (record.survey.length > 0) {
    let sum = ZERO;
    for (const answer of record.survey) {
      const points = TIER_POINTS.get(answer);
      if (points === undefined) throw new RangeError(`unknown tier: ${answer}`);
      sum = sum.plus(points);
    }
    survey = sum.div(record.survey.length);
  }
  const deducted = PER_VALID.mul(record.valid_complaints).plus(PER_MAJOR.mul(record.major_complaints));
  const complaints = Decimal.max(ZERO, COMPLAINTS_MAX.minus(deducted));
  const total = standards.plus(survey).plus(complaints);
  const noOpinion = !record.inspected && record.valid_complaints + record.major_complaints === 0;
  const grade = noOpinion
    ? "no-opinion"
    : total.gte(EXCELLENT)
      ? "excellent"
      : total.gte(PASS)
        ? "pass"
        : "fail";
  let pay = new Decimal(record.performance_base).mul(total).div(HUNDRED);
  if (total.lt(PASS_MARK)) pay = pay.mul(KEPT_WHEN_FAILED);
  return { total, grade, pay: pay.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP) };
}

/** @param {ReturnType<typeof scoreRecord>} outcome */
export function toStrings({ total, grade, pay }) {
  return { total: total.toFixed(2, DecimalJs.ROUND_HALF_UP), grade, pay: pay.toFixed(2) };
}

/** @returns {import("./index.mjs").Engine} */
export function create() {
  return { async: false, score: scoreRecord, toStrings };
}
