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
 * A record's inputs after checking, by input id (every declared id an own property, so that an id
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
  /** The canonical period id (`2026-03`), when the record has a `period` column. */
  readonly period?: string;
  /** The ranking groups of the subject, by group id, when the policy declares groups. */
  readonly groups?: Readonly<Record<string, string>>;
  readonly values: RecordValues;
}
