import type { SeriesOutcome, SeriesStep } from "../cycle/series";
import type { RoundingMode } from "../decimal";
import type { ComponentScoreJson, ScorecardJson } from "../engine/scorecard";
import type { LocalizedText } from "../i18n/locale";
import type { Issue } from "../issues/issue";

/**
 * A results report as plain data: what every renderer (JSON, NDJSON, CSV, Markdown, HTML, text)
 * shows, built once from scorecards by `buildReport`. Scores are exact decimal strings; names
 * are in both languages, so one report renders in any locale. Renderers compute no score.
 *
 * @example
 * ```ts
 * const report = buildReport(policy, appraiser.scoreAll(records).results);
 * report.summary; //=> { records: 4, graded: 4, noOpinion: 0, rejected: 0, subjects: 4 }
 * renderReport(report, "html", { locale: "zh-CN" }); // one self-contained page
 * ```
 */
export interface Report {
  /** A title chosen by the caller; renderers fall back to a localized default. */
  readonly title?: string;
  /** Where the records came from (a file name), when known. */
  readonly source?: string;
  readonly policy: ReportPolicy;
  /** The distinct periods of the scored records, in order (empty when records carry none). */
  readonly periods: readonly string[];
  readonly summary: ReportSummary;
  /** The grade distribution of all records. */
  readonly distribution: GradeDistribution;
  /** The grade distribution of each period, in period order (empty unless records carry periods). */
  readonly distributionByPeriod: readonly GradeDistribution[];
  /** Per-record scorecards, in the order they were read (empty when the builder kept none). */
  readonly cards: readonly ReportCard[];
  /**
   * Indexes into `cards` in the order a reader wants them: by period, then by rank (or by total,
   * highest first, when the cards carry no rank), then by subject; records without opinion last.
   */
  readonly ranking: readonly number[];
  /** Each subject's totals across periods, when records carry two periods or more. */
  readonly trends: readonly TrendLine[];
  /** Outcomes of rules across periods (such as P1's year-end eligibility), when there are any. */
  readonly series: readonly ReportSeriesOutcome[];
  readonly rejected: readonly RejectedRow[];
  /** Set when the run stopped early (too many rejected records): the results are incomplete. */
  readonly stopped?: { readonly line: number; readonly maxRejected: number };
}

/** What a report says about the policy it applied. */
export interface ReportPolicy {
  readonly id: string;
  readonly version: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly cycle: string;
  readonly maxScore: string;
  readonly components: readonly {
    readonly id: string;
    readonly name?: LocalizedText;
    readonly max: string;
  }[];
  /** From the highest threshold down; the last has no `min`. */
  readonly grades: readonly { readonly id: string; readonly name?: LocalizedText; readonly min?: string }[];
  /** How scores are shown (they stay exact in the report). */
  readonly display: { readonly places: number; readonly rounding: RoundingMode };
}

/** Counts of a run. */
export interface ReportSummary {
  /** Records scored (graded or without opinion). */
  readonly records: number;
  readonly graded: number;
  readonly noOpinion: number;
  readonly rejected: number;
  /** Distinct subjects among the scored records; absent when the builder kept no cards. */
  readonly subjects?: number;
}

/** How many records got each grade (in the policy's order), and how many got no opinion. */
export interface GradeDistribution {
  readonly period?: string;
  readonly grades: readonly GradeCount[];
  readonly noOpinion: number;
  /** All scored records of the distribution (graded + no opinion). */
  readonly records: number;
}

/** One grade of a distribution. */
export interface GradeCount {
  readonly grade: string;
  readonly name?: LocalizedText;
  readonly count: number;
}

/**
 * One scored record in a report: a scorecard as plain data (decimal strings), plus what later
 * stages add when they run — `rank` (ranking within a period) and `pay` (a payout, 2 places).
 */
export interface ReportCard {
  readonly subject: string;
  readonly period?: string;
  /** The 1-based line of the input file the record was read from, when known. */
  readonly line?: number;
  readonly status: "graded" | "no-opinion";
  readonly total: string;
  readonly maxScore: string;
  readonly grade?: string;
  readonly gradeName?: LocalizedText;
  /** The rank within the period (ties share a rank); absent for no opinion or when not ranked. */
  readonly rank?: number;
  /** The pay, a decimal string with 2 places, when the policy pays. */
  readonly pay?: string;
  readonly components: readonly ReportComponent[];
  readonly noOpinion?: { readonly inputs: Readonly<Record<string, string>> };
  /** When the policy declares payouts: each payout's amount and the steps that make it (money as strings). */
  readonly payouts?: NonNullable<ScorecardJson["payouts"]>;
}

/** One component of a card, with the trace steps that explain its score (deltas as strings). */
export type ReportComponent = ComponentScoreJson;

/** One trace step of a card. */
export type ReportStep = ReportComponent["trace"][number];

/** A subject's totals across the report's periods (`undefined` where it has no graded record). */
export interface TrendLine {
  readonly subject: string;
  readonly totals: readonly (string | undefined)[];
}

/** The outcome of a rule across periods for one subject (P1: two failing months in a year). */
export type ReportSeriesOutcome = Pick<
  SeriesOutcome,
  "subject" | "rule" | "name" | "window" | "triggered" | "periods"
> &
  Partial<Pick<SeriesOutcome, "count" | "atLeast" | "consecutive" | "noOpinion" | "complete">> & {
    /** Every period of the window and what it did (totals as decimal strings); left out without a trace. */
    readonly trace?: readonly (Omit<SeriesStep, "total"> & { readonly total?: string })[];
  };

/** A record that was rejected, located in its file. */
export interface RejectedRow {
  /** The 1-based line of the file (the header is line 1), when read from a file. */
  readonly line?: number;
  readonly subject?: string;
  readonly issues: readonly Issue[];
}
