import { Decimal } from "../decimal";
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
  return (value, issues) => {
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
