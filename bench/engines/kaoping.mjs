/**
 * kaoping: P1 (the `satisfaction-work` preset) with P2's pay rule as a payout, compiled once
 * (with or without the trace), then `appraiser.score(record)` per record. The built library is
 * used (`dist/`), as users get it; the pay is the scorecard's own.
 */
import { compile, getPreset, roundToString } from "../../dist/index.js";

/**
 * The policy the benchmark compiles: P1, plus the performance base as money and P2's pay rule
 * (pay = base × total / 100, 30% withheld below 60, half-up to the cent, once). Ranking and the
 * year-end rule are left out: no peer implements them, and they need every record of a period.
 *
 * @returns {import("../../dist/index.js").PolicyInput}
 */
export function benchPolicy() {
  const p1 = getPreset("satisfaction-work");
  if (p1 === undefined) throw new Error("kaoping has no satisfaction-work preset");
  const { ranking: _ranking, series: _series, ...policy } = p1;
  return {
    ...policy,
    inputs: { ...policy.inputs, performance_base: { type: "money" } },
    payouts: [
      {
        id: "performance-pay",
        kind: "proportional",
        base: "performance_base",
        withhold: [{ when: { score: "total", lt: 60 }, percent: 30 }],
        rounding: { mode: "half-up", places: 2 },
      },
    ],
  };
}

/**
 * A scorecard's trace is built when first read: `read` reads it for every record (the steps of
 * the first component and of the payout), so that the table also shows what a trace costs.
 *
 * @param {{ trace?: boolean, read?: boolean }} [options]
 * @returns {import("./index.mjs").Engine & { appraiser: import("../../dist/index.js").Appraiser }}
 */
export function create({ trace = false, read = false } = {}) {
  const appraiser = compile(benchPolicy(), { trace });
  return {
    async: false,
    appraiser,
    score(record) {
      const card = appraiser.score(record);
      if (card.status === "rejected")
        throw new Error(`kaoping rejected ${record.subject}: ${card.issues[0]?.message}`);
      if (read && card.components[0].trace.length + card.payouts[0].trace.length === 0)
        throw new Error(`kaoping gave ${record.subject} no trace`);
      return card;
    },
    toStrings,
  };
}

/** The outcome as text: the total shown as the preset displays it (2 places, half-up), and the pay. */
export function toStrings(card) {
  return {
    total: roundToString(card.total, 2, "half-up"),
    grade: card.status === "no-opinion" ? "no-opinion" : card.grade,
    pay: card.pay,
  };
}
