import { Decimal } from "../decimal";
import type { Policy } from "../policy/schema/policy";
import type {
  GradeDistribution,
  RejectedRow,
  Report,
  ReportCard,
  ReportPolicy,
  ReportSeriesOutcome,
  TrendLine,
} from "./report";
import { type RankedScorecard, reportCard } from "./report-card";
import { reportPolicy } from "./report-policy";

/** Options of {@link createReportBuilder} and {@link buildReport}. */
export interface ReportOptions {
  /** The report's title (renderers otherwise use a localized default). */
  readonly title?: string;
  /** Where the records came from, such as a file name. */
  readonly source?: string;
  /**
   * Keep every card (default `true`). Off, the builder keeps only counts — constant memory for
   * any number of records — and the report has no cards, ranking, trends or subject count.
   */
  readonly keepCards?: boolean;
  /** Rejected records to list. */
  readonly rejected?: readonly RejectedRow[];
  /** Outcomes of rules across periods. */
  readonly series?: readonly ReportSeriesOutcome[];
}

const DEFAULT_REPORT_OPTIONS = { keepCards: true } as const;

/** Gathers a report one record at a time (see {@link createReportBuilder}). */
export interface ReportBuilder {
  /** Adds a scored record (with the line it was read from) and returns its compact card. */
  add(card: RankedScorecard | ReportCard, line?: number): ReportCard;
  reject(row: RejectedRow): void;
  addSeries(outcomes: readonly ReportSeriesOutcome[]): void;
  /** Marks the run as stopped at a line because too many records were rejected. */
  stop(line: number, maxRejected: number): void;
  /** The report of everything added so far. */
  build(): Report;
}

/**
 * Starts a report that records are added to one by one, so that a caller streaming millions of
 * records keeps only what the report needs: counts always, cards only with `keepCards`.
 *
 * @example
 * ```ts
 * const builder = createReportBuilder(policy, { keepCards: false });
 * for (const record of records) {
 *   const outcome = appraiser.score(record);
 *   if (outcome.status === "rejected") builder.reject(outcome);
 *   else write(JSON.stringify(builder.add(outcome)));
 * }
 * builder.build().summary; //=> { records: 10000000, graded: 9999990, noOpinion: 10, rejected: 0 }
 * ```
 */
export function createReportBuilder(policy: Policy, options: ReportOptions = {}): ReportBuilder {
  const { keepCards, title, source } = { ...DEFAULT_REPORT_OPTIONS, ...options };
  const meta = reportPolicy(policy);
  const cards: ReportCard[] = [];
  const rejected: RejectedRow[] = [...(options.rejected ?? [])];
  const series: ReportSeriesOutcome[] = [...(options.series ?? [])];
  const overall = tally(meta);
  const byPeriod = new Map<string, ReturnType<typeof tally>>();
  let stopped: Report["stopped"];
  return {
    add(card, line) {
      const compact = reportCard(card, line);
      overall.add(compact);
      if (compact.period !== undefined) {
        let periodTally = byPeriod.get(compact.period);
        if (periodTally === undefined) {
          periodTally = tally(meta);
          byPeriod.set(compact.period, periodTally);
        }
        periodTally.add(compact);
      }
      if (keepCards) cards.push(compact);
      return compact;
    },
    reject(row) {
      rejected.push({
        ...(row.line !== undefined && { line: row.line }),
        ...(row.subject !== undefined && { subject: row.subject }),
        issues: row.issues,
      });
    },
    addSeries(outcomes) {
      series.push(...outcomes);
    },
    stop(line, maxRejected) {
      stopped = { line, maxRejected };
    },
    build() {
      const periods = [...byPeriod.keys()].sort(compareText);
      const distribution = overall.result();
      return {
        ...(title !== undefined && { title }),
        ...(source !== undefined && { source }),
        policy: meta,
        periods,
        summary: {
          records: distribution.records,
          graded: distribution.records - distribution.noOpinion,
          noOpinion: distribution.noOpinion,
          rejected: rejected.length,
          ...(keepCards && { subjects: new Set(cards.map((card) => card.subject)).size }),
        },
        distribution,
        distributionByPeriod: periods.map((period) =>
          (byPeriod.get(period) as ReturnType<typeof tally>).result(period),
        ),
        cards: [...cards],
        ranking: rankingOrder(cards),
        trends: periods.length > 1 ? trendLines(cards, periods) : [],
        series: [...series].sort(
          (a, b) =>
            compareText(a.subject, b.subject) ||
            compareText(a.rule, b.rule) ||
            compareText(a.window, b.window),
        ),
        rejected: [...rejected],
        ...(stopped !== undefined && { stopped }),
      };
    },
  };
}

/**
 * Builds a report from scorecards at once (for a stream, use {@link createReportBuilder}).
 *
 * @example
 * ```ts
 * const { results, rejected } = appraiser.scoreAll(records);
 * const report = buildReport(appraiser.policy, results, {
 *   rejected: rejected.map((r) => ({ line: r.index + 2, issues: r.issues })),
 * });
 * report.distribution.grades.map((g) => [g.grade, g.count]);
 * //=> [["excellent", 2], ["pass", 0], ["fail", 2]]
 * ```
 */
export function buildReport(
  policy: Policy,
  cards: Iterable<RankedScorecard | ReportCard>,
  options: ReportOptions = {},
): Report {
  const builder = createReportBuilder(policy, { ...options, keepCards: true });
  for (const card of cards) builder.add(card);
  return builder.build();
}

/** Counts of grades, in the policy's order. */
function tally(meta: ReportPolicy) {
  const counts = new Map(meta.grades.map((grade) => [grade.id, 0]));
  let noOpinion = 0;
  let records = 0;
  return {
    add(card: ReportCard) {
      records++;
      if (card.status === "no-opinion" || card.grade === undefined) noOpinion++;
      else counts.set(card.grade, (counts.get(card.grade) ?? 0) + 1);
    },
    result(period?: string): GradeDistribution {
      return {
        ...(period !== undefined && { period }),
        grades: meta.grades.map((grade) => ({
          grade: grade.id,
          ...(grade.name !== undefined && { name: grade.name }),
          count: counts.get(grade.id) ?? 0,
        })),
        noOpinion,
        records,
      };
    },
  };
}

/** By period; graded before no opinion; by rank, else total (highest first); by subject; as read. */
function rankingOrder(cards: readonly ReportCard[]): number[] {
  const totals = cards.map((card) => new Decimal(card.total));
  return cards
    .map((_, index) => index)
    .sort((i, j) => {
      const a = cards[i] as ReportCard;
      const b = cards[j] as ReportCard;
      return (
        compareText(a.period ?? "", b.period ?? "") ||
        Number(a.status === "no-opinion") - Number(b.status === "no-opinion") ||
        (a.rank !== undefined && b.rank !== undefined ? a.rank - b.rank : 0) ||
        (totals[j] as Decimal).comparedTo(totals[i] as Decimal) ||
        compareText(a.subject, b.subject) ||
        i - j
      );
    });
}

function trendLines(cards: readonly ReportCard[], periods: readonly string[]): TrendLine[] {
  const bySubject = new Map<string, (string | undefined)[]>();
  const column = new Map(periods.map((period, index) => [period, index]));
  for (const card of cards) {
    if (card.period === undefined) continue;
    let totals = bySubject.get(card.subject);
    if (totals === undefined) {
      totals = periods.map(() => undefined);
      bySubject.set(card.subject, totals);
    }
    if (card.status === "graded") totals[column.get(card.period) as number] = card.total;
  }
  return [...bySubject.keys()].sort(compareText).map((subject) => ({
    subject,
    totals: bySubject.get(subject) as (string | undefined)[],
  }));
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
