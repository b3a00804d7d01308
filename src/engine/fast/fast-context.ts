import type { CompileContext } from "../../components/kind";
import type { Decimal } from "../../decimal";
import type { RecordValues } from "../../records/values";
import { scaleDecimal, scaleLiteral } from "./scale";

/** What a fast condition or payout reads: the record's values and, once scored, scaled scores and the grade. */
export interface FastScope {
  readonly values: RecordValues;
  /** The total × 10^places × `totalDenominator`. */
  readonly total: number;
  readonly totalDenominator: number;
  /** Each component's score × 10^places × its denominator, in the policy's order. */
  readonly scores: readonly number[];
  readonly denominators: readonly number[];
  readonly grade: string | undefined;
}

/**
 * A score a condition or payout refers to (`total` or a component id): its numerator and
 * denominator in a scope (the score × 10^places is their quotient), and its maximum.
 */
export interface FastScoreRef {
  readonly read: (scope: FastScope) => number;
  readonly denominator: (scope: FastScope) => number;
  /** The maximum × 10^places. */
  readonly max: number;
}

/**
 * What a component or payout kind needs to compile its exact integer form: the plan's scale
 * (every score is an integer number of 10^-places) and readers of record values as integers.
 * Every reader gives NaN where it cannot be exact; NaN runs through the arithmetic, and the
 * plan hands such a record to the decimal path.
 */
export interface FastContext {
  /** Scores are integers of 10^-places points. */
  readonly places: number;
  /** A number of the policy, scaled (the plan's places cover every number of the policy). */
  literal(value: number | string): number;
  /** An integer reference (a count, counts summed, a key of counts, a boolean as 1/0); undefined for others. */
  count(ref: string): ((values: RecordValues) => number) | undefined;
  /** Any numeric reference × 10^places (or × 100 for money in cents with `places` 2). */
  scaled(ref: string, places?: number): (values: RecordValues) => number;
  /** `total` or a component's score, once components are scored (undefined for an unknown id). */
  score(ref: string): FastScoreRef | undefined;
  /** The decimal context, for what the fast form shares with the exact one. */
  readonly exact: CompileContext;
}

/**
 * The fast context of a plan at a scale.
 *
 * @example
 * ```ts
 * const fast = fastContext(ctx, 0, { total: 100, components: policy.components });
 * fast.count("complaints.valid")?.(values); //=> 1
 * ```
 */
export function fastContext(
  exact: CompileContext,
  places: number,
  maxima: {
    readonly total: number | string;
    readonly components: readonly { id: string; max: number | string }[];
  },
): FastContext {
  const count = (text: string) => {
    const { id, key, type, declaration } = exact.ref(text);
    switch (type) {
      case "count":
        return (values: RecordValues) => (values[id] as number | undefined) ?? Number.NaN;
      case "boolean":
        return (values: RecordValues) => {
          const value = values[id];
          return value === undefined ? Number.NaN : value ? 1 : 0;
        };
      case "counts-key":
        return (values: RecordValues) => {
          const counts = values[id] as Readonly<Record<string, number>> | undefined;
          return counts === undefined ? Number.NaN : (counts[key as string] as number);
        };
      case "counts": {
        const keys = declaration.type === "counts" ? declaration.keys : [];
        return (values: RecordValues) => {
          const counts = values[id] as Readonly<Record<string, number>> | undefined;
          if (counts === undefined) return Number.NaN;
          let sum = 0;
          for (const k of keys) sum += counts[k] as number;
          return sum;
        };
      }
      default:
        return undefined;
    }
  };
  return {
    places,
    literal: (value) => scaleLiteral(value, places),
    count,
    scaled(text, at = places) {
      const integer = count(text);
      if (integer !== undefined) {
        const unit = 10 ** at;
        return (values) => integer(values) * unit;
      }
      const { id } = exact.ref(text);
      return (values) => {
        const value = values[id] as Decimal | undefined;
        return value === undefined ? Number.NaN : scaleDecimal(value, at);
      };
    },
    score(ref) {
      if (ref === "total") {
        return {
          read: (scope) => scope.total,
          denominator: (scope) => scope.totalDenominator,
          max: scaleLiteral(maxima.total, places),
        };
      }
      const index = maxima.components.findIndex((component) => component.id === ref);
      if (index === -1) return undefined;
      const max = scaleLiteral((maxima.components[index] as { max: number | string }).max, places);
      return {
        read: (scope) => scope.scores[index] as number,
        denominator: (scope) => scope.denominators[index] as number,
        max,
      };
    },
    exact,
  };
}
