import type { CompileContext } from "../../components/kind";
import type { FastLayout, FastValues } from "./fast-layout";
import { scaleLiteral } from "./scale";
import { sumOfSlots } from "./weighted-sum";

/** What a fast condition or payout reads: the record's values and, once scored, scaled scores and the grade. */
export interface FastScope {
  readonly values: FastValues;
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
 * (every score is an integer number of 10^-places) and readers of a record's slots as integers.
 * Every reader gives NaN where it cannot be exact; NaN runs through the arithmetic, and the
 * plan hands such a record to the decimal path.
 */
export interface FastContext {
  /** Scores are integers of 10^-places points. */
  readonly places: number;
  /** A number of the policy, scaled (the plan's places cover every number of the policy). */
  literal(value: number | string): number;
  /** The slots whose sum is an integer reference (one, or a counts input's keys); undefined for others. */
  slots(ref: string): readonly number[] | undefined;
  /** Any numeric reference × 10^places (or × 100 for money in cents with `places` 2). */
  scaled(ref: string, places?: number): (values: FastValues) => number;
  /**
   * A tier input's tally: each option's id and the slot that counts the answers naming it, and
   * the slot that counts the answers in all.
   */
  tally(ref: string): {
    readonly options: readonly { readonly id: string; readonly slot: number }[];
    readonly answers: number;
  };
  /** `total` or a component's score, once components are scored (undefined for an unknown id). */
  score(ref: string): FastScoreRef | undefined;
  /** The decimal context, for what the fast form shares with the exact one. */
  readonly exact: CompileContext;
}

/**
 * The fast context of a plan at a scale, over a slot layout.
 *
 * @example
 * ```ts
 * const fast = fastContext(ctx, layout, { total: 100, components: policy.components });
 * fast.slots("complaints"); //=> [7, 8] (P1: the slots of its valid and major keys)
 * ```
 */
export function fastContext(
  exact: CompileContext,
  layout: FastLayout,
  maxima: {
    readonly total: number | string;
    readonly components: readonly { id: string; max: number | string }[];
  },
): FastContext {
  const { places } = layout;
  const slots = (text: string): readonly number[] | undefined => {
    const { id, key, type, declaration } = exact.ref(text);
    switch (type) {
      case "count":
      case "boolean":
      case "counts-key":
        return [layout.slotOf(id, key)];
      case "counts":
        return (declaration.type === "counts" ? declaration.keys : []).map((k) => layout.slotOf(id, k));
      default:
        return undefined;
    }
  };
  /** An integer reference (a count, counts summed, a key of counts, a boolean as 1/0); undefined for others. */
  const count = (text: string): ((values: FastValues) => number) | undefined => {
    const at = slots(text);
    if (at === undefined) return undefined;
    // One reader for one slot or many: a line that calls readers made in one place is inlined by V8.
    return (values) => sumOfSlots(values, at);
  };
  return {
    places,
    literal: (value) => scaleLiteral(value, places),
    slots,
    scaled(text, at = places) {
      const integer = count(text);
      if (integer !== undefined) {
        // Each closure a record passes through costs a call: none for a scale of 1.
        if (at === 0) return integer;
        const unit = 10 ** at;
        return (values) => integer(values) * unit;
      }
      const { id, type } = exact.ref(text);
      const slot = layout.slotOf(id);
      // Money is held in cents, decimals at the plan's places: rescale to `at`, exactly or NaN.
      return rescale(slot, type === "money" ? 2 : places, at);
    },
    tally(text) {
      const { id, declaration } = exact.ref(text);
      const options = declaration.type === "tier" ? declaration.options : [];
      return {
        options: options.map((option) => ({ id: option.id, slot: layout.slotOf(id, option.id) })),
        answers: layout.answersOf(id),
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

/** A slot of integers of 10^-from read as integers of 10^-to: exact, or NaN when it is finer. */
function rescale(slot: number, from: number, to: number): (values: FastValues) => number {
  if (to === from) return (values) => values[slot] as number;
  if (to > from) {
    const unit = 10 ** (to - from);
    return (values) => (values[slot] as number) * unit;
  }
  const unit = 10 ** (from - to);
  return (values) => {
    const value = values[slot] as number;
    return value % unit === 0 ? value / unit : Number.NaN;
  };
}
