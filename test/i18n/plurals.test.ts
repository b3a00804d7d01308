import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal";
import { sentence } from "../../src/engine/explain";
import type { TraceStep } from "../../src/engine/trace";
import { en } from "../../src/i18n/en";
import { formatIssue, makeIssue } from "../../src/issues/issue";

/** An NPS step of a component reading "recommend" (named "likely to recommend"). */
const nps = (promoters: number, detractors: number, counted: number, value: string): TraceStep => ({
  code: "measure.nps",
  component: "c",
  input: "recommend",
  inputName: { en: "likely to recommend" },
  delta: new Decimal(0),
  values: { counted, excluded: 0, promoters, detractors, value },
});

describe("English counts agree with their nouns", () => {
  it("NPS: 1 promoter, 1 detractor; 0 and 2 take the plural", () => {
    // 3 answers 10, 7, 0: one promoter, one detractor → (1 − 1) × 100 / 3 = 0.
    expect(sentence(nps(1, 1, 3, "0"), "en")).toBe(
      "likely to recommend: (1 promoter − 1 detractor) × 100 / 3 counted = 0",
    );
    // 2 answers 9, 10: (2 − 0) × 100 / 2 = 100.
    expect(sentence(nps(2, 0, 2, "100"), "en")).toBe(
      "likely to recommend: (2 promoters − 0 detractors) × 100 / 2 counted = 100",
    );
  });

  it("a series rule of at least 1 period: 1 triggers, 2 trigger", () => {
    const verdict = { triggered: true, count: 1, consecutive: false, periods: ["2026-03"], complete: true };
    expect(en.series.verdict({ ...verdict, atLeast: 1 })).toBe(
      "Triggered: 1 period met the condition (2026-03); 1 triggers the rule.",
    );
    expect(en.series.verdict({ ...verdict, count: 2, periods: ["2026-03", "2026-04"], atLeast: 2 })).toBe(
      "Triggered: 2 periods met the condition (2026-03, 2026-04); 2 trigger the rule.",
    );
  });

  it("a window holding 1 period says so in the singular", () => {
    const issue = makeIssue("policy.series-unreachable", [], {
      atLeast: 2,
      periods: 1,
      window: "year",
      cycle: "year",
    });
    expect(formatIssue(issue, "en")).toBe(
      'A year holds only 1 year period, so "atLeast": 2 can never be reached.',
    );
  });
});
