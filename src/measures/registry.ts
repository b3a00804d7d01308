import { z } from "zod";
import { type CsatResult, csat } from "./csat";
import type { MeasureKind } from "./kind";
import { type NpsResult, nps } from "./nps";
import { type RateResult, rate } from "./rate";
import type { Jsonified } from "./result";
import { type RetentionResult, retention } from "./retention";

/** Every measure kind, by its `kind` name: adding a kind is one file and one line here. */
const KINDS = { rate, retention, csat, nps } as const;

/** The schema of any measure, chosen by its `kind`. */
export const measureSchema = z.discriminatedUnion("kind", [
  rate.schema,
  retention.schema,
  csat.schema,
  nps.schema,
]);

/** A measure of a policy (an indicator computed from a record's raw data), of any kind. */
export type Measure = z.infer<typeof measureSchema>;

/** The names of the measure kinds. */
export type MeasureKindName = Measure["kind"];

/**
 * A measure's value for one record, with what it was computed from. No `value` means no data
 * (`noData` says why): never 0, never NaN.
 */
export type MeasureResult = RateResult | RetentionResult | CsatResult | NpsResult;

/** A measure result as JSON: decimals as strings. */
export type MeasureResultJson = Jsonified<MeasureResult>;

/**
 * The kind that checks and compiles a measure.
 *
 * @example
 * ```ts
 * measureKindOf({ kind: "rate", numerator: "complaints", denominator: "served" }).kind; //=> "rate"
 * ```
 */
export function measureKindOf(measure: Measure): MeasureKind {
  return KINDS[measure.kind] as unknown as MeasureKind;
}
