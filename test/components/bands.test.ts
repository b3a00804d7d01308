import { describe, expect, test } from "vitest";
import { compile, explain, parsePolicy, sentence } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

// Complaint rate in %: up to 1 inclusive → 30, above 1 up to 3 exclusive → 20, 3 to 5 inclusive → 10.
const bandsComponent = {
  id: "complaints",
  kind: "bands",
  name: { en: "Complaints", "zh-CN": "投诉" },
  max: 30,
  input: "rate",
  bands: [
    { lte: 1, points: 30, name: { en: "good", "zh-CN": "良好" } },
    { gt: 1, lt: 3, points: 20 },
    { gte: 3, lte: 5, points: 10 },
  ],
};
const policy = indicatorPolicy({
  maxScore: 30,
  inputs: { rate: { type: "decimal", name: { en: "complaint rate", "zh-CN": "投诉率" } } },
  components: [bandsComponent],
});
const appraiser = compile(policy);
const scoreOf = (rate: string) => {
  const card = appraiser.score({ subject: "Unit", rate });
  if (card.status === "rejected") throw new Error(card.issues[0]?.message);
  return card;
};

describe("bands", () => {
  test.each([
    ["0", "30"],
    ["1", "30"], // lte: the bound itself is in the band
    ["1.0001", "20"], // gt: just above it
    ["2.9999", "20"],
    ["3", "10"], // lt 3 excludes it, gte 3 takes it
    ["5", "10"],
    ["5.01", "0"], // in no band: otherwise, 0 by default
  ])("a rate of %s gives %s points", (rate, points) => {
    expect(scoreOf(rate).total.toString()).toBe(points);
  });

  test("the trace names the band and its bounds; a value in no band says so", () => {
    const [step] = scoreOf("1").components[0]?.trace ?? [];
    expect(step).toMatchObject({ code: "bands.band", values: { value: "1", range: "x ≤ 1", points: "30" } });
    expect(step && sentence(step, "en")).toBe("complaint rate is 1, in the band x ≤ 1 (good): 30 points");
    expect(step && sentence(step, "zh-CN")).toBe("投诉率为 1，落在 x ≤ 1 一档（良好）：30 分");
    const [middle] = scoreOf("2").components[0]?.trace ?? [];
    expect(middle?.values).toMatchObject({ range: "1 < x < 3" });
    const [none] = scoreOf("7").components[0]?.trace ?? [];
    expect(none).toMatchObject({ code: "bands.otherwise", values: { value: "7", points: "0" } });
    expect(explain(scoreOf("7"))).toContain("+0 complaint rate is 7, in no band: 0 points");
  });

  test("otherwise gives its points to a value in no band", () => {
    const custom = compile(indicatorPolicy({ ...policy, components: [{ ...bandsComponent, otherwise: 5 }] }));
    const card = custom.score({ subject: "Unit", rate: "9" });
    expect(card.status !== "rejected" && card.total.toString()).toBe("5");
  });

  test("bands that overlap, a band that holds nothing, two lower bounds, points above the maximum", () => {
    const result = parsePolicy(
      indicatorPolicy({
        ...policy,
        components: [
          {
            ...bandsComponent,
            bands: [
              { lte: 1, points: 30 },
              { gte: 1, lt: 3, points: 20 }, // shares 1 with the first band
              { gt: 5, lt: 5, points: 10 }, // holds nothing
              { gt: 6, gte: 6, points: 10 }, // two lower bounds
              { gt: 10, points: 31 }, // above max
            ],
            otherwise: 40,
          },
        ],
      }),
    );
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.bands-overlap", "components.0.bands.1"],
      ["policy.band-empty", "components.0.bands.2"],
      ["policy.band-bounds", "components.0.bands.3"],
      ["policy.points-above-max", "components.0.bands.4.points"],
      ["policy.points-above-max", "components.0.otherwise"],
    ]);
  });

  test("bands meeting at a bound, one side exclusive, do not overlap", () => {
    const result = parsePolicy(
      indicatorPolicy({
        ...policy,
        components: [
          {
            ...bandsComponent,
            bands: [
              { lt: 1, points: 30 },
              { gte: 1, points: 20 },
            ],
          },
        ],
      }),
    );
    expect(result.success).toBe(true);
  });

  test("exactly one of input and measure", () => {
    const result = parsePolicy(
      indicatorPolicy({ ...policy, components: [{ ...bandsComponent, input: undefined }] }),
    );
    expect(!result.success && result.issues[0]).toMatchObject({
      code: "policy.exactly-one",
      path: ["components", 0],
      values: { fields: ["input", "measure"], count: 0 },
    });
  });
});
