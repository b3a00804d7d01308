import type { Decimal } from "../decimal";
import type { Scorecard } from "../engine/scorecard";
import type { ReportCard, ReportComponent } from "./report";

/**
 * A scorecard as a later stage may hand it over: with a `rank` (ranking within a period) and a
 * `pay` (a payout) when those stages ran.
 */
export type RankedScorecard = Scorecard & {
  readonly rank?: number;
  readonly pay?: Decimal | string;
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
  const scored = card as RankedScorecard;
  return {
    subject: scored.subject,
    ...(scored.period !== undefined && { period: scored.period }),
    ...(line !== undefined && { line }),
    status: scored.status,
    total: scored.total.toString(),
    maxScore: scored.maxScore.toString(),
    ...(scored.grade !== undefined && { grade: scored.grade }),
    ...(scored.gradeName !== undefined && { gradeName: scored.gradeName }),
    ...(scored.rank !== undefined && { rank: scored.rank }),
    ...(scored.pay !== undefined && { pay: payString(scored.pay) }),
    components: scored.components.map(
      (component): ReportComponent => ({
        id: component.id,
        ...(component.name !== undefined && { name: component.name }),
        score: component.score.toString(),
        max: component.max.toString(),
        ...(component.noData && { noData: true }),
        trace: component.trace.map(
          (step) => ({ ...step, delta: step.delta.toString() }) as ReportComponent["trace"][number],
        ),
      }),
    ),
    ...(scored.noOpinion !== undefined && { noOpinion: scored.noOpinion }),
  };
}

/** Money is shown with exactly 2 places; a string is taken as the payout stage wrote it. */
function payString(pay: Decimal | string): string {
  return typeof pay === "string" ? pay : pay.toFixed(2);
}
