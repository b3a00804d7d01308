import { z } from "zod";
import { Decimal } from "../decimal";
import { scaleLiteral } from "../engine/fast/scale";
import { makeIssue } from "../issues/issue";
import { moneySchema } from "../policy/schema/money";
import { ratio } from "../ratio";
import { definePayoutKind } from "./kind";
import { payoutBaseShape } from "./shape";

const ZERO = new Decimal(0);

/**
 * `by-grade`: a fixed amount for each grade, such as a monthly service incentive. A grade the
 * payout does not list, or a record without a grade (no opinion), pays nothing.
 *
 * @example
 * ```json
 * { "id": "incentive", "kind": "by-grade", "amounts": { "A": "5000.00", "B": "3000.00" } }
 * //=> grade B pays "3000.00"; grade C, or no grade, pays "0.00"
 * ```
 */
export const byGrade = definePayoutKind({
  kind: "by-grade",
  schema: z.strictObject({
    ...payoutBaseShape,
    kind: z.literal("by-grade"),
    amounts: z.record(z.string(), moneySchema).describe("The amount each grade pays, by grade id."),
  }),

  check(payout, path, ctx) {
    for (const grade of Object.keys(payout.amounts)) {
      if (!ctx.grades.has(grade)) {
        ctx.report(
          makeIssue("policy.unknown-grade", [...path, "amounts", grade], { grade, known: [...ctx.grades] }),
        );
      }
    }
  },

  compileFast(payout) {
    // Amounts are money, so they are read in cents whatever the scale of scores.
    const cents = new Map(
      Object.entries(payout.amounts).map(([grade, amount]) => [grade, scaleLiteral(amount, 2)]),
    );
    if ([...cents.values()].some(Number.isNaN)) return undefined;
    return {
      denominator: () => 1,
      numerator: (scope) => (scope.grade === undefined ? 0 : (cents.get(scope.grade) ?? 0)),
    };
  },

  compile(payout) {
    const amounts = new Map(
      Object.entries(payout.amounts).map(([grade, amount]) => [grade, new Decimal(amount)]),
    );
    return (scope, trace) => {
      const grade = scope.grade;
      const amount = grade === undefined ? undefined : amounts.get(grade);
      const gradeValues = {
        ...(grade !== undefined && { grade }),
        ...(scope.gradeName && { gradeName: scope.gradeName }),
      };
      if (amount === undefined) {
        trace?.push({ component: payout.id, code: "payout.no-amount", delta: ZERO, values: gradeValues });
        return ratio(ZERO);
      }
      trace?.push({
        component: payout.id,
        code: "payout.by-grade",
        delta: amount,
        values: { grade: grade as string, ...gradeValues, amount: amount.toFixed(2) },
      });
      return ratio(amount);
    };
  },
});
