import type { z } from "zod";
import type { CheckContext, CompileContext } from "../components/kind";
import type { TraceStep } from "../engine/trace";
import type { LocalizedText } from "../i18n/locale";
import type { PathSegment } from "../issues/codes";
import type { Issue } from "../issues/issue";
import type { RecordValues } from "../records/values";
import type { MeasureResultHead } from "./result";

/** A measure compiled once from its policy data, then evaluated for every record. */
export interface CompiledMeasure<R extends MeasureResultHead = MeasureResultHead> {
  readonly id: string;
  readonly kind: string;
  readonly name: LocalizedText | undefined;
  /**
   * The record's problems this measure cannot work with (a numerator above its denominator, a
   * negative count): each rejects the record, with the field it is about.
   */
  validate(values: RecordValues): Issue[];
  /** The indicator's value for a record, with what it was computed from; no `value` means no data. */
  evaluate(values: RecordValues): R;
  /** The trace step that shows the value to a component reading it (it adds no points: delta 0). */
  step(result: R, component: string): TraceStep;
}

/**
 * One kind of measure (`rate`, `csat`, …): its schema, its cross-field checks and its
 * compiler. A new kind is one file exporting one of these, listed in `registry.ts`.
 */
export interface MeasureKind<
  S extends z.ZodObject = z.ZodObject,
  R extends MeasureResultHead = MeasureResultHead,
> {
  readonly kind: string;
  readonly schema: S;
  check(measure: z.infer<S>, path: readonly PathSegment[], ctx: CheckContext): void;
  compile(id: string, measure: z.infer<S>, ctx: CompileContext): CompiledMeasure<R>;
}

/**
 * Declares a measure kind with its types inferred from the schema.
 *
 * @example
 * ```ts
 * export const rate = defineMeasureKind({ kind: "rate", schema, check() {}, compile(id, m, ctx) { ... } });
 * ```
 */
export function defineMeasureKind<S extends z.ZodObject, R extends MeasureResultHead>(
  kind: MeasureKind<S, R>,
): MeasureKind<S, R> {
  return kind;
}
