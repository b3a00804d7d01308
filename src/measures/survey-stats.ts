import { Decimal, divide } from "../decimal";
import type { Scale } from "../policy/schema/scores-input";
import type { SurveyAnswer } from "../records/survey-answer";
import type { SurveyStats } from "./result";

/** A scale with more points than this lists only the scores given in its distribution. */
const MAX_LISTED_POINTS = 101;

/**
 * The statistics of one question's answers, leaving out the answers whose flag is excluded.
 * Also returns the counted answers, for the measure to compute its value from.
 *
 * @example
 * ```ts
 * surveyStats([{ score: new Decimal(5) }, { score: new Decimal(1), flag: "malicious" }],
 *   new Set(["malicious"]), { min: 1, max: 5 }).stats;
 * //=> { responses: 2, excluded: 1, excludedByFlag: { malicious: 1 }, counted: 1, mean: Decimal(5),
 * //     distribution: [{ score: 1, count: 0 }, …, { score: 5, count: 1 }] }
 * ```
 */
export function surveyStats(
  answers: readonly SurveyAnswer[],
  exclude: ReadonlySet<string>,
  scale: Scale,
): { readonly stats: SurveyStats; readonly counted: readonly Decimal[] } {
  const counted: Decimal[] = [];
  const excludedByFlag: Record<string, number> = {};
  for (const answer of answers) {
    if (answer.flag !== undefined && exclude.has(answer.flag)) {
      excludedByFlag[answer.flag] = (excludedByFlag[answer.flag] ?? 0) + 1;
    } else counted.push(answer.score);
  }
  let sum = new Decimal(0);
  for (const score of counted) sum = sum.plus(score);
  const stats: SurveyStats = {
    responses: answers.length,
    excluded: answers.length - counted.length,
    excludedByFlag,
    counted: counted.length,
    ...(counted.length > 0 && { mean: divide(sum, new Decimal(counted.length)) }),
    distribution: distributionOf(counted, scale),
  };
  return { stats, counted };
}

function distributionOf(scores: readonly Decimal[], scale: Scale): { score: Decimal; count: number }[] {
  const counts = new Map<string, number>();
  for (const score of scores) counts.set(score.toString(), (counts.get(score.toString()) ?? 0) + 1);
  const min = new Decimal(scale.min);
  const max = new Decimal(scale.max);
  const step = new Decimal(scale.step ?? 1);
  const points = max.minus(min).div(step).floor().plus(1);
  const keys: string[] = [];
  if (points.lte(MAX_LISTED_POINTS)) {
    for (let point = min; point.lte(max); point = point.plus(step)) keys.push(point.toString());
  } else {
    keys.push(...[...counts.keys()].sort((a, b) => new Decimal(a).comparedTo(new Decimal(b))));
  }
  return keys.map((key) => ({ score: new Decimal(key), count: counts.get(key) ?? 0 }));
}
