import { describe, expect, it } from "vitest";
import { PolicyError, trends } from "../../src/index";
import { cardOf, FAILING, NO_OPINION, p1Appraiser, p1Row } from "../helpers/p1";

const appraiser = p1Appraiser;
// Totals by hand: 2025-11: 20 findings → 30 + 20 + 30 = 80; 2026-10: 8 findings → 42 + 20 + 30 = 92;
// 2026-11: failing month → 87 (1 valid complaint); 2026-12: no opinion; 2027-01: 100.
const cards = [
  cardOf(appraiser, p1Row({ subject: "U", period: "2025-11", findings: "20" })),
  cardOf(appraiser, p1Row({ subject: "U", period: "2026-10", findings: "8" })),
  cardOf(appraiser, p1Row({ subject: "U", period: "2026-11", ...FAILING })),
  cardOf(appraiser, p1Row({ subject: "U", period: "2026-12", ...NO_OPINION })),
  cardOf(appraiser, p1Row({ subject: "U", period: "2027-01" })),
];
const text = (value: { toString(): string } | undefined) => value?.toString();

describe("trends", () => {
  it("compares with the previous period and the same period a year before", () => {
    const november = trends(appraiser, cards, { indicators: [{ score: "total" }] }).find(
      (p) => p.period === "2026-11",
    );
    expect(text(november?.value)).toBe("87");
    expect(november?.previous?.period).toBe("2026-10");
    expect(text(november?.previous?.change)).toBe("-5");
    // −5 × 100 / 92 = −5.434782608695652173913…, kept to 20 places.
    expect(text(november?.previous?.percent)).toBe("-5.43478260869565217391");
    expect(november?.yearAgo?.period).toBe("2025-11");
    expect(text(november?.yearAgo?.change)).toBe("7");
    expect(text(november?.yearAgo?.percent)).toBe("8.75");
  });

  it("has no value without an opinion, and compares only with graded periods", () => {
    const points = trends(appraiser, cards, { indicators: [{ score: "total" }] });
    expect(points.map((p) => p.period)).toEqual(["2025-11", "2026-10", "2026-11", "2027-01"]);
    const january = points.find((p) => p.period === "2027-01");
    expect(january?.previous).toBeUndefined(); // December had no opinion
    expect(january?.yearAgo).toBeUndefined(); // no record for 2026-01
  });

  it("follows components by default and inputs when asked; no percentage from 0", () => {
    const all = trends(appraiser, cards);
    expect([...new Set(all.map((p) => p.indicator))]).toEqual(["total", "standards", "survey", "complaints"]);
    const valid = trends(appraiser, cards, { indicators: [{ input: "complaints.valid" }] }).find(
      (p) => p.period === "2026-11",
    );
    expect(text(valid?.value)).toBe("1");
    expect(text(valid?.previous?.change)).toBe("1");
    expect(valid?.previous?.percent).toBeUndefined();
  });

  it("throws a PolicyError naming an indicator the policy does not have", () => {
    try {
      trends(appraiser, cards, { indicators: [{ score: "total" }, { input: "complaints.severe" }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).issues.map((i) => [i.code, i.path])).toEqual([
        ["policy.unknown-input", ["indicators", 1, "input"]],
      ]);
    }
  });
});
