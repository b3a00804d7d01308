import { describe, expect, it } from "vitest";
import { assertPolicy, compile, getPreset, type PolicyInput } from "../../src/index";
import { makeIssue } from "../../src/issues/issue";
import { buildReport, createReportBuilder } from "../../src/report/build-report";
import type { ReportCard } from "../../src/report/report";
import { p1Appraiser, p1Card, workedCards } from "../helpers/p1";

const policy = assertPolicy(getPreset("satisfaction-work")!);

describe("buildReport", () => {
  it("counts P1's worked examples: 2 excellent (100, 95), 0 pass, 2 fail (87, 4)", () => {
    const report = buildReport(policy, workedCards());
    expect(report.summary).toEqual({ records: 4, graded: 4, noOpinion: 0, rejected: 0, subjects: 4 });
    expect(report.distribution.grades.map((g) => [g.grade, g.count])).toEqual([
      ["excellent", 2],
      ["pass", 0],
      ["fail", 2],
    ]);
    expect(report.cards.map((card) => card.total)).toEqual(["87", "100", "4", "95"]);
    // Without ranks, readers see totals highest first.
    expect(report.ranking.map((i) => report.cards[i]?.subject)).toEqual([
      "East",
      "West",
      "North",
      "Workshop",
    ]);
  });

  it("keeps scores exact and components as decimal strings", () => {
    // 1 finding → 49; answers 20 and 16 → mean 18; 1 valid complaint → 24; 49 + 18 + 24 = 91.
    const card = buildReport(policy, [p1Card("A", 1, "very-satisfied;basically-satisfied", 1, 0)]).cards[0]!;
    expect(card.components.map((c) => c.score)).toEqual(["49", "18", "24"]);
    expect(card.total).toBe("91");
    expect(card.components[1]?.trace[0]?.delta).toBe("18");
  });

  it("puts no-opinion records last and counts them apart", () => {
    const noOpinion = p1Appraiser.score({
      subject: "Quiet",
      inspected: false,
      findings: 0,
      survey: "average",
      valid_complaints: 0,
      major_complaints: 0,
    });
    const report = buildReport(policy, [noOpinion as never, ...workedCards()]);
    expect(report.summary.noOpinion).toBe(1);
    expect(report.distribution.noOpinion).toBe(1);
    expect(report.cards[report.ranking.at(-1)!]?.subject).toBe("Quiet");
  });

  it("orders by rank when a ranking stage set one, and keeps rank and pay on the cards", () => {
    // Hand-made ranks that disagree with the totals, to show the report follows them.
    const ranks = [1, 4, 2, 3];
    const report = buildReport(
      policy,
      workedCards((i) => ({ rank: ranks[i]!, ...(i === 0 && { pay: "2550.00" }) })),
    );
    expect(report.ranking.map((i) => report.cards[i]?.rank)).toEqual([1, 2, 3, 4]);
    expect(report.cards[0]?.pay).toBe("2550.00");
  });

  it("groups by period: distribution per period, trends across periods", () => {
    const cards = [
      p1Card("A", 0, "very-satisfied", 0, 0, { period: "2026-02" }), // 100
      p1Card("A", 3, "basically-satisfied", 1, 0, { period: "2026-01" }), // 87
      p1Card("B", 5, "very-satisfied", 0, 0, { period: "2026-01" }), // 95
    ];
    const report = buildReport(policy, cards);
    expect(report.periods).toEqual(["2026-01", "2026-02"]);
    expect(report.distributionByPeriod.map((d) => [d.period, d.grades.map((g) => g.count)])).toEqual([
      ["2026-01", [1, 0, 1]],
      ["2026-02", [1, 0, 0]],
    ]);
    expect(report.trends).toEqual([
      { subject: "A", totals: ["87", "100"] },
      { subject: "B", totals: ["95", undefined] },
    ]);
    expect(report.ranking.map((i) => `${report.cards[i]?.period} ${report.cards[i]?.subject}`)).toEqual([
      "2026-01 B",
      "2026-01 A",
      "2026-02 A",
    ]);
  });

  it("takes series outcomes, rejected rows and a stop, as given", () => {
    const builder = createReportBuilder(policy);
    builder.add(p1Card("A", 0, "very-satisfied", 0, 0), 2);
    builder.reject({ line: 3, issues: [makeIssue("record.missing-subject", ["subject"], {})] });
    builder.addSeries([
      { subject: "B", rule: "year-end-eligibility", window: "2026", triggered: false, periods: ["2026-03"] },
      {
        subject: "A",
        rule: "year-end-eligibility",
        window: "2026",
        triggered: true,
        periods: ["2026-03", "2026-09"],
      },
    ]);
    builder.stop(3, 0);
    const report = builder.build();
    expect(report.cards[0]?.line).toBe(2);
    expect(report.summary.rejected).toBe(1);
    expect(report.series.map((s) => s.subject)).toEqual(["A", "B"]);
    expect(report.stopped).toEqual({ line: 3, maxRejected: 0 });
  });

  it("keeps only counts when asked to (constant memory for streams)", () => {
    const builder = createReportBuilder(policy, { keepCards: false });
    for (const card of workedCards()) builder.add(card);
    const report = builder.build();
    expect(report.cards).toEqual([]);
    expect(report.summary).toEqual({ records: 4, graded: 4, noOpinion: 0, rejected: 0 });
    expect(report.distribution.grades.map((g) => g.count)).toEqual([2, 0, 2]);
  });

  it("keeps pay to the cent and passes payouts through as plain JSON", () => {
    const payPolicy = getPreset("performance-pay") as PolicyInput;
    const scored = compile(payPolicy).score({ subject: "A", score: "85", performance_base: "3001.70" });
    if (scored.status === "rejected") throw new Error("unexpected rejection");
    const compact = buildReport(assertPolicy(payPolicy), [scored]).cards[0] as ReportCard & {
      payouts?: unknown;
    };
    // 3001.70 × 85 / 100 = 2551.445, half-up to the cent (P2): 2551.45.
    expect(compact.pay).toBe("2551.45");
    expect(compact.payouts).toEqual([expect.objectContaining({ amount: "2551.45" })]);
    expect("policy" in compact).toBe(false);
  });

  it("accepts cards already in plain form", () => {
    const plain: ReportCard = {
      subject: "Z",
      status: "graded",
      total: "90",
      maxScore: "100",
      grade: "pass",
      components: [],
    };
    expect(buildReport(policy, [plain]).distribution.grades.map((g) => g.count)).toEqual([0, 1, 0]);
  });
});
