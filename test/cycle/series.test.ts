import { describe, expect, it } from "vitest";
import { appraise, compile, explainSeries, type SeriesOutcome } from "../../src/index";
import { FAILING, NO_OPINION, PASSING, p1Appraiser, p1Policy, p1Row } from "../helpers/p1";

type Month = "fail" | "pass" | "none" | "missing";

/** A year of P1 records for one unit: month 1 to 12, each failing, passing, without opinion or missing. */
function year(subject: string, months: readonly Month[], yearNumber = 2026): Record<string, unknown>[] {
  const kinds = { fail: FAILING, pass: PASSING, none: NO_OPINION };
  return months.flatMap((month, i) =>
    month === "missing"
      ? []
      : [p1Row({ subject, period: `${yearNumber}-${String(i + 1).padStart(2, "0")}`, ...kinds[month] })],
  );
}

const outcome = (series: readonly SeriesOutcome[], subject: string, window = "2026") => {
  const found = series.find((o) => o.subject === subject && o.window === window);
  if (found === undefined) throw new Error(`no outcome for ${subject} ${window}`);
  return found;
};

// biome-ignore format: a table of months
const months = {
  //                  Jan     Feb     Mar     Apr     May     Jun     Jul     Aug     Sep     Oct     Nov     Dec
  marchSeptember: ["pass", "none", "fail", "pass", "pass", "none", "pass", "pass", "fail", "pass", "pass", "pass"],
  once:           ["pass", "pass", "pass", "pass", "fail", "pass", "none", "pass", "pass", "pass", "pass", "pass"],
  neverGraded:    ["none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none", "none"],
  failsAroundGap: ["fail", "none", "fail", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass"],
  shortYear:      ["fail", "pass", "pass", "missing", "missing", "missing", "missing", "missing", "missing", "missing", "missing", "missing"],
} satisfies Record<string, Month[]>;

describe("P1's year-end rule across a full year (two failing months, cumulatively)", () => {
  const records = [
    ...year("North", months.marchSeptember),
    ...year("East", months.once),
    ...year("Quiet", months.neverGraded),
    ...year("Gap", months.failsAroundGap),
    ...year("Short", months.shortYear),
  ];
  const { series, rejected } = appraise(p1Appraiser, records);

  it("scores every record", () => {
    expect(rejected).toEqual([]);
    expect(series).toHaveLength(5);
  });

  it("triggers for failing months that are not consecutive, and names them", () => {
    const north = outcome(series, "North");
    expect(north).toMatchObject({
      rule: "year-end-eligibility",
      window: "2026",
      triggered: true,
      periods: ["2026-03", "2026-09"],
      count: 2,
      atLeast: 2,
      consecutive: false,
      noOpinion: ["2026-02", "2026-06"],
      complete: true,
    });
  });

  it("does not trigger for one failing month, and still names it", () => {
    expect(outcome(series, "East")).toMatchObject({ triggered: false, periods: ["2026-05"], count: 1 });
  });

  it("never counts months without an opinion", () => {
    expect(outcome(series, "Quiet")).toMatchObject({
      triggered: false,
      periods: [],
      count: 0,
      noOpinion: months.neverGraded.map((_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    });
  });

  it("counts failing months on both sides of a month without opinion", () => {
    expect(outcome(series, "Gap")).toMatchObject({ triggered: true, periods: ["2026-01", "2026-03"] });
  });

  it("says when a window is incomplete (months without records), and can trigger early", () => {
    expect(outcome(series, "Short")).toMatchObject({
      triggered: false,
      periods: ["2026-01"],
      complete: false,
    });
    const early = appraise(p1Appraiser, year("Early", ["fail", "fail"])).series;
    expect(outcome(early, "Early")).toMatchObject({ triggered: true, complete: false });
  });

  it("traces every month of the window", () => {
    const trace = outcome(series, "North").trace;
    expect(trace.map((step) => step.code)).toEqual([
      "series.not-met",
      "series.no-opinion",
      "series.met",
      "series.not-met",
      "series.not-met",
      "series.no-opinion",
      "series.not-met",
      "series.not-met",
      "series.met",
      "series.not-met",
      "series.not-met",
      "series.not-met",
    ]);
    expect(trace[2]).toMatchObject({ period: "2026-03", grade: "fail" });
    expect(trace[2]?.total?.toString()).toBe("87");
    const short = outcome(series, "Short").trace;
    expect(short[3]).toEqual({ code: "series.missing", period: "2026-04" });
  });

  it("keeps windows apart: two failing months in different years do not trigger", () => {
    const { series: twoYears } = appraise(p1Appraiser, [
      ...year(
        "Split",
        ["pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "pass", "fail"],
        2025,
      ),
      ...year("Split", ["fail"], 2026),
    ]);
    expect(twoYears.map((o) => [o.window, o.triggered, o.periods])).toEqual([
      ["2025", false, ["2025-12"]],
      ["2026", false, ["2026-01"]],
    ]);
  });

  it("orders outcomes by subject (code-unit order), rule and window", () => {
    expect(series.map((o) => o.subject)).toEqual(["East", "Gap", "North", "Quiet", "Short"]);
  });

  it("explains an outcome in English and Chinese", () => {
    const north = outcome(series, "North");
    expect(explainSeries(north, { steps: false })).toBe(
      [
        "North, 2026 — Year-end award eligibility lost",
        "Triggered: 2 periods met the condition (2026-03, 2026-09); 2 trigger the rule.",
      ].join("\n"),
    );
    const zh = explainSeries(north, { locale: "zh-CN" }).split("\n");
    expect(zh[0]).toBe("North，2026 — 丧失年终评先资格");
    expect(zh[1]).toBe("已触发：2 个期间符合条件（2026-03、2026-09）；达到 2 个即触发。");
    expect(zh[2]).toBe("  - 2026-01：不符合条件（总分 98.00，优秀）");
    expect(zh[3]).toBe("  - 2026-02：不出具考评意见，不计入");
    expect(zh[4]).toBe("  - 2026-03：符合条件（总分 87.00，不合格）");
    expect(explainSeries(outcome(series, "Short"), { steps: false }).split("\n")[1]).toBe(
      "Not triggered: 1 period met the condition (2026-01); 2 would trigger the rule, and the window is not complete.",
    );
  });
});

describe("other series rules", () => {
  const rule = (extra: Record<string, unknown>) =>
    compile(
      p1Policy({
        series: [
          { id: "r", window: "year", when: { grade: "fail" }, atLeast: 3, consecutive: true, ...extra },
        ],
      }),
    );

  it("consecutive: three failing months in a row trigger; a month without opinion breaks the run", () => {
    const { series } = appraise(rule({}), [
      ...year("Run", [
        "pass",
        "fail",
        "fail",
        "fail",
        "pass",
        "fail",
        "fail",
        "fail",
        "fail",
        "pass",
        "pass",
        "pass",
      ]),
      ...year("Broken", [
        "fail",
        "fail",
        "none",
        "fail",
        "fail",
        "pass",
        "fail",
        "pass",
        "pass",
        "pass",
        "pass",
        "pass",
      ]),
    ]);
    // Run: runs Feb–Apr (3) and Jun–Sep (4), both long enough; the longest is 4.
    expect(outcome(series, "Run")).toMatchObject({
      triggered: true,
      consecutive: true,
      count: 4,
      periods: ["2026-02", "2026-03", "2026-04", "2026-06", "2026-07", "2026-08", "2026-09"],
    });
    // Broken: five failing months, but runs of 2, 2 and 1: the longest (the first) is named.
    expect(outcome(series, "Broken")).toMatchObject({
      triggered: false,
      count: 2,
      periods: ["2026-01", "2026-02"],
    });
  });

  it("explains a consecutive rule as a run, in English and Chinese", () => {
    const { series } = appraise(rule({}), year("Run", ["fail", "fail", "fail"]));
    const run = outcome(series, "Run");
    expect(explainSeries(run, { steps: false }).split("\n")[1]).toBe(
      "Triggered: 3 periods in a row met the condition (2026-01, 2026-02, 2026-03); 3 in a row trigger the rule.",
    );
    expect(explainSeries(run, { steps: false, locale: "zh-CN" }).split("\n")[1]).toBe(
      "已触发：连续 3 个期间符合条件（2026-01、2026-02、2026-03）；连续达到 3 个即触发。",
    );
  });

  it("a missing month breaks a run too", () => {
    const { series } = appraise(rule({}), year("Hole", ["fail", "fail", "missing", "fail"]));
    expect(outcome(series, "Hole")).toMatchObject({ triggered: false, count: 2, complete: false });
  });

  it("counts in half-year and quarter windows, on a total below a value", () => {
    const appraiser = compile(
      p1Policy({
        series: [
          { id: "half", window: "half-year", when: { score: "total", lt: 90 }, atLeast: 2 },
          { id: "quarter", window: "quarter", when: { score: "total", lt: 90 }, atLeast: 1 },
        ],
      }),
    );
    const { series } = appraise(
      appraiser,
      year("U", [
        "fail",
        "pass",
        "pass",
        "pass",
        "pass",
        "fail",
        "fail",
        "pass",
        "pass",
        "pass",
        "pass",
        "pass",
      ]),
    );
    expect(series.map((o) => [o.rule, o.window, o.triggered, o.periods])).toEqual([
      ["half", "2026-H1", true, ["2026-01", "2026-06"]],
      ["half", "2026-H2", false, ["2026-07"]],
      ["quarter", "2026-Q1", true, ["2026-01"]],
      ["quarter", "2026-Q2", true, ["2026-06"]],
      ["quarter", "2026-Q3", true, ["2026-07"]],
      ["quarter", "2026-Q4", false, []],
    ]);
  });

  it("reads inputs in its condition (a month with a major complaint)", () => {
    const appraiser = compile(
      p1Policy({
        series: [{ id: "major", window: "year", when: { input: "complaints.major", gte: 1 }, atLeast: 1 }],
      }),
    );
    const { series } = appraise(appraiser, [
      p1Row({ subject: "M", period: "2026-04", major_complaints: "1" }),
      p1Row({ subject: "M", period: "2026-05" }),
    ]);
    expect(outcome(series, "M")).toMatchObject({ triggered: true, periods: ["2026-04"] });
  });

  it("skips records without a period (no window to count them in)", () => {
    const { series, results } = appraise(p1Appraiser, [p1Row({ subject: "Undated", ...FAILING })]);
    expect(series).toEqual([]);
    expect(results[0]?.rank).toBe(1);
  });
});
