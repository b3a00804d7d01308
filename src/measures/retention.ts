import { z } from "zod";
import { Decimal, divide } from "../decimal";
import type { Issue } from "../issues/issue";
import { measureBaseShape } from "./base";
import { countReader, exceeds } from "./count-reader";
import { defineMeasureKind } from "./kind";
import { COUNT_REFS } from "./rate";
import type { MeasureResultHead } from "./result";

const ZERO = new Decimal(0);

/** A retention rate's result: its value and the three counts it comes from. */
export interface RetentionResult extends MeasureResultHead {
  readonly kind: "retention";
  readonly start?: Decimal;
  readonly end?: Decimal;
  readonly new?: Decimal;
}

/**
 * `retention`: (E − N) / S — the customers at the period's end (E) less those who are new in
 * it (N), over the customers at its start (S). No customers at the start is "no data"; more
 * new customers than customers at the end, or more retained than there were at the start,
 * rejects the record.
 *
 * @example
 * ```json
 * "retention": { "kind": "retention", "start": "customers_start", "end": "customers_end", "new": "customers_new" }
 * //=> S 200, E 210, N 30: value (210 − 30) / 200 = "0.9"
 * ```
 */
export const retention = defineMeasureKind({
  kind: "retention",
  schema: z.strictObject({
    ...measureBaseShape,
    kind: z.literal("retention"),
    start: z.string().min(1).describe("Customers at the start of the period (S)."),
    end: z.string().min(1).describe("Customers at the end of the period (E)."),
    new: z.string().min(1).describe("Customers gained during the period (N)."),
  }),

  check(measure, path, ctx) {
    for (const field of ["start", "end", "new"] as const) {
      ctx.input(measure[field], [...path, field], COUNT_REFS);
    }
  },

  compile(id, measure, ctx) {
    const start = countReader(measure.start, ctx);
    const end = countReader(measure.end, ctx);
    const gained = countReader(measure.new, ctx);
    const head = { id, kind: "retention" as const, ...(measure.name && { name: measure.name }) };
    return {
      id,
      kind: "retention",
      name: measure.name,
      validate(values) {
        const issues: Issue[] = [];
        const s = start.read(values, issues);
        const e = end.read(values, issues);
        const n = gained.read(values, issues);
        if (e === undefined || n === undefined) return issues;
        if (n.gt(e)) issues.push(exceeds(id, gained.column, n, end.column, e));
        else if (s !== undefined && e.minus(n).gt(s)) {
          const field = `${end.column} − ${gained.column}`;
          issues.push(exceeds(id, field, e.minus(n), start.column, s, [end.column]));
        }
        return issues;
      },
      evaluate(values): RetentionResult {
        const s = start.read(values);
        const e = end.read(values);
        const n = gained.read(values);
        const counts = {
          ...(s !== undefined && { start: s }),
          ...(e !== undefined && { end: e }),
          ...(n !== undefined && { new: n }),
        };
        if (s === undefined || e === undefined || n === undefined) {
          return { ...head, noData: "missing-input", ...counts };
        }
        if (s.isZero()) return { ...head, noData: "zero-denominator", ...counts };
        return { ...head, value: divide(e.minus(n), s), ...counts };
      },
      step(result, component) {
        return {
          code: "measure.retention",
          component,
          input: id,
          ...(measure.name && { inputName: measure.name }),
          delta: ZERO,
          values: {
            start: String(result.start),
            end: String(result.end),
            new: String(result.new),
            value: String(result.value),
          },
        };
      },
    };
  },
});
