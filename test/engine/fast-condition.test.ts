import { describe, expect, it } from "vitest";
import type { LazyScorecard } from "../../src/engine/lazy-scorecard";
import { compile, type PolicyInput, type Scorecard } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

/** A policy of one count `n` (10 points less 1 per n) whose no-opinion rule is `condition`. */
function policyWith(condition: Record<string, unknown>): PolicyInput {
  return indicatorPolicy({
    maxScore: 10,
    inputs: { n: { type: "count" }, c: { type: "counts", keys: ["a", "b"] }, rate: { type: "decimal" } },
    components: [{ id: "d", kind: "deduction", max: 10, per: [{ input: "n", points: 1 }] }],
    grades: [{ id: "pass", min: 5 }, { id: "fail" }],
    noOpinion: condition,
  });
}

/** Whether the no-opinion rule holds for a record, and whether the card was scored in integers. */
function silent(condition: Record<string, unknown>, record: Record<string, unknown>) {
  const plain = { subject: "S", "c.a": 0, "c.b": 0, rate: "0" };
  const card = compile(policyWith(condition)).score({ ...plain, ...record }) as Scorecard;
  return { holds: card.status === "no-opinion", integers: (card as LazyScorecard).scoredInIntegers };
}

/** What each operator means, written out: the oracle. */
const MEANS = {
  eq: (a: number, b: number) => a === b,
  ne: (a: number, b: number) => a !== b,
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
};

describe("conditions scored in integers", () => {
  it("compare an input with its target by each operator, below, at and above it", () => {
    for (const [operator, means] of Object.entries(MEANS)) {
      for (const n of [4, 5, 6]) {
        expect(silent({ input: "n", [operator]: 5 }, { n })).toEqual({ holds: means(n, 5), integers: true });
      }
    }
  });

  it("compare a score with its target by each operator (the total is 10 − n)", () => {
    for (const [operator, means] of Object.entries(MEANS)) {
      for (const n of [4, 5, 6]) {
        const holds = means(10 - n, 5);
        expect(silent({ score: "total", [operator]: 5 }, { n })).toEqual({ holds, integers: true });
        expect(silent({ score: "d", [operator]: "5.0" }, { n })).toEqual({ holds, integers: true });
      }
    }
  });

  it("hold two bounds on the total at once (the total is 10 − n)", () => {
    // 3 ≤ total < 6 holds for n = 5, 6, 7 only.
    const held = [2, 3, 4, 5, 6, 7, 8].filter((n) => silent({ score: "total", gte: 3, lt: 6 }, { n }).holds);
    expect(held).toEqual([5, 6, 7]);
  });

  it("compare a sum of counts and a decimal at the policy's scale, and hold two tests at once", () => {
    expect(silent({ input: "c", eq: 5 }, { n: 0, "c.a": 2, "c.b": 3 })).toEqual({
      holds: true,
      integers: true,
    });
    expect(silent({ input: "c.b", eq: 5 }, { n: 0, "c.a": 2, "c.b": 3 })).toEqual({
      holds: false,
      integers: true,
    });
    // The policy's numbers have 2 places: so have the slots of a decimal.
    expect(silent({ input: "rate", gt: "2.55" }, { n: 0, rate: "2.56" })).toEqual({
      holds: true,
      integers: true,
    });
    expect(silent({ input: "rate", gt: "2.55" }, { n: 0, rate: "2.55" })).toEqual({
      holds: false,
      integers: true,
    });
    // 2.555 is finer than that: the record reader and the decimal path take it, and decide the same.
    expect(silent({ input: "rate", gt: "2.55" }, { n: 0, rate: "2.555" })).toEqual({
      holds: true,
      integers: false,
    });
    for (const n of [2, 3, 7, 8]) {
      expect(silent({ input: "n", gte: 3, lt: 8 }, { n }).holds).toBe(n >= 3 && n < 8);
    }
  });

  it("combine parts by all, any and not, whatever part decides first", () => {
    const yes = { input: "n", eq: 1 };
    const no = { input: "n", eq: 2 };
    const table: [Record<string, unknown>, boolean][] = [
      [{ all: [yes, yes] }, true],
      [{ all: [yes, no] }, false],
      [{ all: [no, yes] }, false],
      [{ any: [no, no] }, false],
      [{ any: [no, yes] }, true],
      [{ any: [yes, no] }, true],
      [{ not: yes }, false],
      [{ not: { any: [no, { not: yes }] } }, true],
    ];
    for (const [condition, holds] of table) {
      expect(silent(condition, { n: 1 })).toEqual({ holds, integers: true });
    }
  });

  it("leave an undecidable part to the decimal path, unless another part decides", () => {
    // Two counts of 2^53 − 1 add up past what a float holds exactly: undecidable in integers.
    const huge = { n: 1, "c.a": Number.MAX_SAFE_INTEGER, "c.b": Number.MAX_SAFE_INTEGER };
    const past = { input: "c", gt: 1 };
    expect(silent(past, huge)).toEqual({ holds: true, integers: false });
    expect(silent({ all: [{ input: "n", eq: 1 }, past] }, huge)).toEqual({ holds: true, integers: false });
    // Beside a part that fails, all fails whatever the other is (and any holds beside one that holds).
    expect(silent({ all: [{ input: "n", eq: 9 }, past] }, huge)).toEqual({ holds: false, integers: true });
    expect(silent({ any: [{ input: "n", eq: 1 }, past] }, huge)).toEqual({ holds: true, integers: true });
  });
});
