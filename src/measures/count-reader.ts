import type { CompileContext } from "../components/kind";
import type { Decimal } from "../decimal";
import { type Issue, makeIssue } from "../issues/issue";
import { columnOf } from "../records/column-of";
import type { RecordValues } from "../records/values";

/** A reader of a count-like reference, with the record field it reads (for issues). */
export interface CountReader {
  readonly column: string;
  /** The value, or `undefined` when missing; a negative value is reported to `issues` and reads as missing. */
  read(values: RecordValues, issues?: Issue[]): Decimal | undefined;
}

/**
 * Compiles a reader of a count-like reference (a count, counts, a key of counts, a decimal)
 * that rejects a negative value, which only a decimal input can hold.
 *
 * @example
 * ```ts
 * const served = countReader("customers-served", ctx);
 * served.read({ "customers-served": new Decimal(-1) }, issues); //=> undefined, with record.out-of-range
 * ```
 */
export function countReader(ref: string, ctx: CompileContext): CountReader {
  const column = columnOf(ctx.ref(ref));
  const numeric = ctx.numeric(ref);
  return {
    column,
    read(values, issues) {
      const value = numeric(values);
      if (value === undefined || !value.lt(0)) return value;
      issues?.push(
        makeIssue("record.out-of-range", [column], { input: column, received: value.toString(), min: "0" }),
      );
      return undefined;
    },
  };
}

/**
 * The issue of a count above the count it may not exceed, such as a numerator above its
 * denominator; its path is the field that is too large (by default the field named).
 *
 * @example
 * ```ts
 * exceeds("complaint-rate", "complaints", new Decimal(12), "customers_served", new Decimal(10)).code;
 * //=> "record.count-exceeds"
 * ```
 */
export function exceeds(
  measure: string,
  field: string,
  value: Decimal,
  limitField: string,
  limit: Decimal,
  path: readonly string[] = [field],
): Issue {
  return makeIssue("record.count-exceeds", path, {
    measure,
    field,
    value: value.toString(),
    limitField,
    limit: limit.toString(),
  });
}
