import { DEFAULT_MONEY_ROUNDING } from "../../payouts/compile-payouts";
import { type Payout, payoutKindOf } from "../../payouts/registry";
import { compileFastCondition, type FastCondition } from "./fast-condition";
import type { FastContext, FastScope } from "./fast-context";
import { integerRounding } from "./round-divide";
import { placesOf, scaleLiteral } from "./scale";

/** The payouts' sum in cents (NaN when one needs the decimal path), and each payout's amount. */
export interface FastPayouts {
  readonly sum: (scope: FastScope) => number;
  readonly each: readonly ((scope: FastScope) => number)[];
}

/** A withholding in integers: keep `keep / of` of the amount, or take a fixed number of cents. */
interface FastWithhold {
  readonly holds: FastCondition;
  readonly keep?: number;
  readonly of?: number;
  readonly cents?: number;
}

/**
 * Compiles payouts to exact integer arithmetic on cents, mirroring `compilePayouts` step by
 * step: gross, withholdings in order, cap, floor, then one rounding. Undefined when a payout
 * has no integer form (the policy then takes the decimal path).
 *
 * @example
 * ```ts
 * compileFastPayouts(policy.payouts, fast)?.sum(scope); //=> 255145 (2551.45 in cents)
 * ```
 */
export function compileFastPayouts(payouts: readonly Payout[], fast: FastContext): FastPayouts | undefined {
  const compiled = payouts.map((payout) => compileFastPayout(payout, fast));
  if (compiled.some((payout) => payout === undefined)) return undefined;
  const each = compiled as ((scope: FastScope) => number)[];
  const sum = (scope: FastScope) => {
    let cents = 0;
    for (let i = 0; i < each.length; i++) {
      const amount = (each[i] as (scope: FastScope) => number)(scope);
      if (!Number.isSafeInteger(amount)) return Number.NaN;
      cents += amount;
    }
    return cents;
  };
  return { sum, each };
}

function compileFastPayout(payout: Payout, fast: FastContext): ((scope: FastScope) => number) | undefined {
  const gross = payoutKindOf(payout).compileFast?.(payout as never, fast);
  if (gross === undefined) return undefined;
  const withholdings = (payout.withhold ?? []).map((rule): FastWithhold | undefined => {
    const holds = compileFastCondition(rule.when, fast);
    if (holds === undefined) return undefined;
    if (rule.percent === undefined) return { holds, cents: scaleLiteral(rule.amount as string | number, 2) };
    // Withholding p% keeps (100 − p)% — in integers, (100·10^q − p·10^q) / (100·10^q).
    const q = placesOf(rule.percent);
    const of = 100 * 10 ** q;
    return { holds, keep: of - scaleLiteral(rule.percent, q), of };
  });
  if (withholdings.some((rule) => rule === undefined)) return undefined;
  const rules = withholdings as FastWithhold[];
  const cap = payout.cap === undefined ? undefined : scaleLiteral(payout.cap, 2);
  const floor = payout.floor === undefined ? undefined : scaleLiteral(payout.floor, 2);
  const round = integerRounding(payout.rounding?.mode ?? DEFAULT_MONEY_ROUNDING.mode);
  const places = payout.rounding?.places ?? DEFAULT_MONEY_ROUNDING.places;
  // Rounding to `places` of a currency unit, from cents: divide by 10^(2 − places), then scale back.
  const step = 10 ** (2 - places);
  return (scope) => {
    // The amount is numerator / denominator cents, exactly, until the one rounding.
    let numerator = gross.numerator(scope);
    // A base the fast path cannot read exactly declines here: comparisons below would hide a NaN.
    if (!Number.isSafeInteger(numerator)) return Number.NaN;
    let denominator = gross.denominator(scope);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as FastWithhold;
      const holds = rule.holds(scope);
      if (Number.isNaN(holds)) return Number.NaN;
      if (holds === 0) continue;
      if (rule.keep !== undefined) {
        numerator *= rule.keep;
        denominator *= rule.of as number;
        if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return Number.NaN;
      } else {
        // Never more than the amount: what is left is the amount less the sum, or nothing.
        const fixed = (rule.cents as number) * denominator;
        numerator = numerator > fixed ? numerator - fixed : 0;
      }
    }
    if (cap !== undefined && numerator > cap * denominator) {
      numerator = cap;
      denominator = 1;
    }
    if (floor !== undefined && numerator < floor * denominator) {
      numerator = floor;
      denominator = 1;
    }
    return round(numerator, denominator * step) * step;
  };
}
