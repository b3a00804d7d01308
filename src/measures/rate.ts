import { z } from "zod";
import { Decimal, divide } from "../decimal";
import type { Issue } from "../issues/issue";
import type { RefType } from "../policy/input-ref";
import { measureBaseShape } from "./base";
import { countReader, exceeds } from "./count-reader";
import { defineMeasureKind } from "./kind";
import type { MeasureResultHead } from "./result";

/** What a rate's numerator and denominator may read: counts and decimals. */
export const COUNT_REFS: readonly RefType[] = ["count", "counts", "counts-key", "decimal"];

const ZERO = new Decimal(0);

/** A rate's result: its value (a share from 0 to 1 unless the rate allows more) and its parts. */
export interface RateResult extends MeasureResultHead {
  readonly kind: "rate";
  readonly numerator?: Decimal;
  readonly denominator?: Decimal;
}

/**
 * `rate`: numerator / denominator, such as complaints per customer served, renewals per
 * customer due to renew. A denominator of 0 is "no data"; a numerator above the denominator
 * rejects the record unless `allowAboveOne` is set.
 *
 * @example
 * ```json
 * "complaint-rate": { "kind": "rate", "numerator": "complaints", "denominator": "customers_served" }
 * //=> 3 complaints, 150 customers served: value "0.02"; 0 served: no data ("zero-denominator")
 * ```
 */
export const rate = defineMeasureKind({
  kind: "rate",
  schema: z.strictObject({
    ...measureBaseShape,
    kind: z.literal("rate"),
    numerator: z.string().min(1).describe("The input counted, such as complaints."),
    denominator: z.string().min(1).describe("The input it is counted against, such as customers-served."),
    allowAboveOne: z
      .boolean()
      .optional()
      .describe("Accept a numerator above the denominator (a ratio, not a share); false by default."),
  }),

  check(measure, path, ctx) {
    ctx.input(measure.numerator, [...path, "numerator"], COUNT_REFS);
    ctx.input(measure.denominator, [...path, "denominator"], COUNT_REFS);
  },

  compile(id, measure, ctx) {
    const numerator = countReader(measure.numerator, ctx);
    const denominator = countReader(measure.denominator, ctx);
    const head = { id, kind: "rate" as const, ...(measure.name && { name: measure.name }) };
    return {
      id,
      kind: "rate",
      name: measure.name,
      validate(values) {
        const issues: Issue[] = [];
        const n = numerator.read(values, issues);
        const d = denominator.read(values, issues);
        if (n !== undefined && d !== undefined && !measure.allowAboveOne && n.gt(d)) {
          issues.push(exceeds(id, numerator.column, n, denominator.column, d));
        }
        return issues;
      },
      evaluate(values): RateResult {
        const n = numerator.read(values);
        const d = denominator.read(values);
        if (n === undefined || d === undefined) {
          return {
            ...head,
            noData: "missing-input",
            ...(n !== undefined && { numerator: n }),
            ...(d !== undefined && { denominator: d }),
          };
        }
        if (d.isZero()) return { ...head, noData: "zero-denominator", numerator: n, denominator: d };
        return { ...head, value: divide(n, d), numerator: n, denominator: d };
      },
      step(result, component) {
        return {
          code: "measure.rate",
          component,
          input: id,
          ...(measure.name && { inputName: measure.name }),
          delta: ZERO,
          values: {
            numerator: String(result.numerator),
            denominator: String(result.denominator),
            value: String(result.value),
          },
        };
      },
    };
  },
});
