import type { Decimal } from "../decimal";
import type { LocalizedText } from "../i18n/locale";

/**
 * Why a measure has no value for a record: an input left out, a denominator of 0, or fewer
 * survey answers than the measure's minimum. "No data" is never 0 and never NaN.
 */
export type NoDataReason = "missing-input" | "zero-denominator" | "too-few-responses";

/** What every measure's result carries: its id and, unless there is no data, its value. */
export interface MeasureResultHead {
  readonly id: string;
  readonly kind: string;
  readonly name?: LocalizedText;
  /** The indicator's value; absent when there is no data (then `noData` says why). */
  readonly value?: Decimal;
  readonly noData?: NoDataReason;
}

/**
 * Statistics of the answers to one survey question: how many, how many were left out (and
 * for which flag), their mean and their distribution (answers per score, lowest score first).
 */
export interface SurveyStats {
  /** Every answer given, counted or not. */
  readonly responses: number;
  /** Answers left out because of their flag (malicious, untrue, …). */
  readonly excluded: number;
  readonly excludedByFlag: Readonly<Record<string, number>>;
  /** Answers the measure counted: `responses − excluded`. */
  readonly counted: number;
  /** The mean of the counted answers; absent when none was counted. */
  readonly mean?: Decimal;
  /** Counted answers per score, lowest score first (every point of a scale of up to 101 points). */
  readonly distribution: readonly { readonly score: Decimal; readonly count: number }[];
}

/** A value type with every Decimal written as a decimal string, as JSON carries it. */
export type Jsonified<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? readonly Jsonified<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Jsonified<T[K]> }
      : T;
