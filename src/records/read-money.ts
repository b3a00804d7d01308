import { Decimal, decimalFromScaled, scanDecimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import type { MoneyInput } from "../policy/schema/money";
import { parseDecimal } from "./parse-value";

/** Money is kept to the cent: an amount with more decimals than this is rejected, never rounded. */
export const MONEY_PLACES = 2;

/**
 * Compiles the parser of a money input: a decimal with at most 2 places, within its bounds
 * (0 or more unless `min` says otherwise).
 *
 * @example
 * ```ts
 * const parse = moneyParser("performance_base", { type: "money" });
 * parse("3001.70", issues)?.toString(); //=> "3001.7"
 * parse("3001.705", issues);            //=> undefined, with a record.too-many-places issue
 * ```
 */
export function moneyParser(
  column: string,
  declaration: MoneyInput,
): (value: unknown, issues: Issue[]) => Decimal | undefined {
  const path: PathSegment[] = [column];
  const min = new Decimal(declaration.min ?? 0);
  const max = declaration.max === undefined ? undefined : new Decimal(declaration.max);
  // Most amounts are short decimal strings within bounds: read them in cents, without decimal arithmetic.
  const minCents = scaledCents(min);
  const maxCents = max === undefined ? Number.POSITIVE_INFINITY : scaledCents(max);
  return (value, issues) => {
    if (typeof value === "string") {
      const scanned = scanDecimal(value.trim());
      if (scanned !== undefined && scanned.places <= MONEY_PLACES) {
        const cents = scanned.value * 10 ** (MONEY_PLACES - scanned.places);
        if (Number.isSafeInteger(cents) && cents >= minCents && cents <= maxCents) {
          return decimalFromScaled(cents, MONEY_PLACES);
        }
      }
    }
    const amount = parseDecimal(value);
    if (amount === undefined) {
      issues.push(makeIssue("record.not-a-decimal", path, { input: column, received: describeValue(value) }));
      return undefined;
    }
    if (amount.decimalPlaces() > MONEY_PLACES) {
      issues.push(
        makeIssue("record.too-many-places", path, {
          input: column,
          received: amount.toString(),
          places: MONEY_PLACES,
        }),
      );
      return undefined;
    }
    if (amount.lt(min) || (max !== undefined && amount.gt(max))) {
      issues.push(
        makeIssue("record.out-of-range", path, {
          input: column,
          received: amount.toString(),
          min: min.toString(),
          ...(max !== undefined && { max: max.toString() }),
        }),
      );
      return undefined;
    }
    return amount;
  };
}

/** A bound in cents, or NaN when it does not fit (every amount then takes the decimal checks). */
function scaledCents(bound: Decimal): number {
  const cents = bound.mul(100);
  return cents.isInteger() && cents.abs().lt(Number.MAX_SAFE_INTEGER) ? cents.toNumber() : Number.NaN;
}
