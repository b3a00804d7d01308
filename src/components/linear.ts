import { z } from "zod";
import { Decimal, divide } from "../decimal";
import { makeIssue } from "../issues/issue";
import { decimalSchema } from "../policy/schema/common";
import { componentBaseShape } from "./base";
import { defineComponentKind } from "./kind";
import { checkSource, compileSource, sourceShape } from "./source";

const ZERO = new Decimal(0);

/**
 * `linear`: full points at the target, none at the floor, in proportion between, and clamped
 * beyond them. A target above the floor means higher is better (a satisfaction rate); below it,
 * lower is better (a complaint rate).
 *
 * @example
 * ```json
 * { "id": "satisfaction", "kind": "linear", "max": 20, "input": "csat", "target": 0.95, "floor": 0.6 }
 * //=> 0.775 gives 10 points; 0.95 or more gives 20; 0.6 or less gives 0
 * ```
 */
export const linear = defineComponentKind({
  kind: "linear",
  schema: z.strictObject({
    ...componentBaseShape,
    kind: z.literal("linear"),
    ...sourceShape,
    target: decimalSchema.describe("The value that gets full points (or better)."),
    floor: decimalSchema.describe("The value that gets no points (or worse)."),
  }),

  check(component, path, ctx) {
    checkSource(component, path, ctx);
    if (new Decimal(component.target).eq(component.floor)) {
      ctx.report(makeIssue("policy.linear-flat", [...path, "floor"], { target: String(component.target) }));
    }
  },

  compile(component, ctx) {
    const source = compileSource(component, ctx);
    const max = new Decimal(component.max);
    const target = new Decimal(component.target);
    const floor = new Decimal(component.floor);
    const span = target.minus(floor);
    const higherIsBetter = span.isPositive();
    return {
      id: component.id,
      name: component.name,
      max,
      evaluate(values, trace) {
        const value = source.read(values, trace, component.id);
        if (value === undefined) return undefined;
        const common = source.head(component.id);
        const bounds = { value: value.toString(), target: target.toString(), floor: floor.toString() };
        if (higherIsBetter ? value.gte(target) : value.lte(target)) {
          trace?.push({
            ...common,
            code: "linear.target",
            delta: max,
            values: { ...bounds, max: max.toString() },
          });
          return max;
        }
        if (higherIsBetter ? value.lte(floor) : value.gte(floor)) {
          trace?.push({ ...common, code: "linear.floor", delta: ZERO, values: bounds });
          return ZERO;
        }
        // (value − floor) / (target − floor) lies strictly between 0 and 1, whichever way is better.
        const points = divide(max.mul(value.minus(floor)), span);
        trace?.push({
          ...common,
          code: "linear.between",
          delta: points,
          values: { ...bounds, max: max.toString(), points: points.toString() },
        });
        return points;
      },
    };
  },
});
