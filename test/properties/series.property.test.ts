import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appraiseScorecards, compile, type Scorecard } from "../../src/index";
import { cardOf, FAILING, NO_OPINION, PASSING, p1Policy, p1Row } from "../helpers/p1";

type Month = "fail" | "pass" | "none" | "missing";

// P1's year-end rule, and a consecutive twin: three failing months in a row.
const appraiser = compile(
  p1Policy({
    series: [
      { id: "year-end-eligibility", window: "year", when: { grade: "fail" }, atLeast: 2 },
      { id: "three-in-a-row", window: "year", when: { grade: "fail" }, atLeast: 3, consecutive: true },
    ],
  }),
);
const ID = (i: number) => `2026-${String(i + 1).padStart(2, "0")}`;
// One card per kind and month, scored once.
const KINDS = { fail: FAILING, pass: PASSING, none: NO_OPINION };
const CARDS = Object.fromEntries(
  (["fail", "pass", "none"] as const).map((kind) => [
    kind,
    Array.from({ length: 12 }, (_, i) =>
      cardOf(appraiser, p1Row({ subject: "U", period: ID(i), ...KINDS[kind] })),
    ),
  ]),
) as Record<Exclude<Month, "missing">, Scorecard[]>;

const yearOf = (months: readonly Month[]) =>
  months.flatMap((month, i) => (month === "missing" ? [] : [CARDS[month][i] as Scorecard]));
const outcomes = (months: readonly Month[]) => {
  const series = appraiseScorecards(appraiser, yearOf(months)).series;
  return {
    count: series.find((o) => o.rule === "year-end-eligibility"),
    run: series.find((o) => o.rule === "three-in-a-row"),
  };
};

const months = fc.array(fc.constantFrom<Month>("fail", "pass", "none", "missing"), {
  minLength: 12,
  maxLength: 12,
});
const RUNS = { numRuns: 200 };

/** The longest run of failing months, counted plainly. */
function longestRun(list: readonly Month[]): number {
  let best = 0;
  let run = 0;
  for (const month of list) {
    run = month === "fail" ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

describe("series properties over a year of months", () => {
  it("triggers exactly when 2 or more months fail (anywhere), naming the failing months", () => {
    fc.assert(
      fc.property(months, (list) => {
        if (list.every((m) => m === "missing")) return;
        const failing = list.flatMap((m, i) => (m === "fail" ? [ID(i)] : []));
        const { count } = outcomes(list);
        expect(count?.triggered).toBe(failing.length >= 2);
        expect(count?.periods).toEqual(failing);
        expect(count?.noOpinion).toEqual(list.flatMap((m, i) => (m === "none" ? [ID(i)] : [])));
        expect(count?.complete).toBe(!list.includes("missing"));
      }),
      RUNS,
    );
  });

  it("triggers a consecutive rule exactly when a run is long enough", () => {
    fc.assert(
      fc.property(months, (list) => {
        if (list.every((m) => m === "missing")) return;
        const { run } = outcomes(list);
        expect(run?.count).toBe(longestRun(list));
        expect(run?.triggered).toBe(longestRun(list) >= 3);
      }),
      RUNS,
    );
  });

  it("one more failing month never restores a lost eligibility (nor breaks a triggered run)", () => {
    fc.assert(
      fc.property(months, fc.integer({ min: 0, max: 11 }), (list, index) => {
        const worse = list.map((m, i) => (i === index ? "fail" : m));
        const before = outcomes(list);
        const after = outcomes(worse);
        if (before.count?.triggered) expect(after.count?.triggered).toBe(true);
        if (before.run?.triggered) expect(after.run?.triggered).toBe(true);
        for (const period of before.count?.periods ?? []) expect(after.count?.periods).toContain(period);
      }),
      RUNS,
    );
  });
});
