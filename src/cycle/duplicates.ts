import type { Rejection } from "../engine/scorecard";
import { makeIssue } from "../issues/issue";

/** What tells a subject's record in a period apart: its subject and its period (canonical, or none). */
export interface SubjectPeriod {
  readonly subject: string;
  readonly period?: string;
}

/**
 * The key of a subject's record in a period: two records with one key are duplicates. Records
 * without a period share the key of their subject (a file without a period column is one period).
 *
 * @example
 * ```ts
 * subjectPeriodKey({ subject: "North", period: "2026-03" }); //=> '["North","2026-03"]'
 * subjectPeriodKey({ subject: "North" });                     //=> '["North",""]'
 * ```
 */
export function subjectPeriodKey(card: SubjectPeriod): string {
  return JSON.stringify([card.subject, card.period ?? ""]);
}

/**
 * The rejection of one of the `count` records a subject has for one period: all of them are
 * rejected alike (`record.duplicate-subject`), so that the outcome never depends on their order.
 *
 * @example
 * ```ts
 * duplicateRejection({ subject: "North", period: "2026-03" }, 2).issues[0]?.values;
 * //=> { subject: "North", period: "2026-03", count: 2 }
 * ```
 */
export function duplicateRejection(
  card: SubjectPeriod,
  count: number,
): Rejection & { readonly subject: string } {
  return {
    status: "rejected",
    subject: card.subject,
    issues: [
      makeIssue("record.duplicate-subject", ["subject"], {
        subject: card.subject,
        period: card.period ?? "",
        count,
      }),
    ],
  };
}

/**
 * How many records each subject has in each period, for records held in memory: a function that
 * gives, for a record, the count of its key when there is more than one (a duplicate), else `undefined`.
 *
 * @example
 * ```ts
 * const countOf = duplicateCounts([{ subject: "A", period: "2026-03" }, { subject: "A", period: "2026-03" }]);
 * countOf({ subject: "A", period: "2026-03" }); //=> 2
 * countOf({ subject: "B", period: "2026-03" }); //=> undefined
 * ```
 */
export function duplicateCounts(cards: Iterable<SubjectPeriod>): (card: SubjectPeriod) => number | undefined {
  const counts = new Map<string, number>();
  for (const card of cards) {
    const key = subjectPeriodKey(card);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (card) => {
    const count = counts.get(subjectPeriodKey(card)) ?? 0;
    return count > 1 ? count : undefined;
  };
}
