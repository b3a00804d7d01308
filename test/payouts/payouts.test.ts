import { describe, expect, test } from "vitest";
import {
  compile,
  Decimal,
  explain,
  getPreset,
  type PolicyInput,
  parsePolicy,
  type Scorecard,
} from "../../src/index";
import { buildReport } from "../../src/report/build-report";
import { renderReport } from "../../src/report/render";
import { indicatorPolicy } from "../helpers/indicator-policy";

const performancePay = compile(getPreset("performance-pay") as PolicyInput);

function card(appraiser: ReturnType<typeof compile>, record: Record<string, unknown>): Scorecard {
  const result = appraiser.score({ subject: "Li Lei", ...record });
  if (result.status === "rejected") throw new Error(result.issues.map((issue) => issue.message).join("; "));
  return result;
}
const pay = (score: string, base: string) => card(performancePay, { score, performance_base: base }).pay;

describe("P2's worked examples (POLICIES.md)", () => {
  test("3000.00 at 85 → 2550.00", () => expect(pay("85", "3000.00")).toBe("2550.00"));
  test("3000.00 at 60 → 1800.00: exactly 60 passes, nothing withheld", () =>
    expect(pay("60", "3000.00")).toBe("1800.00"));
  test("3000.00 at 59.5 → 3000 × 0.595 × 0.7 = 1249.50", () =>
    expect(pay("59.5", "3000.00")).toBe("1249.50"));
  test("3001.70 at 85 → 2551.445 → 2551.45 (half-up; floats give 2551.44)", () => {
    expect(pay("85", "3001.70")).toBe("2551.45");
    expect((3001.7 * 0.85).toFixed(2)).not.toBe("2551.45"); // why exact decimals matter
  });
  test("59.99 fails: 3000 × 0.5999 × 0.7 = 1259.79", () => expect(pay("59.99", "3000.00")).toBe("1259.79"));
});

describe("a payout's trace", () => {
  test("base, proportion, withholding, rounding: the deltas add up to the amount", () => {
    const result = card(performancePay, { score: "59.5", performance_base: "3000.00" });
    const [payout] = result.payouts ?? [];
    expect(payout?.trace.map((step) => [step.code, step.delta.toString()])).toEqual([
      ["payout.proportional", "1785"],
      ["payout.withhold", "-535.5"],
      ["payout.round", "0"],
    ]);
    const sum = payout?.trace.reduce((acc, step) => acc.plus(step.delta), new Decimal(0));
    expect(sum?.eq(payout?.amount ?? "x")).toBe(true);
    expect(payout?.trace[0]?.values).toEqual({
      base: "3000.00",
      score: "59.5",
      maxScore: "100",
      of: "total",
    });
  });

  test("explain words it in English and Chinese", () => {
    const result = card(performancePay, { score: "59.5", performance_base: "3000.00" });
    expect(explain(result)).toContain(
      [
        "Performance pay: 1249.50.",
        "  +1785 performance base 3000.00 × score 59.5 / 100",
        "  −535.5 30% of 1785 withheld (failed month: score below 60)",
        "  +0 1249.5 rounded half-up to 2 decimal places: 1249.50",
      ].join("\n"),
    );
    expect(explain(result, { locale: "zh-CN" })).toContain(
      [
        "绩效工资：1249.50。",
        "  +1785 绩效基数 3000.00 × 得分 59.5 / 100",
        "  −535.5 扣除 1785 的 30%（考核不合格（低于60分））",
        "  +0 1249.5 按四舍五入保留 2 位小数：1249.50",
      ].join("\n"),
    );
  });

  test("with tracing off, the amount is the same and the trace empty", () => {
    const appraiser = compile(getPreset("performance-pay") as PolicyInput, { trace: false });
    const result = card(appraiser, { score: "85", performance_base: "3001.70" });
    expect(result.pay).toBe("2551.45");
    expect(result.payouts?.[0]?.trace).toEqual([]);
  });
});

/** A proportional payout on a given score, with its adjustments from `payout`. */
function payPolicy(payout: Record<string, unknown>, extra: Record<string, unknown> = {}): PolicyInput {
  return indicatorPolicy({
    inputs: { score: { type: "decimal" }, base: { type: "money" } },
    components: [{ id: "score", kind: "given", max: 100, input: "score" }],
    grades: [{ id: "excellent", min: 90 }, { id: "pass", min: 60 }, { id: "fail" }],
    payouts: [{ id: "pay", kind: "proportional", base: "base", ...payout }],
    ...extra,
  });
}
const payWith = (payout: Record<string, unknown>, score: string, base: string) =>
  card(compile(payPolicy(payout)), { score, base }).pay;

describe("rounding, declared by the policy, once on the final amount", () => {
  test.each([
    [{}, "2551.45"], // half-up to cents by default
    [{ rounding: { mode: "half-even" } }, "2551.44"],
    [{ rounding: { mode: "down" } }, "2551.44"],
    [{ rounding: { mode: "up", places: 1 } }, "2551.50"],
    [{ rounding: { mode: "half-up", places: 1 } }, "2551.40"],
    [{ rounding: { places: 0 } }, "2551.00"],
  ])("2551.445 with %o → %s", (payout, expected) => {
    expect(payWith(payout, "85", "3001.70")).toBe(expected);
  });

  test("rounding happens once: 0.15 × 50% = 0.075, × 0.7 = 0.0525 → 0.05 (rounding twice would give 0.06)", () => {
    const withhold = [{ when: { score: "total", lt: 60 }, percent: 30 }];
    expect(payWith({ withhold }, "50", "0.15")).toBe("0.05");
  });
});

describe("withholding, caps and floors", () => {
  test("withholdings apply in order to what the previous ones left: 1000 × 0.5 → −10% → −100.00", () => {
    const withhold = [
      { when: { score: "total", lt: 60 }, percent: 10 },
      { when: { grade: "fail" }, amount: "100.00" },
      { when: { grade: "excellent" }, percent: 50 }, // does not hold
    ];
    const result = card(compile(payPolicy({ withhold })), { score: "50", base: "1000.00" });
    expect(result.pay).toBe("350.00"); // 500 − 50 − 100
    expect(result.payouts?.[0]?.trace.map((step) => step.code)).toEqual([
      "payout.proportional",
      "payout.withhold",
      "payout.withhold",
      "payout.round",
    ]);
  });

  test("a fixed withholding never takes more than the amount", () => {
    const withhold = [{ when: { grade: "fail" }, amount: "999.00" }];
    expect(payWith({ withhold }, "10", "1000.00")).toBe("0.00");
  });

  test("a fixed withholding's step says what was taken, not the rule's sum, when less was left", () => {
    // 1500.00 × 10 / 100 = 150; then 100.00 (50 left), 200.00 (only 50 left: all of it), 30.00 (nothing left).
    const withhold = [
      { when: { grade: "fail" }, amount: "100.00" },
      { when: { grade: "fail" }, amount: "200.00", name: { en: "late report", "zh-CN": "迟报" } },
      { when: { grade: "fail" }, amount: "30.00" },
    ];
    const result = card(compile(payPolicy({ withhold })), { score: "10", base: "1500.00" });
    expect(result.pay).toBe("0.00");
    const steps = result.payouts?.[0]?.trace.filter((step) => step.code === "payout.withhold") ?? [];
    expect(steps.map((step) => [step.delta.toString(), step.values])).toEqual([
      ["-100", { amount: "100.00", withheld: "100.00", before: "150" }],
      [
        "-50",
        { amount: "200.00", withheld: "50", before: "50", reason: { en: "late report", "zh-CN": "迟报" } },
      ],
      ["0", { amount: "30.00", withheld: "0", before: "0" }],
    ]);
    expect(explain(result)).toContain(
      [
        "  −100 100.00 withheld",
        "  −50 50 withheld of 200.00 due, all that was left (late report)",
        "  +0 nothing withheld of 30.00 due, as nothing was left",
      ].join("\n"),
    );
    expect(explain(result, { locale: "zh-CN" })).toContain(
      [
        "  −100 扣除 100.00",
        "  −50 应扣 200.00，余额仅 50，全部扣除（迟报）",
        "  +0 应扣 30.00，已无余额可扣",
      ].join("\n"),
    );
  });

  test("a sum exactly equal to what is left takes it whole; a percentage says what it took", () => {
    // 1000.00 × 20 / 100 = 200: 50% takes 100, then 100.00 takes the last 100 — the whole sum.
    const withhold = [
      { when: { grade: "fail" }, percent: 50 },
      { when: { grade: "fail" }, amount: "100.00" },
    ];
    const steps = card(compile(payPolicy({ withhold })), { score: "20", base: "1000.00" }).payouts?.[0]
      ?.trace;
    expect(steps?.[1]?.values).toEqual({ percent: "50", withheld: "100", before: "200" });
    expect(steps?.[2]?.values).toEqual({ amount: "100.00", withheld: "100.00", before: "100" });
  });

  test("a cap and a floor bound the amount after withholding", () => {
    const limits = { cap: "2000.00", floor: "500.00", withhold: [{ when: { grade: "fail" }, percent: 30 }] };
    expect(payWith(limits, "85", "3000.00")).toBe("2000.00");
    expect(payWith(limits, "10", "3000.00")).toBe("500.00"); // 300 × 0.7 = 210, raised to 500
    expect(payWith(limits, "50", "3000.00")).toBe("1050.00"); // 1500 × 0.7, within the bounds
    const capped = card(compile(payPolicy(limits)), { score: "85", base: "3000.00" }).payouts?.[0]?.trace;
    expect(capped?.[1]).toMatchObject({ code: "payout.cap", values: { cap: "2000.00", before: "2550" } });
    expect(capped?.[1]?.delta.toString()).toBe("-550");
  });

  test("the share may follow one component's score over its maximum", () => {
    const policy = payPolicy(
      { score: "bonus" },
      {
        inputs: { score: { type: "decimal" }, extra: { type: "decimal" }, base: { type: "money" } },
        maxScore: 120,
        components: [
          { id: "score", kind: "given", max: 100, input: "score" },
          { id: "bonus", kind: "given", max: 20, input: "extra" },
        ],
      },
    );
    expect(card(compile(policy), { score: "50", extra: "15", base: "1000.00" }).pay).toBe("750.00");
  });
});

describe("the score a proportional payout follows", () => {
  // A third of the way from floor to target: 33.333… points, a score that does not terminate.
  const third = (payout: Record<string, unknown>) =>
    compile(
      indicatorPolicy({
        inputs: { value: { type: "decimal" }, base: { type: "money" } },
        components: [{ id: "part", kind: "linear", max: 100, input: "value", target: 3, floor: 0 }],
        payouts: [{ id: "pay", kind: "proportional", base: "base", ...payout }],
      }),
    );

  test("is exact by default: 3000.00 × (100 / 3) / 100 = 1000.00", () => {
    expect(card(third({}), { value: 1, base: "3000.00" }).pay).toBe("1000.00");
  });

  test("or rounded first, when the policy says so (pay from the score the form shows): 3000.00 × 33.33% = 999.90", () => {
    const result = card(third({ roundScore: { places: 2 } }), { value: 1, base: "3000.00" });
    expect(result.pay).toBe("999.90");
    expect(result.payouts?.[0]?.trace[0]?.values).toMatchObject({
      score: "33.33",
      exactScore: "33.33333333333333333333",
    });
    expect(explain(result)).toContain(
      "+999.9 base 3000.00 × score 33.33 (33.33333333333333333333 rounded) / 100",
    );
  });
});

describe("fixed amounts by grade", () => {
  const policy = indicatorPolicy({
    inputs: { score: { type: "decimal" }, inspected: { type: "boolean" } },
    components: [{ id: "score", kind: "given", max: 100, input: "score" }],
    grades: [
      { id: "excellent", name: { en: "excellent", "zh-CN": "优秀" }, min: 90 },
      { id: "pass", min: 60 },
      { id: "fail" },
    ],
    noOpinion: { input: "inspected", eq: false },
    payouts: [
      { id: "bonus", kind: "by-grade", amounts: { excellent: "800.00", pass: 300 } },
      { id: "allowance", kind: "by-grade", amounts: { excellent: "100.50", pass: "100.50", fail: "100.50" } },
    ],
  });
  const appraiser = compile(policy);

  test("each grade pays its amount; pay is the sum of the payouts", () => {
    const excellent = card(appraiser, { score: 95, inspected: true });
    expect(excellent.payouts?.map((payout) => payout.amount)).toEqual(["800.00", "100.50"]);
    expect(excellent.pay).toBe("900.50");
    expect(card(appraiser, { score: 70, inspected: true }).pay).toBe("400.50");
    expect(explain(excellent)).toContain('  +800 grade "excellent" pays 800.00');
    expect(explain(excellent)).toContain("Pay: 900.50.");
    expect(explain(excellent, { locale: "zh-CN" })).toContain("  +800 等级“优秀”发放 800.00");
  });

  test("a grade without an amount pays nothing, and so does a record without a grade (no opinion)", () => {
    const failed = card(appraiser, { score: 30, inspected: true });
    expect(failed.payouts?.[0]?.amount).toBe("0.00");
    expect(failed.payouts?.[0]?.trace.map((step) => step.code)).toEqual(["payout.no-amount", "payout.round"]);
    const none = card(appraiser, { score: 95, inspected: false });
    expect(none.status).toBe("no-opinion");
    expect(none.pay).toBe("0.00");
  });
});

describe("money in records", () => {
  test.each([
    ["3001.705", "record.too-many-places"],
    ["0.001", "record.too-many-places"],
    [0.30000000000000004, "record.too-many-places"], // a float that strayed: rejected, not rounded
    ["-0.01", "record.out-of-range"],
    ["1e3", "record.not-a-decimal"],
    ["abc", "record.not-a-decimal"],
  ])("a base of %s is rejected (%s), naming the field", (base, code) => {
    const result = performancePay.score({ subject: "A", score: "80", performance_base: base });
    expect(result.status === "rejected" && result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      [code, ["performance_base"]],
    ]);
  });

  test("a base with up to 2 decimals, as a number or a string, is accepted", () => {
    expect(pay("80", "12")).toBe("9.60");
    expect(card(performancePay, { score: 80, performance_base: 12.5 }).pay).toBe("10.00");
  });

  test("bad records are rejected with their issues while the good ones are paid", () => {
    const batch = performancePay.scoreAll([
      { subject: "A", score: "101", performance_base: "3000.00" },
      { subject: "B", score: "85", performance_base: "3001.70" },
      { subject: "C", score: "abc", performance_base: "3000.00" },
      { subject: "D", score: "80", performance_base: "-500.00" },
    ]);
    expect(batch.results.map((result) => [result.subject, result.pay])).toEqual([["B", "2551.45"]]);
    expect(batch.rejected.map((r) => [r.index, r.issues[0]?.code, r.issues[0]?.path[0]])).toEqual([
      [0, "record.out-of-range", "score"],
      [2, "record.not-a-decimal", "score"],
      [3, "record.out-of-range", "performance_base"],
    ]);
  });
});

describe("policy checks of payouts", () => {
  test("each problem reported with its path", () => {
    const result = parsePolicy(
      indicatorPolicy({
        inputs: { score: { type: "decimal" }, base: { type: "decimal" } },
        components: [{ id: "score", kind: "given", max: 100, input: "score" }],
        payouts: [
          { id: "pay", kind: "proportional", base: "base", score: "nothing" },
          { id: "pay", kind: "by-grade", amounts: { gold: "1.00" }, cap: "10.00", floor: "20.00" },
          {
            id: "w",
            kind: "by-grade",
            amounts: {},
            withhold: [{ when: { grade: "fail" }, percent: 5, amount: "1.00" }],
          },
        ],
      }),
    );
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.input-type-mismatch", "payouts.0.base"],
      ["policy.unknown-score", "payouts.0.score"],
      ["policy.duplicate-payout", "payouts.1.id"],
      ["policy.unknown-grade", "payouts.1.amounts.gold"],
      ["policy.cap-below-floor", "payouts.1.cap"],
      ["policy.exactly-one", "payouts.2.withhold.0"],
    ]);
  });

  test("amounts with more than 2 decimals, percentages above 100, rounding beyond cents", () => {
    const result = parsePolicy(
      payPolicy({
        cap: "10.001",
        withhold: [{ when: { grade: "fail" }, percent: 101 }],
        rounding: { places: 3 },
      }),
    );
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["schema.not-money", "payouts.0.cap"],
      ["schema.not-a-percent", "payouts.0.withhold.0.percent"],
      ["schema.too-big", "payouts.0.rounding.places"],
    ]);
  });
});

describe("the text table", () => {
  test("has a pay column, with 2 places, when the policy has payouts", () => {
    const rows = [
      card(performancePay, { score: "85", performance_base: "3001.70" }),
      card(performancePay, { score: "59.5", performance_base: "3000.00" }),
    ];
    const report = buildReport(performancePay.policy, rows);
    const lines = renderReport(report, "text").split("\n");
    expect(lines[0]).toMatch(/\bPay\b/i);
    // P2: 3001.70 × 85 / 100 = 2551.445 → 2551.45; 3000.00 × 59.5 / 100 × 0.7 = 1249.50.
    expect(lines.find((line) => line.includes("85.00"))).toMatch(/\b2551\.45\b/);
    expect(lines.find((line) => line.includes("59.50"))).toMatch(/\b1249\.50\b/);
    expect(renderReport(report, "text", { locale: "zh-CN" }).split("\n")[0]).toContain("金额");
  });
});
