import { z } from "zod";
import { Decimal, round } from "../decimal";
import { makeIssue } from "../issues/issue";
import { approximate, multiplyRatio, ratio } from "../ratio";
import { definePayoutKind } from "./kind";
import { payoutBaseShape } from "./shape";

const ZERO = new Decimal(0);

/**
 * `proportional`: base × score / maximum score, such as P2's performance pay (绩效工资 =
 * 绩效基数 × 考核得分 / 100). The base is a money input; the score is the total (by default) or
 * one component's score over that component's maximum.
 *
 * @example
 * ```json
 * { "id": "pay", "kind": "proportional", "base": "performance_base",
 *   "withhold": [{ "when": { "score": "total", "lt": 60 }, "percent": 30 }] }
 * //=> base 3001.70 at 85: 2551.445 → "2551.45"; base 3000.00 at 59.5: 1785 − 535.5 → "1249.50"
 * ```
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
    roundScore: z
      .strictObject({
        places: z.number().int().min(0).max(10).describe("Decimal places the score is rounded to first."),
        mode: z.enum(["half-up", "half-even", "half-down", "down", "up"]).optional(),
      })
      .optional()
      .describe("Pay from the score as the appraisal form shows it (say 2 places); exact by default."),
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

  compileFast(payout, fast) {
    if (payout.roundScore !== undefined) return undefined;
    const base = fast.scaled(payout.base, 2);
    const score = fast.score(payout.score ?? "total");
    if (score === undefined || Number.isNaN(score.max)) return undefined;
    // A component with a max of 0 has no share to pay.
    if (score.max === 0) return { denominator: () => 1, numerator: (scope) => base(scope.values) * 0 };
    const max = score.max;
    return {
      numerator: (scope) => base(scope.values) * score.read(scope),
      denominator: (scope) => max * score.denominator(scope),
    };
  },

  compile(payout, ctx) {
    const base = ctx.numeric(payout.base);
    const of = payout.score ?? "total";
    const inputName = ctx.ref(payout.base).declaration.name;
    const { places, mode = "half-up" } = payout.roundScore ?? {};
    return (scope, trace) => {
      const amount = base(scope.values);
      const part =
        of === "total"
          ? { score: scope.total, exact: scope.totalExact, max: scope.maxScore }
          : scope.components.get(of);
      const head = { component: payout.id, input: payout.base, ...(inputName && { inputName }) };
      // A component with a max of 0 has no share to pay.
      if (amount === undefined || part === undefined || part.max.isZero()) {
        trace?.push({ ...head, code: "payout.no-amount", delta: ZERO, values: {} });
        return ratio(ZERO);
      }
      // Pay follows the exact score (or the rounded one the policy asks for), divided last.
      const score = places === undefined ? part.score : round(part.score, places, mode);
      const exact = places === undefined ? part.exact : ratio(score);
      const gross = multiplyRatio(exact, amount, part.max);
      trace?.push({
        ...head,
        code: "payout.proportional",
        delta: approximate(gross),
        values: {
          base: amount.toFixed(2),
          score: score.toString(),
          maxScore: part.max.toString(),
          of,
          ...(!score.eq(part.score) && { exactScore: part.score.toString() }),
        },
      });
      return gross;
    };
  },
});
