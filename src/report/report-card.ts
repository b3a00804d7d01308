import { plainScorecard } from "../engine/lazy-scorecard";
import type { Scorecard } from "../engine/scorecard";
import { plainJson } from "../plain-json";
import type { ReportCard, ReportComponent, ReportStep } from "./report";

/** A scorecard as a later stage may hand it over: with a `rank` when the ranking stage ran. */
export type RankedScorecard = Scorecard & {
  readonly rank?: number;
};

/**
 * The compact, plain-data form of a scorecard for a report: decimals as exact strings, the
 * policy left out (the report names it once), the input line kept when known.
 *
 * @example
 * ```ts
 * const card = reportCard(appraiser.score(record), 2);
 * card.total; //=> "87"
 * card.line;  //=> 2
 * ```
 */
export function reportCard(card: RankedScorecard | ReportCard, line?: number): ReportCard {
  if (typeof card.total === "string") {
    const plain = card as ReportCard;
    return line === undefined || plain.line !== undefined ? plain : { ...plain, line };
  }
  // A lazy scorecard's parts are getters, which a rest pattern would skip: take its plain form.
  const scored = plainScorecard(card as RankedScorecard) as RankedScorecard;
  const {
    subject,
    period,
    policy: _policy,
    status,
    total,
    maxScore,
    grade,
    gradeName,
    rank,
    pay,
    components,
    noOpinion,
    ...later
  } = scored;
  return {
    // Fields a later stage adds (payouts, groups, …) pass through as plain JSON, decimals as strings.
    ...(plainJson(later) as object),
    subject,
    ...(period !== undefined && { period }),
    ...(line !== undefined && { line }),
    status,
    total: total.toString(),
    maxScore: maxScore.toString(),
    ...(grade !== undefined && { grade }),
    ...(gradeName !== undefined && { gradeName }),
    ...(rank !== undefined && { rank }),
    ...(pay !== undefined && { pay }),
    components: components.map(
      (component): ReportComponent => ({
        id: component.id,
        ...(component.name !== undefined && { name: component.name }),
        score: component.score.toString(),
        max: component.max.toString(),
        ...(component.noData && { noData: true }),
        trace: component.trace.map((step) => ({ ...step, delta: step.delta.toString() }) as ReportStep),
      }),
    ),
    ...(noOpinion !== undefined && { noOpinion }),
  } as ReportCard;
}
