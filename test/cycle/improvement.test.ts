import { describe, expect, it } from "vitest";
import { compile, trackImprovement } from "../../src/index";
import { cardOf, FAILING, p1Appraiser, p1Policy, p1Row } from "../helpers/p1";

const appraiser = p1Appraiser;
// Unit V by hand: March fails (87); April 6 findings → 94; May 12 findings → 88; June 1 finding → 99.
const cards = [
  cardOf(appraiser, p1Row({ subject: "V", period: "2026-03", ...FAILING })),
  cardOf(appraiser, p1Row({ subject: "V", period: "2026-04", findings: "6" })),
  cardOf(appraiser, p1Row({ subject: "V", period: "2026-05", findings: "12" })),
  cardOf(appraiser, p1Row({ subject: "V", period: "2026-06", findings: "1" })),
];
const plan = {
  id: "reach-95",
  subject: "V",
  owner: "Service department",
  indicator: { score: "total" },
  target: { gte: 95 },
  deadline: "2026-06-30",
  baseline: "2026年3月",
};

describe("trackImprovement", () => {
  it("is open before the deadline, with the latest value that has ended", () => {
    // On 20 May, May has not ended: April (94) is the latest.
    const { statuses, issues } = trackImprovement(appraiser, [plan], cards, { asOf: "2026-05-20" });
    expect(issues).toEqual([]);
    expect(statuses).toHaveLength(1);
    const status = statuses[0];
    expect(status).toMatchObject({
      status: "open",
      reason: "before-deadline",
      period: "2026-04",
      meetsTarget: false,
    });
    expect(status?.value?.toString()).toBe("94");
    expect(status?.baseline?.period).toBe("2026-03");
    expect(status?.baseline?.value.toString()).toBe("87");
    expect(status?.change?.toString()).toBe("7");
  });

  it("is met when the last period ending by the deadline reaches the target", () => {
    const [status] = trackImprovement(appraiser, [plan], cards, { asOf: "2026-07-01" }).statuses;
    expect(status).toMatchObject({
      plan: "reach-95",
      owner: "Service department",
      status: "met",
      period: "2026-06",
    });
    expect(status?.value?.toString()).toBe("99");
    expect(status?.change?.toString()).toBe("12");
  });

  it("is judged on the last period that ended by the deadline (May for 15 June): missed", () => {
    const [status] = trackImprovement(appraiser, [{ ...plan, deadline: "2026-06-15" }], cards, {
      asOf: "2026-06-15",
    }).statuses;
    expect(status).toMatchObject({ status: "missed", period: "2026-05", meetsTarget: false });
    expect(status?.value?.toString()).toBe("88");
  });

  it("stays open without data for the deciding period, and reads inputs as indicators", () => {
    const fewer = { ...plan, id: "no-valid", indicator: { input: "complaints.valid" }, target: { lte: 0 } };
    const [late, met] = trackImprovement(
      appraiser,
      [
        { ...fewer, deadline: "2026-09-30" },
        { ...fewer, id: "by-april", deadline: "2026-04-30" },
      ],
      cards,
      { asOf: "2026-10-10" },
    ).statuses;
    expect(late).toMatchObject({ status: "open", reason: "no-data", period: "2026-09" });
    expect(late?.value).toBeUndefined();
    expect(met).toMatchObject({ status: "met", period: "2026-04" });
  });

  it("judges quarters on a quarterly policy", () => {
    const quarterly = compile(p1Policy({ cycle: "quarter" }));
    const quarterCards = [
      cardOf(quarterly, p1Row({ subject: "V", period: "2026-Q3" })),
      cardOf(quarterly, p1Row({ subject: "V", period: "2026-Q4", ...FAILING })),
    ];
    const q = { ...plan, baseline: undefined, target: { gte: 90 } };
    const { statuses } = trackImprovement(
      quarterly,
      [
        { ...q, id: "year-end", deadline: "2026-12-31" },
        { ...q, id: "day-before", deadline: "2026-12-30" },
      ],
      quarterCards,
      { asOf: "2027-01-05" },
    );
    expect(statuses.map((s) => [s.plan, s.status, s.period])).toEqual([
      ["year-end", "missed", "2026-Q4"],
      ["day-before", "met", "2026-Q3"],
    ]);
  });

  it("reports plans with issues and tracks the others", () => {
    const { statuses, issues } = trackImprovement(
      appraiser,
      [
        plan,
        { ...plan, id: "speed", indicator: { score: "speed" } },
        { ...plan, id: "bad-date", deadline: "2026-02-30" },
        { ...plan, target: {} },
        plan,
      ],
      cards,
      { asOf: "2026-07-01" },
    );
    expect(statuses.map((s) => s.plan)).toEqual(["reach-95"]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["policy.unknown-score", [1, "indicator", "score"]],
      ["schema.invalid-format", [2, "deadline"]],
      ["schema.invalid", [3, "target"]],
      ["plan.duplicate-id", [4, "id"]],
    ]);
  });

  it("throws a RangeError for an as-of that is not a date", () => {
    expect(() => trackImprovement(appraiser, [plan], cards, { asOf: "soon" })).toThrow(RangeError);
  });
});
