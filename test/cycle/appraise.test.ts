import { describe, expect, it } from "vitest";
import { appraise, compile, getPreset, gradeDistribution, scorecardToJson } from "../../src/index";
import { cardOf, FAILING, NO_OPINION, p1Appraiser, p1Policy, p1Row } from "../helpers/p1";

describe("appraise: score, rank each period, reward, apply series", () => {
  it("ranks every period on its own", () => {
    // March: X 98 (2 findings), Y 100. April: X 100, Y 87 (fails).
    const { results } = appraise(p1Appraiser, [
      p1Row({ subject: "X", period: "2026-03", findings: "2" }),
      p1Row({ subject: "Y", period: "2026-03" }),
      p1Row({ subject: "X", period: "2026-04" }),
      p1Row({ subject: "Y", period: "2026-04", ...FAILING }),
    ]);
    expect(results.map((card) => [card.subject, card.period, card.total.toString(), card.rank])).toEqual([
      ["X", "2026-03", "98", 2],
      ["Y", "2026-03", "100", 1],
      ["X", "2026-04", "100", 1],
      ["Y", "2026-04", "87", 2],
    ]);
  });

  it("rejects every record of a subject that has several for one period, keeping the rest", () => {
    const { results, rejected } = appraise(p1Appraiser, [
      p1Row({ subject: "X", period: "2026-03" }),
      { subject: "Bad", period: "2026-03", inspected: "maybe" },
      p1Row({ subject: "Y", period: "2026-03" }),
      p1Row({ subject: "X", period: "2026-03", findings: "4" }),
    ]);
    expect(results.map((card) => card.subject)).toEqual(["Y"]);
    expect(results[0]?.rank).toBe(1);
    expect(rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([
      [0, "record.duplicate-subject"],
      [1, "record.not-a-boolean"],
      [3, "record.duplicate-subject"],
    ]);
    expect(rejected[0]?.issues[0]?.values).toEqual({ subject: "X", period: "2026-03", count: 2 });
    expect(rejected[0]?.issues[0]?.message).toBe(
      '"X" has 2 records for 2026-03: keep one (none of them is scored).',
    );
  });

  it("rejects duplicates for a policy that neither ranks nor has series (performance-pay): nobody is paid twice", () => {
    const pay = compile(getPreset("performance-pay")!);
    const records = [
      { subject: "Li Lei", period: "2026-03", score: "85", performance_base: "3001.70" },
      { subject: "Han Meimei", period: "2026-03", score: "60", performance_base: "3000.00" },
      { subject: "Li Lei", period: "2026年3月", score: "40", performance_base: "3001.70" },
    ];
    const { results, rejected } = appraise(pay, records);
    // Han Meimei by hand: 3000.00 × 60 / 100 = 1800.00.
    expect(results.map((card) => [card.subject, card.pay])).toEqual([["Han Meimei", "1800.00"]]);
    expect(rejected.map((r) => [r.index, r.subject, r.issues[0]?.code])).toEqual([
      [0, "Li Lei", "record.duplicate-subject"],
      [2, "Li Lei", "record.duplicate-subject"],
    ]);
    // scoreAll stays per record (its documented contract): both of Li Lei's records are scored.
    expect(pay.scoreAll(records).results.map((card) => card.pay)).toEqual(["2551.45", "1800.00", "840.48"]);
  });

  it("normalizes the period a record gives, and rejects one that is not a period", () => {
    const { results, rejected } = appraise(p1Appraiser, [
      p1Row({ subject: "X", period: "2026年3月" }),
      p1Row({ subject: "Y", period: "March" }),
      p1Row({ subject: "Z", period: "2026-Q1" }),
    ]);
    expect(results.map((card) => card.period)).toEqual(["2026-03"]);
    expect(rejected.map((r) => [r.index, r.issues[0]?.code, r.issues[0]?.path])).toEqual([
      [1, "record.invalid-period", ["period"]],
      [2, "record.period-cycle-mismatch", ["period"]],
    ]);
  });

  it("gives rewards and penalties by rank and by condition, none without an opinion", () => {
    const appraiser = compile(
      p1Policy({
        ranking: { groups: [{ id: "branch" }] },
        rewards: [
          {
            id: "best-unit",
            name: { en: "Best unit", "zh-CN": "最佳单位" },
            kind: "reward",
            rank: { top: 1 },
          },
          { id: "last-place", kind: "penalty", rank: { bottom: 1 } },
          { id: "failing", kind: "penalty", when: { grade: "fail" } },
          { id: "best-in-branch", kind: "reward", rank: { top: 1, within: "branch" } },
          { id: "fail-and-last", kind: "penalty", rank: { bottom: 1 }, when: { grade: "fail" } },
        ],
      }),
    );
    // Totals by hand: P 100 and Q 100 (tied first), R 98, S 87 (fail), T no opinion.
    const { results } = appraise(appraiser, [
      p1Row({ subject: "P", branch: "north" }),
      p1Row({ subject: "Q", branch: "south" }),
      p1Row({ subject: "R", branch: "north", findings: "2" }),
      p1Row({ subject: "S", branch: "south", ...FAILING }),
      p1Row({ subject: "T", branch: "south", ...NO_OPINION }),
    ]);
    const given = Object.fromEntries(results.map((card) => [card.subject, card.rewards?.map((r) => r.id)]));
    expect(given).toEqual({
      P: ["best-unit", "best-in-branch"],
      Q: ["best-unit", "best-in-branch"],
      R: undefined,
      S: ["last-place", "failing", "fail-and-last"],
      T: undefined,
    });
    expect(results[0]?.rewards?.[0]).toEqual({
      id: "best-unit",
      kind: "reward",
      name: { en: "Best unit", "zh-CN": "最佳单位" },
    });
  });

  it("writes rank and period into the JSON of a scorecard, and the inputs as plain JSON", () => {
    const { results } = appraise(p1Appraiser, [
      p1Row({
        subject: "X",
        period: "2026-03",
        findings: "2",
        survey: "很满意;基本满意",
        major_complaints: "1",
      }),
    ]);
    const json = scorecardToJson(results[0] as (typeof results)[number]) as unknown as Record<
      string,
      unknown
    >;
    expect(json.period).toBe("2026-03");
    expect(json.rank).toBe(1);
    expect(json.inputs).toEqual({
      inspected: true,
      findings: 2,
      survey: ["basically-satisfied", "very-satisfied"],
      complaints: { valid: 0, major: 1 },
    });
  });

  it("gives the grade distribution of each period", () => {
    const { distribution } = appraise(p1Appraiser, [
      p1Row({ subject: "A", period: "2026-04" }),
      p1Row({ subject: "B", period: "2026-04", findings: "10" }), // 40 + 20 + 30 = 90: pass
      p1Row({ subject: "C", period: "2026-04", ...FAILING }),
      p1Row({ subject: "D", period: "2026-04", ...NO_OPINION }),
      p1Row({ subject: "A", period: "2026-03" }),
    ]);
    expect(
      distribution.map((d) => ({
        period: d.period,
        subjects: d.subjects,
        graded: d.graded,
        noOpinion: d.noOpinion,
        grades: d.grades.map((g) => [g.grade, g.count, g.share.toString()]),
      })),
    ).toEqual([
      {
        period: "2026-03",
        subjects: 1,
        graded: 1,
        noOpinion: 0,
        grades: [
          ["excellent", 1, "1"],
          ["pass", 0, "0"],
          ["fail", 0, "0"],
        ],
      },
      {
        period: "2026-04",
        subjects: 4,
        graded: 3,
        noOpinion: 1,
        grades: [
          ["excellent", 1, "0.33333333333333333333"],
          ["pass", 1, "0.33333333333333333333"],
          ["fail", 1, "0.33333333333333333333"],
        ],
      },
    ]);
  });

  it("gives a period with nobody graded shares of 0, and puts cards without a period first", () => {
    const appraiser = p1Appraiser;
    const cards = [
      cardOf(appraiser, p1Row({ subject: "A", period: "2026-05", ...NO_OPINION })),
      cardOf(appraiser, p1Row({ subject: "B" })),
    ];
    const distribution = gradeDistribution(appraiser.policy.grades, cards);
    expect(distribution.map((d) => [d.period, d.graded, d.grades.map((g) => g.share.toString())])).toEqual([
      [undefined, 1, ["1", "0", "0"]],
      ["2026-05", 0, ["0", "0", "0"]],
    ]);
  });
});
