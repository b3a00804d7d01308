import { z } from "zod";
import { Decimal } from "../decimal";
import type { FastValues } from "../engine/fast/fast-layout";
import { weightedSum } from "../engine/fast/weighted-sum";
import { NUMERIC_REFS } from "../policy/input-ref";
import { pointsSchema } from "../policy/schema/common";
import { componentBaseShape } from "./base";
import { defineComponentKind } from "./kind";
import { inputNameOf } from "./names";

const ZERO = new Decimal(0);

/**
 * `deduction`: full marks, minus points per unit of one or more inputs (per finding, per
 * complaint), never below 0; `cap` limits the total deduction.
 */
export const deduction = defineComponentKind({
  kind: "deduction",
  schema: z.strictObject({
    ...componentBaseShape,
    kind: z.literal("deduction"),
    per: z
      .array(z.strictObject({ input: z.string().min(1), points: pointsSchema }))
      .min(1)
      .describe("Points taken off per unit of each input."),
    cap: pointsSchema.optional().describe("The most points the deductions may take in all."),
  }),

  check(component, path, ctx) {
    component.per.forEach((rule, index) => {
      ctx.input(rule.input, [...path, "per", index, "input"], NUMERIC_REFS);
    });
  },

  compileFast(component, fast) {
    const max = fast.literal(component.max);
    const cap = component.cap === undefined ? Number.POSITIVE_INFINITY : fast.literal(component.cap);
    if (Number.isNaN(max) || Number.isNaN(cap)) return undefined;
    // Each rule as (slot, points) pairs, a counts input one pair per key: read straight from the slots.
    const slots: number[] = [];
    const points: number[] = [];
    for (const rule of component.per) {
      const at = fast.slots(rule.input);
      const each = fast.literal(rule.points);
      if (at === undefined || Number.isNaN(each)) return undefined;
      for (const slot of at) {
        slots.push(slot);
        points.push(each);
      }
    }
    const deductions = weightedSum(slots, points);
    // The most taken off: the cap, and never more than the component's points.
    const most = Math.min(cap, max);
    // Capping is exact even past 2^53 (no term is negative, so such a sum is above the cap), and a
    // NaN runs through to the plan, which declines the record.
    return (values: FastValues) => max - Math.min(deductions(values), most);
  },

  compile(component, ctx) {
    const max = new Decimal(component.max);
    const cap = component.cap === undefined ? undefined : new Decimal(component.cap);
    const rules = component.per.map((rule) => ({
      ref: rule.input,
      read: ctx.numeric(rule.input),
      points: new Decimal(rule.points),
      inputName: inputNameOf(ctx.ref(rule.input)),
    }));
    return {
      id: component.id,
      name: component.name,
      max,
      evaluate(values, trace) {
        // Steps go straight onto the trace; a rule without data takes them back off.
        const start = trace?.length ?? 0;
        trace?.push({
          code: "component.full",
          component: component.id,
          delta: max,
          values: { max: max.toString() },
        });
        let deducted = ZERO;
        for (const rule of rules) {
          const count = rule.read(values);
          if (count === undefined) {
            if (trace !== undefined) trace.length = start;
            return undefined;
          }
          if (count.isZero()) continue;
          const points = count.mul(rule.points);
          deducted = deducted.plus(points);
          trace?.push({
            code: "deduction.per-unit",
            component: component.id,
            input: rule.ref,
            ...(rule.inputName && { inputName: rule.inputName }),
            delta: points.neg(),
            values: { count: count.toString(), points: rule.points.toString() },
          });
        }
        if (cap !== undefined && deducted.gt(cap)) {
          trace?.push({
            code: "deduction.cap",
            component: component.id,
            delta: deducted.minus(cap),
            values: { cap: cap.toString(), deducted: deducted.toString() },
          });
          deducted = cap;
        }
        if (deducted.gt(max)) {
          trace?.push({
            code: "deduction.floor",
            component: component.id,
            delta: deducted.minus(max),
            values: { deducted: deducted.toString(), max: max.toString() },
          });
          deducted = max;
        }
        return max.minus(deducted);
      },
    };
  },
});
