import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compile, type PolicyInput } from "../../src/index";
import { cmp, fixed, parseRational, rational, roundRational } from "../helpers/rational";

function policy(extra: { inputs: Record<string, unknown>; measures: Record<string, unknown> }): PolicyInput {
  return {
    id: "m",
    version: "1",
    name: { en: "m", "zh-CN": "m" },
    cycle: "month",
    maxScore: 1,
    inputs: { ...extra.inputs, points: { type: "decimal" } },
    measures: extra.measures,
    components: [{ id: "p", kind: "given", max: 1, input: "points" }],
    grades: [{ id: "any" }],
  } as PolicyInput;
}

const rates = compile(
  policy({
    inputs: { done: { type: "count" }, due: { type: "count" } },
    measures: { share: { kind: "rate", numerator: "done", denominator: "due" } },
  }),
);

const survey = compile(
  policy({
    inputs: {
      answers: { type: "scores", required: false, scale: { min: 0, max: 10 }, flags: ["malicious"] },
    },
    measures: {
      nps: { kind: "nps", input: "answers", minResponses: 3 },
      csat: { kind: "csat", input: "answers" },
      mean: { kind: "csat", input: "answers", method: "mean" },
    },
  }),
);

const measureOf = (card: ReturnType<typeof rates.score>, id: string) => {
  if (card.status === "rejected") throw new Error(card.issues[0]?.message);
  return card.measures?.find((m) => m.id === id);
};

const answer = fc.record({ score: fc.integer({ min: 0, max: 10 }), flagged: fc.boolean() });

describe("measures (property)", () => {
  test.prop(
    [
      fc
        .integer({ min: 0, max: 10 ** 9 })
        .chain((due) => fc.tuple(fc.integer({ min: 0, max: due }), fc.constant(due))),
    ],
    {
      numRuns: 300,
    },
  )("a rate lies in [0, 1] and is done / due to 20 places; 0 due is no data", ([done, due]) => {
    const result = measureOf(rates.score({ subject: "s", done, due, points: 1 }), "share");
    if (due === 0) {
      expect(result?.value).toBeUndefined();
      expect(result?.noData).toBe("zero-denominator");
      return;
    }
    const value = parseRational(result?.value?.toString() ?? "x");
    expect(cmp(value, rational(0n))).toBeGreaterThanOrEqual(0);
    expect(cmp(value, rational(1n))).toBeLessThanOrEqual(0);
    const expected = roundRational(rational(BigInt(done), BigInt(due)), 20, "half-up");
    expect(cmp(value, parseRational(fixed(expected, 20)))).toBe(0);
  });

  test.prop([fc.array(answer, { maxLength: 60 })], { numRuns: 300 })(
    "NPS lies in [−100, 100] and is %promoters − %detractors of the answers not flagged",
    (answers) => {
      const cell = answers.map((a) => `${a.score}${a.flagged ? "!malicious" : ""}`).join(";");
      const card = survey.score({ subject: "s", answers: cell, points: 1 });
      const nps = measureOf(card, "nps");
      const counted = answers.filter((a) => !a.flagged);
      if (counted.length < 3) {
        expect(nps?.value).toBeUndefined();
        expect(nps?.noData).toBe("too-few-responses");
        return;
      }
      const promoters = counted.filter((a) => a.score >= 9).length;
      const detractors = counted.filter((a) => a.score <= 6).length;
      const exact = rational(BigInt((promoters - detractors) * 100), BigInt(counted.length));
      const value = parseRational(nps?.value?.toString() ?? "x");
      expect(cmp(value, rational(-100n))).toBeGreaterThanOrEqual(0);
      expect(cmp(value, rational(100n))).toBeLessThanOrEqual(0);
      expect(cmp(value, parseRational(fixed(roundRational(exact, 20, "half-up"), 20)))).toBe(0);
      if (nps?.kind === "nps") expect(nps.stats.excluded).toBe(answers.length - counted.length);
    },
  );

  test.prop([fc.array(answer, { minLength: 1, maxLength: 60 })], { numRuns: 200 })(
    "CSAT top-2-box lies in [0, 1]; the mean lies on the scale",
    (answers) => {
      const cell = answers.map((a) => `${a.score}${a.flagged ? "!malicious" : ""}`).join(";");
      const card = survey.score({ subject: "s", answers: cell, points: 1 });
      const counted = answers.filter((a) => !a.flagged);
      const csat = measureOf(card, "csat");
      const mean = measureOf(card, "mean");
      if (counted.length === 0) {
        expect(csat?.value).toBeUndefined();
        return;
      }
      const top = counted.filter((a) => a.score >= 9).length;
      expect(
        cmp(
          parseRational(csat?.value?.toString() ?? "x"),
          parseRational(
            fixed(roundRational(rational(BigInt(top), BigInt(counted.length)), 20, "half-up"), 20),
          ),
        ),
      ).toBe(0);
      const m = parseRational(mean?.value?.toString() ?? "x");
      expect(cmp(m, rational(0n))).toBeGreaterThanOrEqual(0);
      expect(cmp(m, rational(10n))).toBeLessThanOrEqual(0);
    },
  );
});
