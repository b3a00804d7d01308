/**
 * kaoping: P1 by the `satisfaction-work` preset, compiled once (with or without the trace),
 * then `appraiser.score(record)` per record. The built library is used (`dist/`), as users get it.
 */
import { compile, Decimal, getPreset, round, roundToString } from "../../dist/index.js";

// ─── Pay: TEMPORARY, until issue 3 lands ─────────────────────────────────────────────────────
// kaoping has no payouts yet, so P2's pay rule is computed here, exactly, with kaoping's own
// Decimal. When the policy gains its `payouts` section, the lead replaces the body of
// `payOf` by the scorecard's payout (e.g. `return card.pay`) and compiles a policy with P2's
// payout instead of the bare preset; nothing else in this file or the harness changes.
const HUNDRED = new Decimal(100);
const PASS_MARK = new Decimal(60); // a score below 60 fails; exactly 60 passes
const KEPT_WHEN_FAILED = new Decimal("0.7"); // 30% of the pay withheld

/**
 * P2: pay = base × total / 100, × 0.7 below 60, rounded half-up to cents once at the end.
 *
 * @param {import("../../dist/index.js").Scorecard} card
 * @param {import("../lib/generate.mjs").BenchRecord} record
 * @returns {import("../../dist/index.js").Decimal}
 */
export function payOf(card, record) {
  let pay = new Decimal(record.performance_base).mul(card.total).div(HUNDRED);
  if (card.total.lt(PASS_MARK)) pay = pay.mul(KEPT_WHEN_FAILED);
  return round(pay, 2, "half-up");
}
// ─── end of the temporary pay ────────────────────────────────────────────────────────────────

/**
 * The policy the benchmark compiles (the P1 preset; P1 + P2's payout once issue 3 lands).
 *
 * @returns {import("../../dist/index.js").PolicyInput}
 */
export function benchPolicy() {
  const policy = getPreset("satisfaction-work");
  if (policy === undefined) throw new Error("kaoping has no satisfaction-work preset");
  return policy;
}

/**
 * @param {{ trace?: boolean }} [options]
 * @returns {import("./index.mjs").Engine & { appraiser: import("../../dist/index.js").Appraiser }}
 */
export function create({ trace = false } = {}) {
  const appraiser = compile(benchPolicy(), { trace });
  return {
    async: false,
    appraiser,
    score(record) {
      const card = appraiser.score(record);
      if (card.status === "rejected")
        throw new Error(`kaoping rejected ${record.subject}: ${card.issues[0]?.message}`);
      return {
        card,
        grade: card.status === "no-opinion" ? "no-opinion" : card.grade,
        pay: payOf(card, record),
      };
    },
    toStrings,
  };
}

/** The outcome as text: the total shown as the preset displays it (2 places, half-up), pay in cents. */
export function toStrings({ card, grade, pay }) {
  return { total: roundToString(card.total, 2, "half-up"), grade, pay: pay.toFixed(2) };
}
