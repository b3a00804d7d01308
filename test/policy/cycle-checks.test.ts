import { describe, expect, it } from "vitest";
import { formatIssue, parsePolicy, policyJsonSchema } from "../../src/index";
import { p1Policy } from "../helpers/p1";

const issuesOf = (overrides: Record<string, unknown>) => {
  const result = parsePolicy(p1Policy(overrides));
  return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path]);
};

describe("policy checks of ranking, series, schedule and rewards", () => {
  it("accepts the P1 preset with its year-end rule", () => {
    const result = parsePolicy(p1Policy());
    expect(result.success).toBe(true);
    if (result.success)
      expect(result.data.series?.[0]).toMatchObject({ id: "year-end-eligibility", atLeast: 2 });
  });

  it("checks tie-breakers: declared numeric inputs, known components, not the total", () => {
    expect(
      issuesOf({
        ranking: {
          tieBreakers: [
            { input: "complaints.severe", prefer: "lower" },
            { input: "survey", prefer: "higher" },
            { score: "speed", prefer: "higher" },
            { score: "total", prefer: "higher" },
            { input: "complaints.major", prefer: "fewer" },
          ],
        },
      }),
    ).toEqual([
      ["policy.unknown-input", ["ranking", "tieBreakers", 0, "input"]],
      ["policy.input-type-mismatch", ["ranking", "tieBreakers", 1, "input"]],
      ["policy.unknown-score", ["ranking", "tieBreakers", 2, "score"]],
      ["policy.tie-breaker-on-total", ["ranking", "tieBreakers", 3, "score"]],
      ["schema.invalid-value", ["ranking", "tieBreakers", 4, "prefer"]],
    ]);
  });

  it("checks groups and the method", () => {
    expect(
      issuesOf({
        ranking: { method: "olympic", groups: [{ id: "branch" }, { id: "branch", column: "office" }] },
      }),
    ).toEqual([
      ["schema.invalid-value", ["ranking", "method"]],
      ["policy.duplicate-group", ["ranking", "groups", 1, "id"]],
    ]);
  });

  it("checks series rules: ids, windows that hold the cycle, reachable counts, conditions", () => {
    expect(
      issuesOf({
        series: [
          { id: "a", window: "year", when: { grade: "gold" }, atLeast: 2 },
          { id: "a", window: "year", when: { grade: "fail" }, atLeast: 13 },
          { id: "b", window: "quarter", when: { score: "speed", lt: 90 }, atLeast: 3, consecutive: true },
          { id: "c", window: "month", when: { grade: "fail" }, atLeast: 1 },
          { id: "d", window: "year", when: { grade: "fail" }, atLeast: 0 },
        ],
      }),
    ).toEqual([
      ["policy.unknown-grade", ["series", 0, "when", "grade"]],
      ["policy.duplicate-series", ["series", 1, "id"]],
      ["policy.series-unreachable", ["series", 1, "atLeast"]],
      ["policy.unknown-score", ["series", 2, "when", "score"]],
      ["schema.invalid-value", ["series", 3, "window"]],
      ["schema.too-small", ["series", 4, "atLeast"]],
    ]);
  });

  it("refuses a window no longer than the cycle", () => {
    expect(
      issuesOf({
        cycle: "quarter",
        series: [{ id: "q", window: "quarter", when: { grade: "fail" }, atLeast: 1 }],
      }),
    ).toEqual([["policy.series-window-too-short", ["series", 0, "window"]]]);
    // A half year holds two quarters: 2 is reachable, 3 is not.
    expect(
      issuesOf({
        cycle: "quarter",
        series: [{ id: "q", window: "half-year", when: { grade: "fail" }, atLeast: 3 }],
      }),
    ).toEqual([["policy.series-unreachable", ["series", 0, "atLeast"]]]);
  });

  it("checks schedules: milestone ids, windows that run forwards, day rules", () => {
    expect(
      issuesOf({
        schedule: {
          milestones: [
            { id: "collect", from: { day: 15 }, to: { day: 10 } },
            { id: "collect", to: { day: 32 } },
            { id: "pay", from: { day: "last", monthsAfter: 0 }, to: { day: 1 } },
            { id: "late", from: { day: 1, monthsAfter: 2 }, to: { day: 28, monthsAfter: 1 } },
            { id: "odd", to: { day: 20, shift: "nearest-working-day" } },
          ],
        },
      }),
    ).toEqual([
      ["policy.schedule-window-reversed", ["schedule", "milestones", 0, "from"]],
      ["schema.too-big", ["schedule", "milestones", 1, "to", "day"]],
      ["policy.schedule-window-reversed", ["schedule", "milestones", 3, "from"]],
      ["schema.invalid-value", ["schedule", "milestones", 4, "to", "shift"]],
    ]);
  });

  it("checks rewards: ids, a condition, known groups, rank conditions", () => {
    expect(
      issuesOf({
        ranking: { groups: [{ id: "branch" }] },
        rewards: [
          { id: "best", kind: "reward", rank: { top: 1 } },
          { id: "best", kind: "reward", rank: { top: 1, within: "department" } },
          { id: "everyone", kind: "reward" },
          { id: "worst", kind: "penalty", rank: { bottom: 0 } },
          { id: "flag", kind: "penalty", when: { grade: "awful" } },
          { id: "gift", kind: "bonus", when: { grade: "excellent" } },
        ],
      }),
    ).toEqual([
      ["policy.duplicate-reward", ["rewards", 1, "id"]],
      ["policy.unknown-group", ["rewards", 1, "rank", "within"]],
      ["policy.reward-without-condition", ["rewards", 2]],
      ["schema.too-small", ["rewards", 3, "rank", "bottom"]],
      ["policy.unknown-grade", ["rewards", 4, "when", "grade"]],
      ["schema.invalid-value", ["rewards", 5, "kind"]],
    ]);
  });

  it("words every new issue in English and Chinese", () => {
    const result = parsePolicy(
      p1Policy({ series: [{ id: "a", window: "year", when: { grade: "fail" }, atLeast: 13 }] }),
    );
    if (result.success) throw new Error("expected issues");
    const issue = result.issues[0];
    if (issue === undefined) throw new Error("expected an issue");
    expect(formatIssue(issue)).toBe(
      'series[0].atLeast: A year holds only 12 month periods, so "atLeast": 13 can never be reached.',
    );
    expect(formatIssue(issue, "zh-CN")).toBe(
      'series[0].atLeast: 一个年只有 12 个月考评周期，"atLeast": 13 永远无法达到。',
    );
  });

  it("describes the new fields in the JSON Schema", () => {
    const properties = (policyJsonSchema() as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining(["ranking", "series", "schedule", "rewards"]),
    );
  });
});
