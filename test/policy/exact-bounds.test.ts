import { describe, expect, it } from "vitest";
import { type PolicyInput, parsePolicy } from "../../src/index";
import { percentSchema } from "../../src/payouts/shape";
import { positiveSchema } from "../../src/policy/schema/common";
import { indicatorPolicy } from "../helpers/indicator-policy";

// Bounds are compared as decimals: a float would read both of these as the bound itself.
const JUST_ABOVE_100 = "100.00000000000000000001"; // Number(...) === 100
const TINY = `0.${"0".repeat(400)}1`; // Number(...) === 0

const codesOf = (result: { success: boolean; error?: { issues: readonly { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("a percentage is from 0 to 100, exactly", () => {
  it.each([
    ["100", true],
    [100, true],
    ["0", true],
    ["99.99999999999999999999", true],
    [JUST_ABOVE_100, false],
    ["100.5", false],
    ["-0.00000000000000000001", false],
    ["-0", true], // exactly 0
  ])("%s is a percentage: %s", (value, ok) => {
    expect(percentSchema.safeParse(value).success).toBe(ok);
  });

  it("leaves what is not a decimal to schema.not-a-decimal", () => {
    expect(codesOf(percentSchema.safeParse("abc"))).toEqual(["kaoping:schema.not-a-decimal"]);
  });

  it("rejects a withholding of 100.00000000000000000001% in a policy, at its path", () => {
    const policy: PolicyInput = indicatorPolicy({
      inputs: { score: { type: "decimal" }, base: { type: "money" } },
      components: [{ id: "score", kind: "given", max: 100, input: "score" }],
      payouts: [
        {
          id: "pay",
          kind: "proportional",
          base: "base",
          withhold: [{ when: { score: "total", lt: 60 }, percent: JUST_ABOVE_100 }],
        },
      ],
    });
    const result = parsePolicy(policy);
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["schema.not-a-percent", "payouts.0.withhold.0.percent"],
    ]);
  });
});

describe("a positive decimal is above 0, exactly", () => {
  it.each([
    [TINY, true],
    ["0.5", true],
    [1, true],
    ["0", false],
    [0, false],
    ["0.000", false],
    ["-0", false],
    [`-${TINY}`, false],
  ])("%s is positive: %s", (value, ok) => {
    expect(positiveSchema.safeParse(value).success).toBe(ok);
  });

  it("lets a policy declare a tiny positive scale step, and not a step of 0", () => {
    const policy = (step: string) =>
      indicatorPolicy({
        inputs: { score: { type: "decimal" }, answers: { type: "scores", scale: { min: 0, max: 1, step } } },
        components: [{ id: "score", kind: "given", max: 100, input: "score" }],
      });
    expect(parsePolicy(policy(TINY)).success).toBe(true);
    const zero = parsePolicy(policy("0"));
    expect(!zero.success && zero.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["schema.invalid", "inputs.answers.scale.step"],
    ]);
  });
});
