import type { z } from "zod";
import type { CheckContext, CompileContext } from "../components/kind";
import type { Decimal } from "../decimal";
import type { FastContext, FastScope } from "../engine/fast/fast-context";
import type { TraceStep } from "../engine/trace";
import type { LocalizedText } from "../i18n/locale";
import type { PathSegment } from "../issues/codes";
import type { Ratio } from "../ratio";
import type { RecordValues } from "../records/values";

/** What a payout is computed from: a scored record. */
export interface PayoutScope {
  readonly values: RecordValues;
  readonly total: Decimal;
  readonly maxScore: Decimal;
  /** The total as an exact fraction (a mean of answers does not terminate): what money is computed from. */
  readonly totalExact: Ratio;
  /** Each component's score (decimal and exact) and maximum, by component id. */
  readonly components: ReadonlyMap<
    string,
    { readonly score: Decimal; readonly exact: Ratio; readonly max: Decimal }
  >;
  /** The grade's id; absent when there is no opinion. */
  readonly grade?: string;
  readonly gradeName?: LocalizedText;
}

/** A payout kind's exact amount before withholding, limits and rounding; its steps go onto `trace`. */
export type GrossAmount = (scope: PayoutScope, trace: TraceStep[] | undefined) => Ratio;

/**
 * One kind of payout (`proportional`, `by-grade`): its schema, its cross-field checks and the
 * compiler of its gross amount. Withholding, caps, floors and rounding are common to all kinds.
 */
export interface PayoutKind<S extends z.ZodObject = z.ZodObject> {
  readonly kind: string;
  readonly schema: S;
  check(payout: z.infer<S>, path: readonly PathSegment[], ctx: CheckContext): void;
  compile(payout: z.infer<S>, ctx: CompileContext): GrossAmount;
  /**
   * The gross amount in exact integers, for the fast path: `numerator(scope) / denominator` cents,
   * NaN for a record it cannot do exactly. Left out, or undefined, when there is none.
   */
  compileFast?(payout: z.infer<S>, ctx: FastContext): FastGross | undefined;
}

/** A gross amount as a fraction of cents (see {@link PayoutKind.compileFast}). */
export interface FastGross {
  numerator(scope: FastScope): number;
  denominator(scope: FastScope): number;
}

/**
 * Declares a payout kind with its types inferred from the schema.
 *
 * @example
 * ```ts
 * export const byGrade = definePayoutKind({ kind: "by-grade", schema, check() {}, compile(p) { ... } });
 * ```
 */
export function definePayoutKind<S extends z.ZodObject>(kind: PayoutKind<S>): PayoutKind<S> {
  return kind;
}
