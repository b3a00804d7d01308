import { Decimal, divide } from "../decimal";
import type { Scorecard } from "../engine/scorecard";
import type { LocalizedText } from "../i18n/locale";
import type { Grade } from "../policy/schema/grades";
import { comparePeriods, parsePeriod } from "./period";

/** How many graded subjects of a period got one grade. */
export interface GradeCount {
  readonly grade: string;
  readonly name?: LocalizedText;
  readonly count: number;
  /** `count` / graded subjects, from 0 to 1 (0 when nobody was graded); exact to 20 places. */
  readonly share: Decimal;
}

/** The grades of one period: how many subjects got each, and how many got no opinion. */
export interface GradeDistribution {
  /** The period; absent for cards without one. */
  readonly period?: string;
  /** Scorecards of the period, graded or not. */
  readonly subjects: number;
  readonly graded: number;
  readonly noOpinion: number;
  /** Every grade of the policy, in the policy's order, with its count (0 included). */
  readonly grades: readonly GradeCount[];
}

const ZERO = new Decimal(0);

/**
 * The grade distribution of each period, in time order (cards without a period first).
 *
 * @example
 * ```ts
 * gradeDistribution(policy.grades, cards);
 * //=> [{ period: "2026-03", subjects: 5, graded: 4, noOpinion: 1, grades: [
 * //      { grade: "excellent", count: 2, share: Decimal(0.5) },
 * //      { grade: "pass", count: 1, share: Decimal(0.25) },
 * //      { grade: "fail", count: 1, share: Decimal(0.25) }] }]
 * ```
 */
export function gradeDistribution(
  grades: readonly Grade[],
  cards: Iterable<Pick<Scorecard, "period" | "status" | "grade">>,
): GradeDistribution[] {
  // One tally a period, counts only: cards are counted as they come, never gathered.
  const tallies = new Map<string, { subjects: number; noOpinion: number; counts: number[] }>();
  for (const card of cards) {
    // Keyed by "" for cards without a period: Array.prototype.sort would put undefined last, unasked.
    const key = card.period ?? "";
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = { subjects: 0, noOpinion: 0, counts: grades.map(() => 0) };
      tallies.set(key, tally);
    }
    tally.subjects++;
    if (card.status === "no-opinion") tally.noOpinion++;
    else {
      const index = grades.findIndex((grade) => grade.id === card.grade);
      if (index >= 0) tally.counts[index] = (tally.counts[index] as number) + 1;
    }
  }
  return [...tallies.keys()].sort(comparePeriodIds).map((key) => {
    const { subjects, noOpinion, counts } = tallies.get(key) as {
      subjects: number;
      noOpinion: number;
      counts: number[];
    };
    const graded = counts.reduce((sum, count) => sum + count, 0);
    return {
      ...(key !== "" && { period: key }),
      subjects,
      graded,
      noOpinion,
      grades: grades.map((grade, i) => ({
        grade: grade.id,
        ...(grade.name && { name: grade.name }),
        count: counts[i] as number,
        share: graded === 0 ? ZERO : divide(new Decimal(counts[i] as number), new Decimal(graded)),
      })),
    };
  });
}

/** Orders period ids by time; no period ("") first, and an id that is not a period after the rest, by text. */
function comparePeriodIds(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "" || b === "") return a === "" ? -1 : 1;
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa !== undefined && pb !== undefined) return comparePeriods(pa, pb) || (a < b ? -1 : 1);
  if (pa === undefined && pb === undefined) return a < b ? -1 : 1;
  return pa === undefined ? 1 : -1;
}
