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
export function gradeDistribution(grades: readonly Grade[], cards: Iterable<Scorecard>): GradeDistribution[] {
  // Keyed by "" for cards without a period: Array.prototype.sort would put undefined last, unasked.
  const byPeriod = new Map<string, Scorecard[]>();
  for (const card of cards) {
    const list = byPeriod.get(card.period ?? "");
    if (list === undefined) byPeriod.set(card.period ?? "", [card]);
    else list.push(card);
  }
  return [...byPeriod.keys()].sort(comparePeriodIds).map((key) => {
    const list = byPeriod.get(key) as Scorecard[];
    const period = key === "" ? undefined : key;
    const graded = list.filter((card) => card.status === "graded");
    const counts = grades.map((grade) => {
      const count = graded.filter((card) => card.grade === grade.id).length;
      return {
        grade: grade.id,
        ...(grade.name && { name: grade.name }),
        count,
        share: graded.length === 0 ? ZERO : divide(new Decimal(count), new Decimal(graded.length)),
      };
    });
    return {
      ...(period !== undefined && { period }),
      subjects: list.length,
      graded: graded.length,
      noOpinion: list.filter((card) => card.status === "no-opinion").length,
      grades: counts,
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
