import type { Decimal } from "../decimal";
import type { LocalizedText } from "../i18n/locale";
import type { Issue } from "../issues/issue";
import type { MeasureResult, MeasureResultJson } from "../measures/registry";
import type { PayoutResult } from "../payouts/compile-payouts";
import { plainJson } from "../plain-json";
import type { RecordValues } from "../records/values";
import type { TraceStep } from "./trace";

/** One component's part of a scorecard. */
export interface ComponentScore {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly score: Decimal;
  readonly max: Decimal;
  /** Present when the record gave this component no data (it then scores 0). */
  readonly noData?: true;
  /** The steps that explain the score (empty when tracing is off); their deltas add up to `score`. */
  readonly trace: readonly TraceStep[];
}

/**
 * The result of appraising one subject: its total, its grade (or no opinion) and, per component,
 * the score with its trace. Scores are decimals; `JSON.stringify` writes them as decimal strings.
 *
 * @example
 * ```ts
 * const card = appraiser.score(record);
 * if (card.status === "graded") console.log(card.total.toString(), card.grade); //=> "87" "fail"
 * ```
 */
export interface Scorecard {
  readonly subject: string;
  readonly period?: string;
  readonly policy: { readonly id: string; readonly version: string; readonly name: LocalizedText };
  readonly status: "graded" | "no-opinion";
  readonly total: Decimal;
  readonly maxScore: Decimal;
  /** The grade's id; absent when there is no opinion. */
  readonly grade?: string;
  readonly gradeName?: LocalizedText;
  readonly components: readonly ComponentScore[];
  /** When there is no opinion: the values of the inputs the policy's no-opinion condition read. */
  readonly noOpinion?: { readonly inputs: Readonly<Record<string, string>> } | undefined;
  /**
   * The record's checked input values, by input id (decimals as `Decimal`, written as decimal
   * strings in JSON): what ranking tie-breakers, series rules and trends read besides the scores.
   */
  readonly inputs?: RecordValues | undefined;
  /** The ranking groups the subject belongs to, by group id (`{ department: "after-sales" }`). */
  readonly groups?: Readonly<Record<string, string>>;
  /** When the policy declares measures: each indicator's value (or no data) and what it came from. */
  readonly measures?: readonly MeasureResult[] | undefined;
  /** When the policy declares payouts: each payout's amount and the steps that make it. */
  readonly payouts?: readonly PayoutResult[] | undefined;
  /** When the policy declares payouts: their sum, a decimal string with exactly 2 places ("2551.45"). */
  readonly pay?: string | undefined;
}

/**
 * A record that could not be scored, with every issue found in it. Never thrown: returned in
 * place of a scorecard.
 *
 * @example
 * ```ts
 * const result = appraiser.score({ subject: "A", findings: "x" });
 * if (result.status === "rejected") result.issues[0].code; //=> "record.not-a-count"
 * ```
 */
export interface Rejection {
  readonly status: "rejected";
  readonly subject?: string;
  readonly issues: readonly Issue[];
}

/** A component score as JSON: decimals as strings. */
export interface ComponentScoreJson {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly score: string;
  readonly max: string;
  readonly noData?: true;
  readonly trace: readonly (Omit<TraceStep, "delta"> & { readonly delta: string })[];
}

/** A scorecard as JSON: what `JSON.stringify(scorecard)` writes, typed. */
export interface ScorecardJson
  extends Omit<Scorecard, "total" | "maxScore" | "components" | "inputs" | "measures" | "payouts"> {
  readonly total: string;
  readonly maxScore: string;
  readonly components: readonly ComponentScoreJson[];
  readonly inputs?: Readonly<
    Record<string, boolean | number | string | readonly string[] | Readonly<Record<string, number>>>
  >;
  readonly measures?: readonly MeasureResultJson[];
  readonly payouts?: readonly (Omit<PayoutResult, "trace"> & {
    readonly trace: ComponentScoreJson["trace"];
  })[];
}

/**
 * The plain JSON form of a scorecard, decimals written as decimal strings (exact, never floats).
 *
 * @example
 * ```ts
 * scorecardToJson(card).total; //=> "87"
 * ```
 */
export function scorecardToJson(card: Scorecard): ScorecardJson {
  return plainJson(card) as ScorecardJson;
}
