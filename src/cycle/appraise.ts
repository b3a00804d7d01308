import type { Appraiser, IndexedRejection } from "../engine/compile";
import { compileContext } from "../engine/compile-context";
import type { Scorecard } from "../engine/scorecard";
import { type GradeDistribution, gradeDistribution } from "./distribution";
import { duplicateCounts, duplicateRejection } from "./duplicates";
import { type RankedEntry, rankScorecards, type TieBreaker } from "./rank";
import { compileRewards, type GivenReward } from "./rewards";
import { compileSeries, type SeriesOutcome } from "./series";
import { compileValueRef, valueRefLabel } from "./value-ref";

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
  const { policy } = appraiser;
  const ctx = compileContext(new Map(Object.entries(policy.inputs)));
  const ranking = policy.ranking ?? {};
  const tieBreakers: TieBreaker[] = (ranking.tieBreakers ?? []).map((rule) => ({
    id: valueRefLabel(rule),
    prefer: rule.prefer,
    value: compileValueRef(rule, ctx),
  }));
  const options = { method: ranking.method ?? "competition", tieBreakers } as const;
  const groupIds = (ranking.groups ?? []).map((group) => group.id);
  const rewardsOf = compileRewards(policy, ctx);

  const { unique, duplicates } = splitDuplicates(cards);
  const byPeriod = new Map<string | undefined, Scorecard[]>();
  for (const index of unique) {
    const card = cards[index] as Scorecard;
    const list = byPeriod.get(card.period);
    if (list === undefined) byPeriod.set(card.period, [card]);
    else list.push(card);
  }
  const overall = new Map<Scorecard, RankedEntry>();
  const inGroups = new Map<Scorecard, Map<string, RankedEntry>>();
  for (const periodCards of byPeriod.values()) {
    for (const entry of rankScorecards(periodCards, options)) overall.set(entry.card, entry);
    for (const group of groupIds) {
      const members = new Map<string, Scorecard[]>();
      for (const card of periodCards) {
        const value = card.groups?.[group];
        if (value === undefined) continue;
        const list = members.get(value);
        if (list === undefined) members.set(value, [card]);
        else list.push(card);
      }
      for (const list of members.values()) {
        for (const entry of rankScorecards(list, options)) {
          let standing = inGroups.get(entry.card);
          if (standing === undefined) {
            standing = new Map();
            inGroups.set(entry.card, standing);
          }
          standing.set(group, entry);
        }
      }
    }
  }

  const results = unique.map((index): AppraisedScorecard => {
    const card = cards[index] as Scorecard;
    const entry = overall.get(card);
    const groups = inGroups.get(card) ?? new Map<string, RankedEntry>();
    const rewards = rewardsOf(card, { ...(entry && { overall: entry }), groups });
    return {
      ...card,
      ...(entry && { rank: entry.rank }),
      ...(entry?.decidedBy !== undefined && { rankDecidedBy: entry.decidedBy }),
      ...(groups.size > 0 && {
        groupRanks: Object.fromEntries([...groups].map(([group, groupEntry]) => [group, groupEntry.rank])),
      }),
      ...(rewards.length > 0 && { rewards }),
    };
  });
  const kept = unique.map((index) => cards[index] as Scorecard);
  return {
    results,
    duplicates,
    series: compileSeries(policy, ctx)(kept),
    distribution: gradeDistribution(policy.grades, kept),
  };
}

/** The indexes of cards whose subject has one card in its period, and a rejection for each of the others. */
function splitDuplicates(cards: readonly Scorecard[]): { unique: number[]; duplicates: IndexedRejection[] } {
  const countOf = duplicateCounts(cards);
  const unique: number[] = [];
  const duplicates: IndexedRejection[] = [];
  cards.forEach((card, index) => {
    const count = countOf(card);
    if (count === undefined) unique.push(index);
    else duplicates.push({ ...duplicateRejection(card, count), index });
  });
  return { unique, duplicates };
}
