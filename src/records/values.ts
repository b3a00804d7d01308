import type { Decimal } from "../decimal";
import type { SurveyAnswer } from "./survey-answer";

/** The value of one input in a checked record. */
export type InputValue =
  | boolean
  | number
  | Decimal
  | readonly string[]
  | Readonly<Record<string, number>>
  | readonly SurveyAnswer[];

/**
 * A record's inputs after checking, by input id (an object without a prototype, so that an id
 * such as `constructor` reads nothing it should not). A missing optional input is `undefined`.
 */
export type RecordValues = Readonly<Record<string, InputValue | undefined>>;

/**
 * A record that passed the policy's checks: who it is about, the period, the typed inputs.
 *
 * @example
 * ```ts
 * readRecord({ subject: "Unit A", inspected: "true", findings: "3", ... });
 * //=> { ok: true, record: { subject: "Unit A", values: { inspected: true, findings: 3, ... } } }
 * ```
 */
export interface CheckedRecord {
  readonly subject: string;
  readonly period?: string;
  readonly values: RecordValues;
}
