import type { CompileContext } from "../components/kind";
import { Decimal, type RoundingMode } from "../decimal";
import { type CompiledCondition, compileCondition } from "../engine/condition";
import type { TraceStep } from "../engine/trace";
import type { LocalizedText } from "../i18n/locale";
import { approximate, compareRatio, multiplyRatio, type Ratio, ratio, roundRatio } from "../ratio";
import type { PayoutScope } from "./kind";
import { type Payout, payoutKindOf } from "./registry";
import type { Withhold } from "./shape";

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

/** Money leaves kaoping as a decimal string with exactly this many places. */
export const MONEY_OUT_PLACES = 2;

/** The defaults of a payout's rounding, in one place: half-up (四舍五入) to the cent. */
export const DEFAULT_MONEY_ROUNDING: { readonly mode: RoundingMode; readonly places: number } = {
  mode: "half-up",
  places: 2,
};

/**
 * One payout of a scorecard: its final amount, as a decimal string with exactly 2 places, and
 * the steps that make it (base, proportion, withholding, limits, rounding), whose deltas add up
 * to the amount.
 */
export interface PayoutResult {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly amount: string;
  readonly trace: readonly TraceStep[];
}

/** The payouts of a scored record, and their sum (`pay`, exactly 2 places). */
export interface Payouts {
  readonly payouts: readonly PayoutResult[];
  readonly pay: string;
}

/**
 * Compiles a policy's payouts once: each kind's gross amount, then the withholdings whose
 * conditions hold (in order), the cap and the floor, then rounding, once, on the final amount.
 *
 * @example
 * ```ts
 * const pay = compilePayouts(policy.payouts ?? [], ctx);
 * pay(scope, true).pay; //=> "2551.45"
 * ```
 */
export function compilePayouts(
  payouts: readonly Payout[],
  ctx: CompileContext,
): (scope: PayoutScope, trace: boolean) => Payouts {
  const compiled = payouts.map((payout) => compilePayout(payout, ctx));
  return (scope, trace) => {
    const conditionScope = {
      values: scope.values,
      total: scope.total,
      components: new Map([...scope.components].map(([id, part]) => [id, part.score])),
      ...(scope.grade !== undefined && { grade: scope.grade }),
    };
    let pay = ZERO;
    const results = compiled.map((payout) => {
      const steps: TraceStep[] | undefined = trace ? [] : undefined;
      const amount = payout.amount(scope, conditionScope, steps);
      pay = pay.plus(amount);
      return payoutResult(payout, amount.toFixed(MONEY_OUT_PLACES), steps ?? []);
    });
    return { payouts: results, pay: pay.toFixed(MONEY_OUT_PLACES) };
  };
}

/**
 * One payout's part of a scorecard, fields in a fixed order (so that every path writes the same JSON).
 *
 * @example
 * ```ts
 * payoutResult({ id: "performance-pay" }, "2551.45", []).amount; //=> "2551.45"
 * ```
 */
export function payoutResult(
  head: { readonly id: string; readonly name?: LocalizedText | undefined },
  amount: string,
  trace: readonly TraceStep[],
): PayoutResult {
  const result = { id: head.id } as { -readonly [K in keyof PayoutResult]: PayoutResult[K] };
  if (head.name !== undefined) result.name = head.name;
  result.amount = amount;
  result.trace = trace;
  return result;
}

function compilePayout(payout: Payout, ctx: CompileContext) {
  const gross = payoutKindOf(payout).compile(payout, ctx);
  const withholdings = (payout.withhold ?? []).map((rule) => compileWithhold(rule, ctx));
  const cap = payout.cap === undefined ? undefined : new Decimal(payout.cap);
  const floor = payout.floor === undefined ? undefined : new Decimal(payout.floor);
  const mode = payout.rounding?.mode ?? DEFAULT_MONEY_ROUNDING.mode;
  const places = payout.rounding?.places ?? DEFAULT_MONEY_ROUNDING.places;
  const at = { component: payout.id };
  return {
    id: payout.id,
    name: payout.name,
    amount(
      scope: PayoutScope,
      conditionScope: Parameters<CompiledCondition>[0],
      trace: TraceStep[] | undefined,
    ): Decimal {
      // The amount stays an exact fraction until its one rounding; the trace shows it to 20 places.
      let exact = gross(scope, trace);
      let shown = approximate(exact);
      for (const rule of withholdings) {
        if (!rule.holds(conditionScope)) continue;
        const taken = withhold(rule, exact);
        const after = approximate(taken.left);
        trace?.push({
          ...at,
          code: "payout.withhold",
          delta: after.minus(shown),
          values: {
            ...(rule.percent !== undefined
              ? { percent: rule.percent.toString(), withheld: shown.minus(after).toString() }
              : {
                  amount: (rule.amount as Decimal).toFixed(MONEY_OUT_PLACES),
                  // What was taken: the whole sum (worded as the rule gives it), or all that was left.
                  withheld: taken.whole
                    ? (rule.amount as Decimal).toFixed(MONEY_OUT_PLACES)
                    : shown.toString(),
                }),
            before: shown.toString(),
            ...(rule.name && { reason: rule.name }),
          },
        });
        exact = taken.left;
        shown = after;
      }
      if (cap !== undefined && compareRatio(exact, cap) > 0) {
        trace?.push({
          ...at,
          code: "payout.cap",
          delta: cap.minus(shown),
          values: { cap: cap.toFixed(MONEY_OUT_PLACES), before: shown.toString() },
        });
        exact = ratio(cap);
        shown = cap;
      }
      if (floor !== undefined && compareRatio(exact, floor) < 0) {
        trace?.push({
          ...at,
          code: "payout.floor",
          delta: floor.minus(shown),
          values: { floor: floor.toFixed(MONEY_OUT_PLACES), before: shown.toString() },
        });
        exact = ratio(floor);
        shown = floor;
      }
      const rounded = roundRatio(exact, places, mode);
      trace?.push({
        ...at,
        code: "payout.round",
        delta: rounded.minus(shown),
        values: { mode, places, before: shown.toString(), after: rounded.toFixed(MONEY_OUT_PLACES) },
      });
      return rounded;
    },
  };
}

/**
 * What a withholding leaves of an amount, exactly: (100 − p)% of it, or the amount less a fixed
 * sum — never below 0, so a sum larger than what is left takes all of it (`whole` is then false).
 */
function withhold(rule: ReturnType<typeof compileWithhold>, amount: Ratio): { left: Ratio; whole: boolean } {
  if (rule.percent !== undefined)
    return { left: multiplyRatio(amount, HUNDRED.minus(rule.percent), HUNDRED), whole: true };
  const sum = rule.amount as Decimal;
  if (compareRatio(amount, sum) < 0) return { left: ratio(ZERO), whole: false };
  return {
    left: { numerator: amount.numerator.minus(sum.mul(amount.denominator)), denominator: amount.denominator },
    whole: true,
  };
}

function compileWithhold(rule: Withhold, ctx: CompileContext) {
  return {
    holds: compileCondition(rule.when, ctx),
    percent: rule.percent === undefined ? undefined : new Decimal(rule.percent),
    amount: rule.amount === undefined ? undefined : new Decimal(rule.amount),
    name: rule.name,
  };
}
