import type { CheckContext } from "../components/kind";
import { Decimal } from "../decimal";
import { makeIssue } from "../issues/issue";
import { checkCondition } from "../policy/check-condition";
import { payoutKindOf, payoutSchema } from "./registry";

/**
 * Checks a policy's payouts, each that is well-formed: ids unique, its kind's own checks, the
 * conditions of its withholdings, each withholding either a percent or an amount, a cap not
 * below the floor.
 *
 * @example
 * ```ts
 * checkPayouts([{ id: "pay", kind: "by-grade", amounts: { gold: 100 } }], ctx);
 * // reports policy.unknown-grade at payouts[0].amounts.gold
 * ```
 */
export function checkPayouts(raw: unknown, ctx: CheckContext): void {
  if (!Array.isArray(raw)) return;
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const parsed = payoutSchema.safeParse(value);
    if (!parsed.success) return;
    const payout = parsed.data;
    const path = ["payouts", index];
    if (seen.has(payout.id))
      ctx.report(makeIssue("policy.duplicate-payout", [...path, "id"], { payout: payout.id }));
    seen.add(payout.id);
    payoutKindOf(payout).check(payout, path, ctx);
    payout.withhold?.forEach((rule, i) => {
      const at = [...path, "withhold", i];
      checkCondition(rule.when, [...at, "when"], ctx, { input: true, score: true, grade: true });
      const count = (rule.percent === undefined ? 0 : 1) + (rule.amount === undefined ? 0 : 1);
      if (count !== 1)
        ctx.report(makeIssue("policy.exactly-one", at, { fields: ["percent", "amount"], count }));
    });
    if (payout.cap !== undefined && payout.floor !== undefined && new Decimal(payout.cap).lt(payout.floor)) {
      ctx.report(
        makeIssue("policy.cap-below-floor", [...path, "cap"], {
          cap: String(payout.cap),
          floor: String(payout.floor),
        }),
      );
    }
  });
}
