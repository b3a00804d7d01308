import { describe, expect, it } from "vitest";
import { compile, type Scorecard } from "../../src/index";
import { p1Policy, p1Row } from "../helpers/p1";

const appraiser = compile(p1Policy());

function graded(record: Record<string, unknown>): Scorecard {
  const card = appraiser.score(record);
  if (card.status === "rejected") throw new Error(JSON.stringify(card.issues));
  return card;
}

const scoresOf = (card: Scorecard) => card.components.map((c) => c.score.toString());

// POLICIES.md, P1 worked examples: findings, survey tier, valid, major → total, grade.
describe("P1 worked examples from POLICIES.md", () => {
  it("3, basically satisfied, 1, 0 → 47 + 16 + 24 = 87, fail", () => {
    const card = graded(p1Row({ findings: 3, survey: "basically-satisfied", valid_complaints: 1 }));
    expect(scoresOf(card)).toEqual(["47", "16", "24"]);
    expect(card.total.toString()).toBe("87");
    expect(card.grade).toBe("fail");
  });

  it("0, very satisfied, 0, 0 → 100, excellent", () => {
    const card = graded(p1Row({ findings: 0, survey: "very-satisfied" }));
    expect(card.total.toString()).toBe("100");
    expect(card.grade).toBe("excellent");
  });

  it("60, very dissatisfied, 0, 3 → 0 + 4 + 0 = 4, fail (both floors hold)", () => {
    const card = graded(p1Row({ findings: 60, survey: "very-dissatisfied", major_complaints: 3 }));
    expect(scoresOf(card)).toEqual(["0", "4", "0"]);
    expect(card.total.toString()).toBe("4");
    expect(card.grade).toBe("fail");
  });

  it("5, very satisfied, 0, 0 → 95, excellent (the boundary is inclusive)", () => {
    const card = graded(p1Row({ findings: 5, survey: "very-satisfied" }));
    expect(card.total.toString()).toBe("95");
    expect(card.grade).toBe("excellent");
  });
});

describe("P1 rules beyond the worked examples", () => {
  it("90 exactly is a pass, 89 a fail", () => {
    // 10 findings: 40 + 20 + 30 = 90; 11 findings: 39 + 20 + 30 = 89.
    expect(graded(p1Row({ findings: 10 })).grade).toBe("pass");
    expect(graded(p1Row({ findings: 11 })).grade).toBe("fail");
  });

  it("a survey answered in Chinese scores as its tier id", () => {
    expect(graded(p1Row({ survey: "基本满意" })).components[1]?.score.toString()).toBe("16");
    expect(graded(p1Row({ survey: "不太满意" })).components[1]?.score.toString()).toBe("8");
    expect(graded(p1Row({ survey: "一般" })).components[1]?.score.toString()).toBe("12");
  });

  it("several respondents score the mean of their tiers' points", () => {
    // (20 + 16) / 2 = 18; (20 + 16 + 16) / 3 = 17.333… kept to 20 places.
    expect(graded(p1Row({ survey: "很满意;基本满意" })).components[1]?.score.toString()).toBe("18");
    const three = graded(p1Row({ survey: ["very-satisfied", "basically-satisfied", "基本满意"] }));
    expect(three.components[1]?.score.toString()).toBe("17.33333333333333333333");
  });

  it("a major complaint deducts 12 and a valid one 6, together", () => {
    // 30 − 6 − 12 = 12.
    expect(graded(p1Row({ valid_complaints: 1, major_complaints: 1 })).components[2]?.score.toString()).toBe(
      "12",
    );
  });

  it("no inspection and no complaint gives no opinion: no grade", () => {
    const card = graded(p1Row({ inspected: "false" }));
    expect(card.status).toBe("no-opinion");
    expect(card.grade).toBeUndefined();
    expect(card.noOpinion?.inputs).toEqual({ inspected: "false", complaints: "0" });
  });

  it("no inspection but a complaint is graded", () => {
    // 50 + 20 + (30 − 6) = 94: pass.
    const card = graded(p1Row({ inspected: "否", valid_complaints: 1 }));
    expect(card.status).toBe("graded");
    expect(card.total.toString()).toBe("94");
    expect(card.grade).toBe("pass");
  });

  it("an inspection with no findings and no complaint is graded", () => {
    expect(graded(p1Row({ inspected: "是" })).status).toBe("graded");
  });

  it("serializes decimals as decimal strings", () => {
    const json = JSON.parse(JSON.stringify(graded(p1Row({ findings: 3 }))));
    expect(json.total).toBe("97");
    expect(json.components[0].score).toBe("47");
    expect(json.components[0].trace[1].delta).toBe("-3");
  });
});
