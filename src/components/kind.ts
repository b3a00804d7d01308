import type { z } from "zod";
import type { Decimal } from "../decimal";
import type { FastContext } from "../engine/fast/fast-context";
import type { FastValues } from "../engine/fast/fast-layout";
import type { TraceStep } from "../engine/trace";
import type { LocalizedText } from "../i18n/locale";
import type { PathSegment } from "../issues/codes";
import type { Issue } from "../issues/issue";
import type { CompiledMeasure } from "../measures/kind";
import type { Measure } from "../measures/registry";
import type { RefType, ResolvedRef } from "../policy/input-ref";
import type { InputDeclaration } from "../policy/schema/inputs";
import type { Ratio } from "../ratio";
import type { RecordValues } from "../records/values";

/** What a component kind's cross-field check may look at and report to. */
export interface CheckContext {
  readonly inputs: ReadonlyMap<string, InputDeclaration>;
  /** The ids of the policy's components (as written, even where a component is malformed). */
  readonly components: ReadonlySet<string>;
  /** The ids of the policy's grades. */
  readonly grades: ReadonlySet<string>;
  report(issue: Issue): void;
  /**
   * Resolves an input reference; reports an unknown input or a wrong type at `path` and returns
   * `undefined` then (silently so for inputs that are declared but themselves invalid).
   */
  input(ref: string, path: readonly PathSegment[], accepted: readonly RefType[]): ResolvedRef | undefined;
  /**
   * Resolves a measure by id; reports an unknown measure at `path` and returns `undefined` then
   * (silently so for measures that are declared but themselves invalid).
   */
  measure(id: string, path: readonly PathSegment[]): Measure | undefined;
}

/** What a component kind needs to compile: the declared inputs and readers over record values. */
export interface CompileContext {
  readonly inputs: ReadonlyMap<string, InputDeclaration>;
  /** Resolves a reference the checks have already accepted. */
  ref(ref: string): ResolvedRef;
  /** A reader of a numeric reference: a count, a key of counts, counts summed, a decimal, a boolean as 1/0. */
  numeric(ref: string): (values: RecordValues) => Decimal | undefined;
  /** A measure the checks have already accepted, compiled. */
  measure(id: string): CompiledMeasure;
}

/** A component compiled once from its policy data, then evaluated for every record. */
export interface CompiledComponent {
  readonly id: string;
  readonly name: LocalizedText | undefined;
  readonly max: Decimal;
  /**
   * The component's score for a record, or `undefined` when the record gives it no data.
   * Pushes the steps that explain the score onto `trace` when one is given; their deltas add up
   * to the score.
   */
  evaluate(values: RecordValues, trace: TraceStep[] | undefined): Decimal | undefined;
  /**
   * The record's problems this component cannot score (a given score above the maximum): each
   * rejects the record, with the field it is about. Run before `evaluate`; none when absent.
   */
  validate?(values: RecordValues): Issue[];
  /**
   * The score as an exact fraction, for a kind whose score divides (a mean): the decimal score is
   * kept to 20 places, and money must be computed from the exact value. Left out, the decimal
   * score is exact.
   */
  exact?(values: RecordValues): Ratio | undefined;
}

/** The fields every component has. */
export interface ComponentBase {
  readonly id: string;
  readonly kind: string;
  readonly max: number | string;
  readonly name?: LocalizedText | undefined;
}

/**
 * One kind of component (`deduction`, `tiers`, …): its schema, its cross-field checks and its
 * compiler. A new kind is one file exporting one of these, listed in `registry.ts`.
 */
export interface ComponentKind<S extends z.ZodObject = z.ZodObject> {
  readonly kind: string;
  readonly schema: S;
  check(component: z.infer<S>, path: readonly PathSegment[], ctx: CheckContext): void;
  compile(component: z.infer<S>, ctx: CompileContext): CompiledComponent;
  /**
   * The same score in exact integers (× 10^`ctx.places`), for the fast path: NaN for a record
   * it cannot score exactly that way, or that `validate` would reject (it then takes
   * `compile`'s decimal path). Left out, or
   * undefined for a component, when there is none: the whole policy then takes the decimal path.
   */
  compileFast?(component: z.infer<S>, ctx: FastContext): FastComponent | undefined;
}

/**
 * A component's score in exact integers (see {@link ComponentKind.compileFast}): called, it gives
 * the score × 10^places × its denominator as a safe integer (or NaN). The denominator is 1, or
 * for a mean the number of answers: the value of the slot `over`.
 */
export interface FastComponent {
  (values: FastValues): number;
  /** The slot that holds the denominator (a mean's number of answers); left out for 1. */
  readonly over?: number;
}

/**
 * Declares a component kind with its types inferred from the schema.
 *
 * @example
 * ```ts
 * export const given = defineComponentKind({ kind: "given", schema, check() {}, compile(c) { ... } });
 * ```
 */
export function defineComponentKind<S extends z.ZodObject>(kind: ComponentKind<S>): ComponentKind<S> {
  return kind;
}
