import { describe, expect, it } from "vitest";
import { compile, Decimal, getPreset, type PolicyInput, type Scorecard } from "../../src/index";
import { p2PayRule, performanceBaseInput } from "../../src/presets/p2-pay";

/** P1 with P2's pay rule: pay = base × total / 100, 30% withheld below 60, half-up to the cent. */
function p1WithPay(): PolicyInput {
  const p1 = getPreset("satisfaction-work") as PolicyInput;
  return {
    ...p1,
    inputs: { ...p1.inputs, performance_base: performanceBaseInput },
    payouts: [p2PayRule],
  } as PolicyInput;
}

const record = (survey: string[], valid: number, base: string) => ({
  subject: "Unit",
  inspected: true,
  findings: 0,
  survey,
  valid_complaints: valid,
  major_complaints: 0,
  performance_base: base,
});

describe("money is computed from the exact score, divided last", () => {
  // By hand: 50 + (20 + 12 + 8) / 3 + (30 − 3 × 6) = 62 + 40/3 = 226/3 ≈ 75.33; no withholding.
  // 13920.75 × 226/3 / 100 = 3146089.5 / 300 = 10486.965 exactly: half a cent, half-up → 10486.97.
  // From the total kept to 20 places (75.33333333333333333333) it would come out 10486.96.
  const answers = ["very-satisfied", "average", "not-very-satisfied"];

  for (const trace of [true, false]) {
    it(`pays 10486.97 for a total of 226/3 on a base of 13920.75 (trace ${trace ? "on" : "off"})`, () => {
      const card = compile(p1WithPay(), { trace }).score(record(answers, 3, "13920.75")) as Scorecard;
      expect(card.total.toString()).toBe("75.33333333333333333333");
      expect(card.pay).toBe("10486.97");
    });
  }

  it("explains the pay with steps that add up to it", () => {
    const card = compile(p1WithPay()).score(record(answers, 3, "13920.75")) as Scorecard;
    const steps = card.payouts?.[0]?.trace ?? [];
    expect(steps.map((step) => step.code)).toEqual(["payout.proportional", "payout.round"]);
    const sum = steps.reduce((acc, step) => acc.plus(step.delta), new Decimal(0));
    expect(sum.toFixed(2)).toBe("10486.97");
  });

  it("withholds from the exact amount too", () => {
    // 20 findings: 30 + 40/3 + 12 = 166/3 ≈ 55.33, below 60: 30% withheld.
    // 3000.00 × 166/3 / 100 × 0.7 = 1660 × 0.7 = 1162.00 (exactly: 3000/3 = 1000).
    const failing = { ...record(answers, 3, "3000.00"), findings: 20 };
    const card = compile(p1WithPay(), { trace: false }).score(failing) as Scorecard;
    expect(card.grade).toBe("fail");
    expect(card.pay).toBe("1162.00");
  });
});
