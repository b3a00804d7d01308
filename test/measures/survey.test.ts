import { describe, expect, test } from "vitest";
import { compile, explain, parsePolicy, sentence } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

const policy = indicatorPolicy({
  inputs: {
    survey: {
      type: "scores",
      name: { en: "survey answers", "zh-CN": "问卷答案" },
      scale: { min: 1, max: 5 },
      flags: ["malicious", "untrue"],
    },
    recommend: { type: "scores", required: false, scale: { min: 0, max: 10 }, flags: ["malicious"] },
  },
  measures: {
    csat: { kind: "csat", name: { en: "CSAT", "zh-CN": "满意度" }, input: "survey", minResponses: 3 },
    "top-box": { kind: "csat", input: "survey", method: "top-box" },
    mean: { kind: "csat", input: "survey", method: "mean" },
    "keep-untrue": { kind: "csat", input: "survey", exclude: ["malicious"] },
    nps: { kind: "nps", input: "recommend", minResponses: 5 },
  },
  components: [{ id: "satisfaction", kind: "linear", max: 100, measure: "csat", target: 1, floor: 0 }],
});
const appraiser = compile(policy);

function measures(record: Record<string, unknown>) {
  const card = appraiser.score({ subject: "Unit", ...record });
  if (card.status === "rejected") throw new Error(card.issues.map((issue) => issue.message).join("; "));
  return { card, of: (id: string) => card.measures?.find((m) => m.id === id) };
}

describe("CSAT", () => {
  // Answers 5, 4, 4, 3, 1, and a 1 flagged malicious, a 2 flagged untrue.
  const answers = "5;4;4;3;1;1!malicious;2!untrue";

  test("top-2-box: the share of counted answers scoring 4 or 5 (3 of 5 = 0.6), flagged ones left out", () => {
    const csat = measures({ survey: answers }).of("csat");
    expect(csat?.value?.toString()).toBe("0.6");
    expect(csat?.kind === "csat" && csat.inBox).toBe(3);
  });

  test("top-box counts only the highest point (1 of 5 = 0.2)", () => {
    expect(measures({ survey: answers }).of("top-box")?.value?.toString()).toBe("0.2");
  });

  test("mean: (5 + 4 + 4 + 3 + 1) / 5 = 3.4", () => {
    expect(measures({ survey: answers }).of("mean")?.value?.toString()).toBe("3.4");
  });

  test("a measure may exclude only some flags: keeping the untrue 2, 3 of 6 = 0.5", () => {
    expect(measures({ survey: answers }).of("keep-untrue")?.value?.toString()).toBe("0.5");
  });

  test("per-question statistics: responses, exclusions by flag, mean, distribution over the scale", () => {
    const csat = measures({ survey: answers }).of("csat");
    if (csat?.kind !== "csat") throw new Error("not csat");
    expect(JSON.parse(JSON.stringify(csat.stats))).toEqual({
      responses: 7,
      excluded: 2,
      excludedByFlag: { malicious: 1, untrue: 1 },
      counted: 5,
      mean: "3.4",
      distribution: [
        { score: "1", count: 1 },
        { score: "2", count: 0 },
        { score: "3", count: 1 },
        { score: "4", count: 2 },
        { score: "5", count: 1 },
      ],
    });
  });

  test("fewer counted answers than minResponses is no data; flagged answers do not count towards it", () => {
    const { card, of } = measures({ survey: "5;5;1!malicious;1!untrue" });
    expect(of("csat")).toMatchObject({ noData: "too-few-responses" });
    expect(of("csat")?.value).toBeUndefined();
    expect(card.components[0]?.noData).toBe(true);
  });

  test("the exclusions are counted in the trace, in English and Chinese", () => {
    const { card } = measures({ survey: answers });
    const step = card.components[0]?.trace[0];
    expect(step).toMatchObject({
      code: "measure.csat",
      input: "csat",
      values: { counted: 5, excluded: 2, inBox: 3 },
    });
    expect(step?.delta.isZero()).toBe(true);
    if (step === undefined) return;
    expect(sentence(step, "en")).toBe(
      "CSAT: 3 of 5 counted answers in the top 2 boxes = 0.6 (2 flagged answers left out)",
    );
    expect(sentence(step, "zh-CN")).toBe(
      "满意度：5 份有效答案中 3 份为最高两档 = 0.6（已剔除 2 份标记的答案）",
    );
    expect(explain(card)).toContain("  = CSAT: 3 of 5 counted answers");
  });
});

describe("NPS", () => {
  test("% promoters (9–10) − % detractors (0–6): 10, 9, 9, 8, 7, 6, 3, 0 → (3 − 3) / 8 = 0", () => {
    const nps = measures({ survey: "5", recommend: "10;9;9;8;7;6;3;0" }).of("nps");
    expect(nps?.value?.toString()).toBe("0");
    expect(nps).toMatchObject({ promoters: 3, passives: 2, detractors: 3 });
  });

  test("all promoters is 100, all detractors −100; a flagged answer is left out", () => {
    expect(measures({ survey: "5", recommend: "9;10;9;10;9;0!malicious" }).of("nps")?.value?.toString()).toBe(
      "100",
    );
    expect(measures({ survey: "5", recommend: "0;1;2;3;6" }).of("nps")?.value?.toString()).toBe("-100");
  });

  test("7 promoters and 2 detractors of 12: (7 − 2) × 100 / 12 = 41.666…", () => {
    const nps = measures({ survey: "5", recommend: "9;9;9;9;9;10;10;7;8;8;5;6" }).of("nps");
    expect(nps?.value?.toString()).toBe("41.66666666666666666667");
  });

  test("an optional question left empty has no answers: no data", () => {
    expect(measures({ survey: "5" }).of("nps")).toMatchObject({ noData: "too-few-responses" });
  });

  test("NPS needs a 0–10 question in whole numbers", () => {
    const result = parsePolicy(
      indicatorPolicy({
        ...policy,
        measures: { csat: { kind: "csat", input: "survey" }, nps: { kind: "nps", input: "survey" } },
      }),
    );
    expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.nps-scale", "measures.nps.input"],
    ]);
  });
});

describe("reading survey answers", () => {
  test("a cell separates answers with ; or ；, flags follow !, spaces and case do not matter", () => {
    const csat = measures({ survey: " 5 ；4 ! Malicious; 4 " }).of("mean");
    expect(csat?.kind === "csat" && csat.stats).toMatchObject({ responses: 3, excluded: 1, counted: 2 });
  });

  test("JSON may give numbers, strings or { score, flag } objects", () => {
    const csat = measures({ survey: [5, "4", { score: 1, flag: "untrue" }] }).of("mean");
    expect(csat?.value?.toString()).toBe("4.5");
  });

  test("an answer off the scale, off its steps, or not a number rejects the record with the field", () => {
    for (const bad of ["6", "0", "4.5", "abc"]) {
      const card = appraiser.score({ subject: "Unit", survey: `5;${bad}` });
      expect(card.status === "rejected" && card.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["record.invalid-answer", ["survey"]],
      ]);
    }
  });

  test("a flag the input does not declare rejects the record", () => {
    const card = appraiser.score({ subject: "Unit", survey: "5;1!spam" });
    expect(card.status === "rejected" && card.issues[0]).toMatchObject({
      code: "record.unknown-flag",
      path: ["survey"],
      values: { flag: "spam", known: ["malicious", "untrue"] },
    });
  });

  test("a required question left empty is a missing value", () => {
    const card = appraiser.score({ subject: "Unit", survey: "" });
    expect(card.status === "rejected" && card.issues[0]?.code).toBe("record.missing-value");
  });
});

describe("policy checks of surveys", () => {
  test("a measure excluding a flag the input does not declare", () => {
    const result = parsePolicy(
      indicatorPolicy({
        ...policy,
        measures: { csat: { kind: "csat", input: "survey", exclude: ["spam"] } },
      }),
    );
    expect(!result.success && result.issues[0]).toMatchObject({
      code: "policy.unknown-flag",
      path: ["measures", "csat", "exclude", 0],
    });
  });

  test("a scale whose lowest answer is not below its highest, or whose step does not divide it", () => {
    for (const scale of [
      { min: 5, max: 1 },
      { min: 1, max: 5, step: 3 },
    ]) {
      const result = parsePolicy(
        indicatorPolicy({
          inputs: { survey: { type: "scores", scale } },
          measures: { csat: { kind: "csat", input: "survey" } },
          components: [{ id: "c", kind: "linear", max: 100, measure: "csat", target: 1, floor: 0 }],
        }),
      );
      expect(!result.success && result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
        ["policy.scale-invalid", "inputs.survey.scale"],
      ]);
    }
  });

  test("a survey measure must read a scores input", () => {
    const result = parsePolicy(
      indicatorPolicy({
        inputs: { n: { type: "count" } },
        measures: { csat: { kind: "csat", input: "n" } },
        components: [{ id: "c", kind: "linear", max: 100, measure: "csat", target: 1, floor: 0 }],
      }),
    );
    expect(!result.success && result.issues[0]).toMatchObject({
      code: "policy.input-type-mismatch",
      path: ["measures", "csat", "input"],
    });
  });
});
