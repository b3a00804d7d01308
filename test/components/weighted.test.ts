import { describe, expect, test } from "vitest";
import { compile, Decimal, explain, type PolicyInput, parsePolicy, sentence } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

const inputs = {
  a: { type: "decimal", name: { en: "quality", "zh-CN": "质量" } },
  b: { type: "decimal" },
  c: { type: "decimal", required: false },
};
const given = (id: string, input: string, max: number) => ({ id, kind: "given", max, input });

function sheet(noData: "redistribute" | "zero", weights = [50, 30, 20]): PolicyInput {
  return indicatorPolicy({
    inputs,
    components: [
      {
        id: "kpi",
        kind: "weighted",
        max: 100,
        noData,
        parts: [
          {
            weight: weights[0],
            component: { ...given("quality", "a", 10), name: { en: "Quality", "zh-CN": "质量" } },
          },
          { weight: weights[1], component: given("speed", "b", 100) },
          { weight: weights[2], component: given("support", "c", 5) },
        ],
      },
    ],
  });
}

const score = (policy: PolicyInput, record: Record<string, unknown>) => {
  const card = compile(policy).score({ subject: "Unit", ...record });
  if (card.status === "rejected") throw new Error(card.issues[0]?.message);
  return card;
};

describe("weighted", () => {
  test("each part counts by its weight: 8/10 × 50% + 60/100 × 30% + 4/5 × 20% = 40 + 18 + 16 = 74", () => {
    const card = score(sheet("redistribute"), { a: 8, b: 60, c: 4 });
    expect(card.total.toString()).toBe("74");
    expect(card.components[0]?.trace.map((step) => step.delta.toString())).toEqual(["40", "18", "16"]);
  });

  test("redistribute: a part without data gives its weight to the others in proportion (58 / 80 → 72.5)", () => {
    const card = score(sheet("redistribute"), { a: 8, b: 60 });
    expect(card.total.toString()).toBe("72.5");
    const [quality, speed, support] = card.components[0]?.trace ?? [];
    expect(quality?.values).toMatchObject({ weight: "50", share: "62.5" });
    expect(quality?.delta.toString()).toBe("50");
    expect(speed?.values).toMatchObject({ weight: "30", share: "37.5" });
    expect(speed?.delta.toString()).toBe("22.5");
    expect(support).toMatchObject({
      code: "weighted.no-data",
      values: { rule: "redistribute", weight: "20" },
    });
  });

  test("zero: a part without data scores 0 of its weight (40 + 18 = 58)", () => {
    expect(score(sheet("zero"), { a: 8, b: 60 }).total.toString()).toBe("58");
  });

  test("a sheet with no data in any part has no data itself", () => {
    const appraiser = compile(
      indicatorPolicy({
        inputs: { c: inputs.c },
        components: [
          {
            id: "kpi",
            kind: "weighted",
            max: 100,
            noData: "zero",
            parts: [{ weight: 100, component: given("x", "c", 5) }],
          },
        ],
      }),
    );
    const card = appraiser.score({ subject: "Unit" });
    expect(card.status !== "rejected" && card.components[0]).toMatchObject({ noData: true, trace: [] });
  });

  test("the trace of a part carries the part's own steps, and explain indents them", () => {
    const card = score(sheet("redistribute"), { a: 8, b: 60 });
    const [quality] = card.components[0]?.trace ?? [];
    expect(quality?.code === "weighted.part" && quality.values.steps).toEqual([
      expect.objectContaining({ code: "given.score", delta: new Decimal(8) }),
    ]);
    expect(quality && sentence(quality, "en")).toBe(
      "Quality: 8 of 10, weighted 62.5% (its 50% plus a share of the weight of parts without data)",
    );
    expect(quality && sentence(quality, "zh-CN")).toBe(
      "质量：8 分（满分 10 分），权重 62.5%（原权重 50%，另分得无数据部分的权重）",
    );
    const text = explain(card);
    expect(text).toContain("  +50 Quality: 8 of 10, weighted 62.5%");
    expect(text).toContain("      +8 quality: 8 of 10, as given");
    expect(text).toContain("  +0 support has no data: its 20% weight is spread over the other parts");
  });

  test("full marks on every part with data is full marks, whatever shares the weights leave (rounded once)", () => {
    // 100 × 33.33 / 66.67 = 49.99250037498125093745|313… and 100 × 33.34 / 66.67 = 50.00749962501874906254|687…
    // (| marks the 20th place). Cut down, they miss one unit of the 20th place; the larger remainder gets it.
    const card = score(sheet("redistribute", [33.33, 33.34, 33.33]), { a: 10, b: 100 });
    expect(card.total.toString()).toBe("100");
    const deltas = card.components[0]?.trace.map((step) => step.delta.toString());
    expect(deltas).toEqual(["49.99250037498125093745", "50.00749962501874906255", "0"]);
  });

  test("parts may be weighted sheets themselves", () => {
    const policy = indicatorPolicy({
      inputs,
      components: [
        {
          id: "outer",
          kind: "weighted",
          max: 100,
          noData: "redistribute",
          parts: [
            {
              weight: 40,
              component: {
                id: "inner",
                kind: "weighted",
                max: 10,
                noData: "zero",
                parts: [
                  { weight: 50, component: given("quality", "a", 10) },
                  { weight: 50, component: given("speed", "b", 100) },
                ],
              },
            },
            { weight: 60, component: given("support", "c", 5) },
          ],
        },
      ],
    });
    // Inner: 10 × (0.5 × 8/10 + 0.5 × 60/100) = 7 of 10; outer: 100 × (0.4 × 7/10 + 0.6 × 5/5) = 88.
    expect(score(policy, { a: 8, b: 60, c: 5 }).total.toString()).toBe("88");
  });

  test("weights that do not add up to 100% and duplicate part ids are issues", () => {
    const result = parsePolicy(sheet("zero", [50, 30, 10]));
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.weights-sum", "components.0.parts"],
    ]);
    expect(!result.success && result.issues[0]?.message).toBe(
      "The parts' weights add up to 90%, but they must add up to 100%.",
    );
    const duplicate = sheet("zero") as { components: { parts: { component: { id: string } }[] }[] };
    (duplicate.components[0]?.parts[2]?.component as { id: string }).id = "quality";
    const issues = parsePolicy(duplicate);
    expect(!issues.success && issues.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.duplicate-component", "components.0.parts.2.component.id"],
    ]);
  });

  test("a part with a maximum of 0 is an issue (it is counted as its score over its max)", () => {
    const policy = sheet("zero") as { components: { parts: { component: { max: number } }[] }[] };
    (policy.components[0]?.parts[2]?.component as { max: number }).max = 0;
    const result = parsePolicy(policy);
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["schema.too-small", "components.0.parts.2.component.max"],
    ]);
  });

  test("a part's own checks run where it stands", () => {
    const policy = sheet("zero") as { components: { parts: { component: { input: string } }[] }[] };
    (policy.components[0]?.parts[1]?.component as { input: string }).input = "nowhere";
    const result = parsePolicy(policy);
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.unknown-input", "components.0.parts.1.component.input"],
    ]);
  });

  test("a part's record checks reject the record (a given score above its part's max)", () => {
    const card = compile(sheet("zero")).score({ subject: "Unit", a: 11, b: 60, c: 4 });
    expect(card.status === "rejected" && card.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["record.out-of-range", ["a"]],
    ]);
  });

  test("the noData rule is required: the policy says what a part without data does", () => {
    const policy = sheet("zero") as { components: Record<string, unknown>[] };
    delete (policy.components[0] as Record<string, unknown>).noData;
    const result = parsePolicy(policy);
    expect(!result.success && result.issues[0]?.path).toEqual(["components", 0, "noData"]);
  });
});
