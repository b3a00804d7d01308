import { describe, expect, it } from "vitest";
import {
  appraiseScorecards,
  compile,
  Decimal,
  rankScorecards,
  type Scorecard,
  type TieBreaker,
} from "../../src/index";
import { cardOf, p1Policy, p1Row } from "../helpers/p1";

// Six P1 units in one month, worked out by hand (standards + survey + complaints):
//   A: 0 findings, very satisfied                      → 50 + 20 + 30 = 100
//   B: 12 findings, very satisfied                     → 38 + 20 + 30 = 88, 0 major complaints
//   C: 0 findings, very satisfied, 1 major complaint   → 50 + 20 + 18 = 88, 1 major complaint
//   D: 2 findings, basically satisfied, 1 valid        → 48 + 16 + 24 = 88, 0 major complaints
//   E: exactly as B                                    → 38 + 20 + 30 = 88
//   F: not inspected, no complaint                     → no opinion
const ROWS = {
  A: p1Row({ subject: "A" }),
  B: p1Row({ subject: "B", findings: "12" }),
  C: p1Row({ subject: "C", major_complaints: "1" }),
  D: p1Row({ subject: "D", findings: "2", survey: "basically-satisfied", valid_complaints: "1" }),
  E: p1Row({ subject: "E", findings: "12" }),
  F: p1Row({ subject: "F", inspected: "false" }),
};

const plain = compile(p1Policy());
const cards = Object.values(ROWS).map((row) => cardOf(plain, row));
const ranks = (entries: readonly { card: Scorecard; rank: number }[]) =>
  Object.fromEntries(entries.map((entry) => [entry.card.subject, entry.rank]));

describe("rankScorecards", () => {
  it("checks the hand-worked totals first", () => {
    expect(cards.map((card) => [card.subject, card.total.toString(), card.status])).toEqual([
      ["A", "100", "graded"],
      ["B", "88", "graded"],
      ["C", "88", "graded"],
      ["D", "88", "graded"],
      ["E", "88", "graded"],
      ["F", "100", "no-opinion"],
    ]);
  });

  it("ranks by total, ties share a rank and the next rank skips (competition: 1, 2, 2, 2, 2)", () => {
    expect(ranks(rankScorecards(cards))).toEqual({ A: 1, B: 2, C: 2, D: 2, E: 2 });
  });

  it("leaves subjects without an opinion unranked, even with the highest total", () => {
    const entries = rankScorecards(cards);
    expect(entries.map((entry) => entry.card.subject)).not.toContain("F");
    expect(entries).toHaveLength(5);
  });

  it("ranks densely as an option", () => {
    expect(ranks(rankScorecards(cards, { method: "dense" }))).toEqual({ A: 1, B: 2, C: 2, D: 2, E: 2 });
  });

  describe("with tie-breakers: fewer major complaints first, then more standards points", () => {
    const major: TieBreaker = {
      id: "complaints.major",
      prefer: "lower",
      value: (card) => {
        const complaints = card.inputs?.complaints as Record<string, number> | undefined;
        return complaints === undefined ? undefined : new Decimal(complaints.major as number);
      },
    };
    const standards: TieBreaker = {
      id: "standards",
      prefer: "higher",
      value: (card) => card.components.find((c) => c.id === "standards")?.score,
    };

    // Among the 88s: C has a major complaint → last. B, D, E have none; by standards D (48)
    // beats B and E (38 each), who stay tied.
    // Competition: A 1, D 2, B 3, E 3, C 5. Dense: A 1, D 2, B 3, E 3, C 4.
    it("applies them in order before declaring a tie (competition)", () => {
      const entries = rankScorecards(cards, { tieBreakers: [major, standards] });
      expect(entries.map((e) => [e.card.subject, e.rank])).toEqual([
        ["A", 1],
        ["D", 2],
        ["B", 3],
        ["E", 3],
        ["C", 5],
      ]);
    });

    it("applies them in order before declaring a tie (dense)", () => {
      expect(ranks(rankScorecards(cards, { method: "dense", tieBreakers: [major, standards] }))).toEqual({
        A: 1,
        D: 2,
        B: 3,
        E: 3,
        C: 4,
      });
    });

    it("names the tie-breaker that set a subject behind an equal total", () => {
      const entries = rankScorecards(cards, { tieBreakers: [major, standards] });
      const decided = Object.fromEntries(entries.map((e) => [e.card.subject, e.decidedBy]));
      // A is ahead on total; D is first of the 88s; B is behind D on standards; E ties B;
      // C is behind E on major complaints.
      expect(decided).toEqual({
        A: undefined,
        D: undefined,
        B: "standards",
        E: undefined,
        C: "complaints.major",
      });
    });

    it("counts who stands strictly ahead and behind (ties all in)", () => {
      const entries = rankScorecards(cards, { tieBreakers: [major, standards] });
      expect(entries.map((e) => [e.card.subject, e.ahead, e.behind])).toEqual([
        ["A", 0, 4],
        ["D", 1, 3],
        ["B", 2, 1],
        ["E", 2, 1],
        ["C", 4, 0],
      ]);
    });

    it("ranks a subject without the tie-breaker's value after those with it", () => {
      const missing: TieBreaker = {
        id: "x",
        prefer: "lower",
        value: (card) => (card.subject === "B" ? undefined : new Decimal(5)),
      };
      expect(ranks(rankScorecards(cards, { tieBreakers: [missing] }))).toEqual({
        A: 1,
        C: 2,
        D: 2,
        E: 2,
        B: 5,
      });
    });
  });

  it("lists ties by subject, whatever the input order", () => {
    const reversed = rankScorecards([...cards].reverse()).map((e) => e.card.subject);
    expect(reversed).toEqual(["A", "B", "C", "D", "E"]);
  });
});

describe("ranking from the policy: tie-breakers and groups", () => {
  const policy = p1Policy({
    ranking: {
      tieBreakers: [
        { input: "complaints.major", prefer: "lower" },
        { score: "standards", prefer: "higher" },
      ],
      groups: [{ id: "department", name: { en: "department", "zh-CN": "部门" } }],
    },
  });
  const appraiser = compile(policy);
  // A, B, C in the front office; D, E, F in the back office.
  const department = { A: "front", B: "front", C: "front", D: "back", E: "back", F: "back" };
  const groupCards = Object.entries(ROWS).map(([subject, row]) =>
    cardOf(appraiser, { ...row, department: department[subject as keyof typeof department] }),
  );
  const { results } = appraiseScorecards(appraiser, groupCards);
  const by = Object.fromEntries(results.map((card) => [card.subject, card]));

  it("ranks overall with the declared tie-breakers", () => {
    expect(Object.fromEntries(results.map((card) => [card.subject, card.rank]))).toEqual({
      A: 1,
      B: 3,
      C: 5,
      D: 2,
      E: 3,
      F: undefined,
    });
    expect(by.C?.rankDecidedBy).toBe("complaints.major");
    expect(by.B?.rankDecidedBy).toBe("standards");
  });

  it("ranks within each group (front: A 100, B 88 without major, C 88 with one; back: D before E on standards)", () => {
    expect(by.A?.groupRanks).toEqual({ department: 1 });
    expect(by.B?.groupRanks).toEqual({ department: 2 });
    expect(by.C?.groupRanks).toEqual({ department: 3 });
    expect(by.D?.groupRanks).toEqual({ department: 1 });
    expect(by.E?.groupRanks).toEqual({ department: 2 });
    expect(by.F?.groupRanks).toBeUndefined();
    expect(by.F?.rank).toBeUndefined();
  });

  it("keeps the group on the scorecard and the order of the input", () => {
    expect(results.map((card) => card.subject)).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(by.D?.groups).toEqual({ department: "back" });
  });

  it("rejects a record without its group's column", () => {
    const result = appraiser.score(ROWS.A);
    expect(result.status).toBe("rejected");
    if (result.status === "rejected")
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([["record.missing-value", ["department"]]]);
  });
});
