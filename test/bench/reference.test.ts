import { describe, expect, it } from "vitest";
import { scoreRecord as centsScore, toStrings as centsStrings } from "../../bench/engines/js-cents.mjs";
import { scoreRecord as floatScore, toStrings as floatStrings } from "../../bench/engines/js-number.mjs";
import { canonicalDecimal, countMismatches } from "../../bench/lib/check.mjs";
import { type BenchRecord, generateRecords } from "../../bench/lib/generate.mjs";
import { rational, referenceOutcome, toFixedHalfUp } from "../../bench/lib/reference.mjs";

// The benchmark's own correctness: its exact reference (BigInt rationals) and its exact baseline
// (hand-written integer cents) against the worked examples of POLICIES.md, worked out by hand.
// Neither needs the peers in bench/node_modules.

const record = (fields: Partial<BenchRecord>): BenchRecord => ({
  subject: "Unit A",
  inspected: true,
  findings: 0,
  survey: ["very-satisfied"],
  valid_complaints: 0,
  major_complaints: 0,
  performance_base: "3000.00",
  ...fields,
});

const exact = {
  reference: (r: BenchRecord) => {
    const { total, grade, pay } = referenceOutcome(r);
    return { total, grade, pay };
  },
  "integer-cents baseline": (r: BenchRecord) => centsStrings(centsScore(r)),
};

describe.each(Object.entries(exact))("%s", (_name, score) => {
  it.each([
    // P1 worked examples: findings, survey tier, valid, major → total, grade; pay = 3000 × total / 100 (× 0.7 below 60).
    [
      "3, basically satisfied, 1, 0 → 47 + 16 + 24",
      record({ findings: 3, survey: ["basically-satisfied"], valid_complaints: 1 }),
      "87.00",
      "fail",
      "2610.00",
    ],
    ["0, very satisfied, 0, 0", record({}), "100.00", "excellent", "3000.00"],
    [
      "60, very dissatisfied, 0, 3 → 0 + 4 + 0 (both floors)",
      record({ findings: 60, survey: ["very-dissatisfied"], major_complaints: 3 }),
      "4.00",
      "fail",
      "84.00",
    ],
    [
      "5, very satisfied, 0, 0 (inclusive boundary)",
      record({ findings: 5 }),
      "95.00",
      "excellent",
      "2850.00",
    ],
  ])("P1: %s", (_case, input, total, grade, pay) => {
    expect(score(input)).toEqual({ total, grade, pay });
  });

  it.each([
    // P2 worked examples (base, score → pay), each score made from P1's components.
    ["3000.00 × 85 → 2550.00", record({ findings: 15 }), "85.00", "2550.00"], // 35 + 20 + 30
    [
      "3000.00 × 60 → 1800.00 (60 passes: nothing withheld)",
      record({ survey: ["very-dissatisfied"], valid_complaints: 4 }),
      "60.00",
      "1800.00",
    ], // 50 + 4 + 6
    [
      "3000.00 × 59.5 → 3000 × 0.595 × 0.7 = 1249.50",
      // 25 + mean(4,4,4,4,4,4,4,8) = 4.5 + 30
      record({ findings: 25, survey: [...Array(7).fill("very-dissatisfied"), "not-very-satisfied"] }),
      "59.50",
      "1249.50",
    ],
    [
      "3001.70 × 85 = 2551.445 → 2551.45 (half-up)",
      record({ findings: 15, performance_base: "3001.70" }),
      "85.00",
      "2551.45",
    ],
  ])("P2: %s", (_case, input, total, pay) => {
    expect(score(input)).toMatchObject({ total, pay });
  });

  it("no opinion: not inspected and no complaint (pay still follows the total)", () => {
    expect(score(record({ inspected: false }))).toEqual({
      total: "100.00",
      grade: "no-opinion",
      pay: "3000.00",
    });
    // A complaint is an opinion's reason even without an inspection: 50 + 20 + 24 = 94 → pass.
    expect(score(record({ inspected: false, valid_complaints: 1 }))).toEqual({
      total: "94.00",
      grade: "pass",
      pay: "2820.00",
    });
  });

  it("a mean of three answers: pay is exact although the total does not terminate", () => {
    // 48 + (16 + 16 + 20) / 3 + 30 = 286/3; 728.25 × 286 / 300 = 20,827,950 / 30,000 = 694.265 → 694.27
    const input = record({
      findings: 2,
      survey: ["basically-satisfied", "basically-satisfied", "very-satisfied"],
      performance_base: "728.25",
    });
    expect(score(input)).toEqual({ total: "95.33", grade: "excellent", pay: "694.27" });
  });
});

describe("the reference's rounding", () => {
  it("rounds half away from zero at the cent, and only there", () => {
    expect(toFixedHalfUp(rational(2551445n, 1000n), 2)).toBe("2551.45");
    expect(toFixedHalfUp(rational(2551444n, 1000n), 2)).toBe("2551.44");
    expect(toFixedHalfUp(rational(1n, 3n), 2)).toBe("0.33");
    expect(toFixedHalfUp(rational(-5n, 1000n), 2)).toBe("-0.01");
  });

  it("marks exact half-cent pays", () => {
    expect(referenceOutcome(record({ findings: 15, performance_base: "3001.70" })).payIsHalfCentTie).toBe(
      true,
    );
    expect(referenceOutcome(record({ findings: 15 })).payIsHalfCentTie).toBe(false);
  });
});

describe("the checker", () => {
  it("compares decimals whatever their trailing zeros", () => {
    expect(canonicalDecimal("87.00")).toBe("87");
    expect(canonicalDecimal("2551.450")).toBe("2551.45");
    expect(canonicalDecimal("100")).toBe("100");
    expect(canonicalDecimal("-0.00")).toBe("0");
  });

  it("counts the float peer's half-cent error as a pay mismatch", () => {
    const input = record({ findings: 15, performance_base: "3001.70" });
    const floats = floatStrings(floatScore(input));
    expect(floats.pay).toBe("2551.44"); // 3001.7 * 85 / 100 is 2551.4449999999997 in binary
    const want = referenceOutcome(input);
    const mismatches = countMismatches(
      [floats],
      { total: [want.total], grade: [want.grade], pay: [want.pay] },
      [input],
    );
    expect(mismatches).toMatchObject({ total: 0, grade: 0, pay: 1, records: 1 });
    expect(mismatches.examples[0]).toMatchObject({ field: "pay", expected: "2551.45", got: "2551.44" });
  });
});

describe("the generator", () => {
  it("makes the same records from the same seed, others from another", () => {
    expect(generateRecords(200, { seed: 7 })).toEqual(generateRecords(200, { seed: 7 }));
    expect(generateRecords(200, { seed: 8 })).not.toEqual(generateRecords(200, { seed: 7 }));
  });

  it("writes bases with exactly 2 decimals, within the bounds", () => {
    for (const r of generateRecords(2000, { seed: 3, minBase: 1, maxBase: 1e9 })) {
      expect(r.performance_base).toMatch(/^\d+\.\d\d$/);
      expect(Number(r.performance_base)).toBeGreaterThan(0);
      expect(Number(r.performance_base)).toBeLessThan(1e9 + 10);
    }
  });

  it("aims bases at half-cent ties", () => {
    // A tie needs a total the base can meet (an integer total divisible by 4 never gives one, e.g.).
    const share = (tieShare: number) =>
      generateRecords(2000, { seed: 5, tieShare }).filter((r) => referenceOutcome(r).payIsHalfCentTie)
        .length / 2000;
    expect(share(1)).toBeGreaterThan(0.5);
    expect(share(0)).toBeLessThan(0.1);
  });
});

describe("two exact implementations agree", () => {
  it("the reference and the integer-cents baseline, on generated records with bases up to 10^9", () => {
    const records = generateRecords(5000, { seed: 11, minBase: 1, maxBase: 1e9 });
    for (const r of records) {
      const { total, grade, pay } = referenceOutcome(r);
      expect(centsStrings(centsScore(r))).toEqual({ total, grade, pay });
    }
  });
});
