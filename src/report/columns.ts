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
