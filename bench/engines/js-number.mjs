/**
 * Hand-written JS with numbers (IEEE-754 floats): what most code does. Fast, and wrong on
 * half-cent ties: 3001.70 × 85 / 100 is 2551.4449999999997 as a float, so it rounds to
 * 2551.44 where the exact 2551.445 rounds half-up to 2551.45.
 */
import { tierPoints } from "./tier-points.mjs";

/**
 * @param {import("../lib/generate.mjs").BenchRecord} record
 * @returns {{ total: number, grade: string, pay: number }}
 */
export function scoreRecord(record) {
  const standards = Math.max(0, 50 - record.findings);
  const answers = record.survey;
  let sum = 0;
  for (let i = 0; i < answers.length; i++) sum += tierPoints(answers[i]);
  const survey = answers.length === 0 ? 0 : sum / answers.length;
  const complaints = Math.max(0, 30 - 6 * record.valid_complaints - 12 * record.major_complaints);
  const total = standards + survey + complaints;
  const noOpinion = !record.inspected && record.valid_complaints + record.major_complaints === 0;
  const grade = noOpinion ? "no-opinion" : total >= 95 ? "excellent" : total >= 90 ? "pass" : "fail";
  let pay = (Number(record.performance_base) * total) / 100;
  if (total < 60) pay *= 0.7;
  // The usual idiom for "round to cents".
  return { total, grade, pay: Math.round(pay * 100) / 100 };
}

/** @param {ReturnType<typeof scoreRecord>} outcome */
export function toStrings({ total, grade, pay }) {
  return { total: total.toFixed(2), grade, pay: pay.toFixed(2) };
}

/** @returns {import("./index.mjs").Engine} */
export function create() {
  return { async: false, score: scoreRecord, toStrings };
}
