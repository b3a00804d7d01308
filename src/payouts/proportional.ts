import { z } from "zod";
import { Decimal, divide } from "../decimal";
import { makeIssue } from "../issues/issue";
import { definePayoutKind } from "./kind";
import { payoutBaseShape } from "./shape";

const ZERO = new Decimal(0);

/**
 * `proportional`: base × score / maximum score, such as P2's performance pay (绩效工资 =
 * 绩效基数 × 考核得分 / 100). The base is a money input; the score is the total (by default) or
 * one component's score over that component's maximum.
 */
export const proportional = definePayoutKind({
  kind: "proportional",
  schema: z.strictObject({
    ...payoutBaseShape,
    kind: z.literal("proportional"),
    base: z.string().min(1).describe("The money input the payout is a share of, such as performance_base."),
    score: z
      .string()
      .min(1)
      .optional()
      .describe('"total" (the default) or a component id: the score the share follows.'),
  }),

  check(payout, path, ctx) {
    ctx.input(payout.base, [...path, "base"], ["money"]);
    if (payout.score !== undefined && payout.score !== "total" && !ctx.components.has(payout.score)) {
      ctx.report(
        makeIssue("policy.unknown-score", [...path, "score"], {
          score: payout.score,
          known: [...ctx.components],
        }),
      );
    }
  },

  compile(payout, ctx) {
    const base = ctx.numeric(payout.base);
    const of = payout.score ?? "total";
    const inputName = ctx.ref(payout.base).declaration.name;
    return (scope, trace) => {
      const amount = base(scope.values);
      const part = of === "total" ? { score: scope.total, max: scope.maxScore } : scope.components.get(of);
      const head = { component: payout.id, input: payout.base, ...(inputName && { inputName }) };
      if (amount === undefined || part === undefined) {
        trace?.push({ ...head, code: "payout.no-amount", delta: ZERO, values: {} });
        return ZERO;
      }
      const gross = divide(amount.mul(part.score), part.max);
      trace?.push({
        ...head,
        code: "payout.proportional",
        delta: gross,
        values: { base: amount.toFixed(2), score: part.score.toString(), maxScore: part.max.toString(), of },
      });
      return gross;
    };
  },
});
