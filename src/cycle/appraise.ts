import type { Appraiser, IndexedRejection } from "../engine/compile";
import { plainScorecard } from "../engine/lazy-scorecard";
import type { Scorecard } from "../engine/scorecard";
import { appraisalTable } from "./appraisal-table";
import type { GradeDistribution } from "./distribution";
import type { GivenReward } from "./rewards";
import type { SeriesOutcome } from "./series";

/** A scorecard with its place among the subjects of its period. */
export interface AppraisedScorecard extends Scorecard {
  /** The rank in the period's overall ranking; absent when there is no opinion. */
  readonly rank?: number;
  /** The tie-breaker that set the subject behind the one just ahead with an equal total. */
  readonly rankDecidedBy?: string;
  /** The rank within each ranking group the subject belongs to, by group id. */
  readonly groupRanks?: Readonly<Record<string, number>>;
  /** The rewards and penalties of the period, in policy order; absent when none. */
  readonly rewards?: readonly GivenReward[];
}

/** Scorecards appraised across subjects and periods: ranked, rewarded, and checked by the series rules. */
export interface ScorecardsAppraisal {
  /** The scorecards given, in their order, without duplicates, each with its rank. */
  readonly results: readonly AppraisedScorecard[];
  /** Every scorecard of a subject that has several for one period (none of them ranked), by index in the input. */
  readonly duplicates: readonly IndexedRejection[];
  /** The outcome of every series rule, per subject and window, ordered by subject, rule and window. */
  readonly series: readonly SeriesOutcome[];
  /** The grades of each period. */
  readonly distribution: readonly GradeDistribution[];
}

/** Records appraised: scored, then ranked per period, rewarded, and checked by the series rules. */
export interface Appraisal extends Omit<ScorecardsAppraisal, "duplicates"> {
  /** Records that could not be scored or that duplicate a subject's period, by index in the input. */
  readonly rejected: readonly IndexedRejection[];
}

/**
 * Scores records and appraises them across subjects and periods in one call: every period
 * ranked (overall and within the policy's groups; subjects without an opinion unranked), the
 * policy's rewards and penalties given, its series rules applied across the periods. A subject
 * with several records for one period has them all rejected (`record.duplicate-subject`), so
 * that the outcome never depends on the order of records.
 *
 * @example
 * ```ts
 * const { results, series } = appraise(compile(getPreset("satisfaction-work")!), yearOfRecords);
 * results[0]; //=> { subject: "North Service Hall", period: "2026-01", total: Decimal(98), rank: 1, ... }
 * series.find((o) => o.subject === "North Service Hall");
 * //=> { rule: "year-end-eligibility", window: "2026", triggered: true, periods: ["2026-03", "2026-09"], ... }
 * ```
 */
export function appraise(appraiser: Appraiser, records: Iterable<unknown>): Appraisal {
  const batch = appraiser.scoreAll(records);
  // Where each scorecard came from, to report duplicates at their records.
  const indexOf: number[] = [];
  const rejectedAt = new Set(batch.rejected.map((rejection) => rejection.index));
  for (let index = 0; indexOf.length < batch.results.length; index++)
    if (!rejectedAt.has(index)) indexOf.push(index);
  const { duplicates, ...rest } = appraiseScorecards(appraiser, batch.results);
  const rejected = [
    ...batch.rejected,
    ...duplicates.map((duplicate) => ({ ...duplicate, index: indexOf[duplicate.index] as number })),
  ].sort((a, b) => a.index - b.index);
  return { ...rest, rejected };
}

/**
 * Appraises scorecards already made (by `appraiser.score`) across subjects and periods: see
 * {@link appraise}. Cards are grouped by their `period` (cards without one form one group).
 *
 * @example
 * ```ts
 * const { results } = appraiseScorecards(appraiser, cards);
 * results.map((card) => [card.subject, card.rank]); //=> [["A", 1], ["B", 2], ["C", 2], ["D", 4], ["E", undefined]]
 * ```
 */
export function appraiseScorecards(appraiser: Appraiser, cards: readonly Scorecard[]): ScorecardsAppraisal {
  const table = appraisalTable(appraiser);
  for (const card of cards) table.add(card);
  const appraisal = table.finish();
  const results: AppraisedScorecard[] = [];
  const duplicates: IndexedRejection[] = [];
  cards.forEach((card, index) => {
    const duplicate = appraisal.duplicateOf(index);
    if (duplicate !== undefined) duplicates.push({ ...duplicate, index });
    else results.push({ ...plainScorecard(card), ...appraisal.standingOf(index) });
  });
  return { results, duplicates, series: appraisal.series, distribution: appraisal.distribution };
}
