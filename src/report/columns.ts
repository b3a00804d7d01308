import type { Policy } from "../policy/schema/policy";
import type { Report } from "./report";

/** Which optional columns a results table shows: only those some card fills. */
export interface OptionalColumns {
  readonly period: boolean;
  readonly rank: boolean;
  readonly pay: boolean;
}

/**
 * The optional columns of a report's results tables.
 *
 * @example
 * ```ts
 * optionalColumns(report); //=> { period: false, rank: false, pay: false }
 * ```
 */
export function optionalColumns(report: Report): OptionalColumns {
  return {
    period: report.periods.length > 0,
    rank: report.cards.some((card) => card.rank !== undefined),
    pay: report.cards.some((card) => card.pay !== undefined),
  };
}

/**
 * The rank and pay columns a policy's results have, decided before any result is seen (a report
 * written as records come cannot wait for a card with a rank): rank when the policy ranks, pay
 * when it declares payouts.
 *
 * @example
 * ```ts
 * policyColumns(assertPolicy(getPreset("satisfaction-work")!)); //=> { rank: true, pay: false }
 * policyColumns(assertPolicy(getPreset("performance-pay")!));   //=> { rank: false, pay: true }
 * ```
 */
export function policyColumns(policy: Policy): Pick<OptionalColumns, "rank" | "pay"> {
  return { rank: policy.ranking !== undefined, pay: policy.payouts !== undefined };
}
