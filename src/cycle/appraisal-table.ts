import type { Decimal } from "../decimal";
import type { Appraiser } from "../engine/compile";
import { compileContext } from "../engine/compile-context";
import type { Rejection, Scorecard } from "../engine/scorecard";
import type { Policy } from "../policy/schema/policy";
import { type GradeDistribution, gradeDistribution } from "./distribution";
import { duplicateRejection } from "./duplicates";
import { compareText, type Place, rankIndices } from "./rank";
import { compileRewards, type GivenReward } from "./rewards";
import { compileSeries, type SeriesOutcome } from "./series";
import { compileValueRef, valueRefLabel } from "./value-ref";

const NO_STEPS: readonly never[] = [];

/** What the appraisal gives one scorecard: its places in the rankings and its rewards. */
export interface CardStanding {
  readonly rank?: number;
  readonly rankDecidedBy?: string;
  readonly groupRanks?: Readonly<Record<string, number>>;
  readonly rewards?: readonly GivenReward[];
}

/** The appraisal of every scorecard added to a table. */
export interface TableAppraisal {
  /** The standing of the card added n-th (0-based); undefined when it has none (no opinion, a duplicate). */
  standingOf(index: number): CardStanding | undefined;
  /** The rejection of the card added n-th when its subject has several cards for its period. */
  duplicateOf(index: number): (Rejection & { readonly subject: string }) | undefined;
  /** The series outcomes, ordered by subject, rule and window. */
  readonly series: readonly SeriesOutcome[];
  readonly distribution: readonly GradeDistribution[];
}

/** Scorecards gathered for an appraisal across subjects and periods. */
export interface AppraisalTable {
  /** Keeps what the appraisal reads of a card (the card itself may go); returns its number. */
  add(card: Scorecard): number;
  /** Ranks each period, gives rewards, applies the series rules (their traces kept or not). */
  finish(options?: { readonly trace?: boolean }): TableAppraisal;
}

/**
 * A compact table of scorecards for the appraisal across subjects and periods: per card its
 * subject, period, grade and total (a decimal shared by equal totals), plus only the inputs and
 * scores the policy's tie-breakers, series and rewards read. Ranking the totals of a period
 * needs all of them, but not the records: a million cards take tens of megabytes, not gigabytes.
 *
 * @example
 * ```ts
 * const table = appraisalTable(appraiser);
 * for (const card of cards) table.add(card);
 * table.finish().standingOf(0); //=> { rank: 3 }
 * ```
 */
export function appraisalTable(appraiser: Appraiser): AppraisalTable {
  const { policy } = appraiser;
  const ctx = compileContext(new Map(Object.entries(policy.inputs)), policy.measures);
  const ranking = policy.ranking ?? {};
  const tieBreakers = (ranking.tieBreakers ?? []).map((rule) => ({
    id: valueRefLabel(rule),
    prefer: rule.prefer,
    value: compileValueRef(rule, ctx),
  }));
  const groupIds = (ranking.groups ?? []).map((group) => group.id);
  const keepsValues = readsValues(policy);
  const gradeIds = policy.grades.map((grade) => grade.id);

  const subjects: string[] = [];
  const periodIds = new IntColumn();
  const periodNames: (string | undefined)[] = [];
  const periodIndex = new Map<string | undefined, number>();
  /** The grade's number, or −1 for no opinion. */
  const grades = new IntColumn();
  const totals: Decimal[] = [];
  const groupValues = groupIds.map((): (string | undefined)[] => []);
  const scopes: ({ inputs: Scorecard["inputs"]; components: Scorecard["components"] } | undefined)[] = [];

  /** The card again, as far as the appraisal reads it. */
  const cardAt = (i: number): Scorecard => {
    const grade = grades.at(i);
    const declared = grade < 0 ? undefined : policy.grades[grade];
    return {
      subject: subjects[i] as string,
      ...(periodNames[periodIds.at(i)] !== undefined && {
        period: periodNames[periodIds.at(i)],
      }),
      policy: { id: policy.id, version: policy.version, name: policy.name },
      status: grade < 0 ? "no-opinion" : "graded",
      total: totals[i] as Decimal,
      maxScore: totals[i] as Decimal,
      ...(declared !== undefined && { grade: declared.id }),
      ...(declared?.name !== undefined && { gradeName: declared.name }),
      components: scopes[i]?.components ?? [],
      ...(scopes[i]?.inputs !== undefined && { inputs: scopes[i]?.inputs }),
    } as Scorecard;
  };

  return {
    add(card) {
      let period = periodIndex.get(card.period);
      if (period === undefined) {
        period = periodNames.length;
        periodNames.push(card.period);
        periodIndex.set(card.period, period);
      }
      subjects.push(card.subject);
      periodIds.push(period);
      grades.push(card.grade === undefined ? -1 : gradeIds.indexOf(card.grade));
      totals.push(card.total);
      for (const [g, group] of groupIds.entries()) {
        (groupValues[g] as (string | undefined)[]).push(card.groups?.[group]);
      }
      // Only what a condition or tie-breaker may read: the checked inputs and each component's score.
      scopes.push(
        keepsValues
          ? {
              inputs: card.inputs,
              components: card.components.map(({ id, score, max }) => ({ id, score, max, trace: NO_STEPS })),
            }
          : undefined,
      );
      return subjects.length - 1;
    },

    finish(options = {}) {
      const count = subjects.length;
      // Cards in (period, subject) order: a subject's cards of one period lie next to each other.
      const byPeriod = Int32Array.from({ length: count }, (_, i) => i).sort(
        (a, b) =>
          periodIds.at(a) - periodIds.at(b) || compareText(subjects[a] as string, subjects[b] as string),
      );
      const duplicates = new Map<number, number>();
      for (let start = 0; start < byPeriod.length; ) {
        let end = start;
        const first = byPeriod[start] as number;
        while (
          end + 1 < byPeriod.length &&
          periodIds.at(byPeriod[end + 1] as number) === periodIds.at(first) &&
          subjects[byPeriod[end + 1] as number] === subjects[first]
        )
          end++;
        if (end > start)
          for (let i = start; i <= end; i++) duplicates.set(byPeriod[i] as number, end - start + 1);
        start = end + 1;
      }

      const ranks = new Int32Array(count);
      const places = new Map<number, Place>();
      const decided = new Map<number, string>();
      const groupPlaces = groupIds.map(() => new Map<number, Place>());
      const rewarded = (policy.rewards?.length ?? 0) > 0;
      const rank = (items: number[], onPlace: (item: number, place: Place) => void) => {
        if (items.length === 0) return;
        const values = tieBreakers.map((breaker) => new Map(items.map((i) => [i, breaker.value(cardAt(i))])));
        rankIndices(
          items,
          {
            method: ranking.method ?? "competition",
            tieBreakers,
            key: (item, k) => (k === 0 ? (totals[item] as Decimal) : values[k - 1]?.get(item)),
            subject: (item) => subjects[item] as string,
          },
          onPlace,
        );
      };
      for (let start = 0; start < byPeriod.length; ) {
        let end = start;
        const period = periodIds.at(byPeriod[start] as number);
        while (end + 1 < byPeriod.length && periodIds.at(byPeriod[end + 1] as number) === period) end++;
        const ranked: number[] = [];
        for (let i = start; i <= end; i++) {
          const item = byPeriod[i] as number;
          if (!duplicates.has(item) && grades.at(item) >= 0) ranked.push(item);
        }
        rank(ranked, (item, place) => {
          ranks[item] = place.rank;
          if (place.decidedBy !== undefined) decided.set(item, place.decidedBy);
          if (rewarded) places.set(item, place);
        });
        groupIds.forEach((_, g) => {
          const members = new Map<string, number[]>();
          for (const i of ranked) {
            const value = groupValues[g]?.[i];
            if (value === undefined) continue;
            const list = members.get(value);
            if (list === undefined) members.set(value, [i]);
            else list.push(i);
          }
          for (const list of members.values()) rank(list, (item, place) => groupPlaces[g]?.set(item, place));
        });
        start = end + 1;
      }

      const rewardsOf = compileRewards(policy, ctx);
      const unique = Int32Array.from({ length: count }, (_, i) => i).filter((i) => !duplicates.has(i));
      const series = seriesOf(policy, ctx, unique, cardAt, subjects, periodIds, options.trace ?? true);
      // Counted from the columns, one card at a time: none is gathered.
      const distribution = gradeDistribution(
        policy.grades,
        (function* () {
          for (const i of unique) {
            const grade = grades.at(i);
            const period = periodNames[periodIds.at(i)];
            yield {
              ...(period !== undefined && { period }),
              status: grade < 0 ? ("no-opinion" as const) : ("graded" as const),
              ...(grade >= 0 && { grade: gradeIds[grade] as string }),
            };
          }
        })(),
      );

      return {
        standingOf(index) {
          if (duplicates.has(index) || grades.at(index) < 0) return undefined;
          const standing: { -readonly [K in keyof CardStanding]: CardStanding[K] } = {};
          if (ranks[index] !== 0) standing.rank = ranks[index] as number;
          const decidedBy = decided.get(index);
          if (decidedBy !== undefined) standing.rankDecidedBy = decidedBy;
          const inGroups = groupIds.flatMap((group, g) => {
            const place = groupPlaces[g]?.get(index);
            return place === undefined ? [] : [[group, place] as const];
          });
          if (inGroups.length > 0)
            standing.groupRanks = Object.fromEntries(inGroups.map(([g, p]) => [g, p.rank]));
          if (rewarded) {
            const overall = places.get(index);
            const given = rewardsOf(cardAt(index), {
              ...(overall !== undefined && { overall: { card: cardAt(index), ...overall } }),
              groups: new Map(inGroups.map(([g, p]) => [g, { card: cardAt(index), ...p }])),
            });
            if (given.length > 0) standing.rewards = given;
          }
          return Object.keys(standing).length > 0 ? standing : undefined;
        },
        duplicateOf(index) {
          const copies = duplicates.get(index);
          return copies === undefined ? undefined : duplicateRejection(cardAt(index), copies);
        },
        series,
        distribution,
      };
    },
  };
}

/** The series outcomes, one subject at a time, so that no map of every card is ever built. */
function seriesOf(
  policy: Policy,
  ctx: ReturnType<typeof compileContext>,
  unique: Int32Array,
  cardAt: (i: number) => Scorecard,
  subjects: readonly string[],
  periodIds: IntColumn,
  trace: boolean,
): SeriesOutcome[] {
  if ((policy.series?.length ?? 0) === 0) return [];
  const series = compileSeries(policy, ctx);
  const bySubject = Int32Array.from(unique).sort(
    (a, b) => compareText(subjects[a] as string, subjects[b] as string) || periodIds.at(a) - periodIds.at(b),
  );
  const outcomes: SeriesOutcome[] = [];
  for (let start = 0; start < bySubject.length; ) {
    let end = start;
    const subject = subjects[bySubject[start] as number];
    while (end + 1 < bySubject.length && subjects[bySubject[end + 1] as number] === subject) end++;
    for (const outcome of series(Array.from(bySubject.subarray(start, end + 1), cardAt))) {
      outcomes.push(trace ? outcome : { ...outcome, trace: [] });
    }
    start = end + 1;
  }
  return outcomes;
}

/** Whether the tie-breakers, series rules or rewards read inputs or component scores (not only totals and grades). */
function readsValues(policy: Policy): boolean {
  const found = { any: false };
  const visit = (value: unknown): void => {
    if (found.any || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const record = value as Record<string, unknown>;
    if ("input" in record || ("score" in record && record.score !== "total")) found.any = true;
    for (const child of Object.values(record)) visit(child);
  };
  visit(policy.ranking?.tieBreakers);
  for (const rule of policy.series ?? []) visit(rule.when);
  for (const reward of policy.rewards ?? []) visit(reward.when);
  return found.any;
}

/** A growable column of small integers in a typed array: 4 bytes a card, where an array takes 8. */
class IntColumn {
  private data = new Int32Array(1024);
  private size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }

  at(index: number): number {
    return this.data[index] as number;
  }
}
