import { describe, expect, test } from "vitest";
import { compile, parsePolicy, sentence } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

function linear(target: number, floor: number) {
  const appraiser = compile(
    indicatorPolicy({
      maxScore: 20,
      inputs: { value: { type: "decimal", name: { en: "satisfaction", "zh-CN": "满意度" } } },
      components: [{ id: "part", kind: "linear", max: 20, input: "value", target, floor }],
    }),
  );
  return (value: string) => {
    const card = appraiser.score({ subject: "Unit", value });
    if (card.status === "rejected") throw new Error(card.issues[0]?.message);
    return card;
  };
}

describe("linear", () => {
  const higher = linear(0.95, 0.6);
  const lower = linear(0.01, 0.05);

  test.each([
    ["1", "20"], // beyond the target: clamped to full points
    ["0.95", "20"],
    ["0.8", "11.42857142857142857143"], // 20 × 0.2 / 0.35
    ["0.775", "10"], // halfway
    ["0.6", "0"],
    ["0.1", "0"], // beyond the floor: clamped to 0
  ])("higher is better (target 0.95, floor 0.6): %s → %s", (value, points) => {
    expect(higher(value).total.toString()).toBe(points);
  });

  test.each([
    ["0", "20"],
    ["0.01", "20"],
    ["0.03", "10"], // 20 × (0.05 − 0.03) / 0.04
    ["0.04", "5"],
    ["0.05", "0"],
    ["0.5", "0"],
  ])("lower is better (target 0.01, floor 0.05): %s → %s", (value, points) => {
    expect(lower(value).total.toString()).toBe(points);
  });

  test("the trace shows the formula, the target or the floor", () => {
    const [between] = higher("0.775").components[0]?.trace ?? [];
    expect(between && sentence(between, "en")).toBe(
      "satisfaction is 0.775, between the floor 0.6 and the target 0.95: 20 × (0.775 − 0.6) / (0.95 − 0.6)",
    );
    expect(between?.delta.toString()).toBe("10");
    expect(higher("1").components[0]?.trace[0]?.code).toBe("linear.target");
    expect(higher("0").components[0]?.trace[0]?.code).toBe("linear.floor");
  });

  // Higher is better (target 0.95, floor 0.6): 0.5 is below the floor, 1 above the target.
  // Lower is better (target 0.01, floor 0.05): 0.06 is above the floor, 0 below the target; 0.05 is the floor.
  const scorers = { higher, lower };
  test.each([
    ["higher", "0.5", "linear.floor", "at the floor 0.6 or worse: no points", "等于或差于底线值 0.6：不得分"],
    [
      "higher",
      "1",
      "linear.target",
      "at the target 0.95 or better: full marks",
      "达到或优于目标值 0.95：满分",
    ],
    [
      "lower",
      "0.06",
      "linear.floor",
      "at the floor 0.05 or worse: no points",
      "等于或差于底线值 0.05：不得分",
    ],
    [
      "lower",
      "0.05",
      "linear.floor",
      "at the floor 0.05 or worse: no points",
      "等于或差于底线值 0.05：不得分",
    ],
    [
      "lower",
      "0",
      "linear.target",
      "at the target 0.01 or better: full marks",
      "达到或优于目标值 0.01：满分",
    ],
  ] as const)("%s is better, %s: the target and floor steps read true", (better, value, code, en, zh) => {
    const [step] = scorers[better](value).components[0]?.trace ?? [];
    expect(step?.code).toBe(code);
    expect(step && sentence(step, "en")).toBe(`satisfaction is ${value}, ${en}`);
    expect(step && sentence(step, "zh-CN")).toBe(`满意度为 ${value}，${zh}`);
  });

  test("a target equal to the floor is an issue", () => {
    const result = parsePolicy(
      indicatorPolicy({
        maxScore: 20,
        inputs: { value: { type: "decimal" } },
        components: [{ id: "part", kind: "linear", max: 20, input: "value", target: 1, floor: "1.0" }],
      }),
    );
    expect(!result.success && result.issues[0]).toMatchObject({
      code: "policy.linear-flat",
      path: ["components", 0, "floor"],
    });
  });
});
