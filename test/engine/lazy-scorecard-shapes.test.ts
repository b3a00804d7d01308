import { describe, expect, it } from "vitest";
import { LazyScorecard, type ScorecardSource } from "../../src/engine/lazy-scorecard";
import { compile, type Scorecard } from "../../src/index";
import { p1Policy, p1Row } from "../helpers/p1";

/** P1 ranked within departments: its cards may carry groups as well as a period. */
const policy = p1Policy({ ranking: { method: "competition", groups: [{ id: "department" }] } });
const appraiser = compile(policy as never);
const grades = (policy.grades as { id: string; name?: Scorecard["gradeName"] }[]).map(({ id, name }) => ({
  id,
  name,
}));

/** Only what a card's shape depends on: which grades there are, and their names. */
const source = { policy: { id: "p1" }, grades } as unknown as ScorecardSource;
const shapes = LazyScorecard.shapes(source, true);

/** Records of every outcome (3 grades and no opinion), with and without a period. */
const rows = [
  p1Row({ department: "east" }), // 100: excellent
  p1Row({ department: "east", findings: "8" }), // 92: pass
  p1Row({ department: "east", findings: "20" }), // 80: fail
  p1Row({ department: "east", inspected: "false" }), // not inspected, no complaint: no opinion
  p1Row({ department: "east", findings: " 8 " }), // spaces: the decimal path builds the card
].flatMap((row) => [row, { ...row, period: "2026-11" }]);

describe("the shapes of scorecards", () => {
  it("has a kept card of the same fields, in the same order, for every card an appraiser makes", () => {
    const keys = new Set(shapes.map((card) => Object.keys(card).join(",")));
    const made = rows.map((row) => appraiser.score(row) as Scorecard);
    expect(made.map((card) => card.status)).toEqual([
      ...["graded", "graded", "graded", "graded", "graded", "graded"],
      ...["no-opinion", "no-opinion", "graded", "graded"],
    ]);
    for (const card of made) expect(keys).toContain(Object.keys(card).join(","));
  });

  it("keeps one card of each shape: with or without a period, groups, a grade (P1's all have names)", () => {
    expect(shapes).toHaveLength(8);
    expect(new Set(shapes.map((card) => Object.keys(card).join(","))).size).toBe(8);
  });

  it("keeps a card of a grade without a name when a policy has one", () => {
    const unnamed = [...grades, { id: "unrated", name: undefined }];
    const keys = LazyScorecard.shapes({ ...source, grades: unnamed }, false).map((card) =>
      Object.keys(card).join(","),
    );
    expect(keys).toContain("subject,policy,status,grade");
    expect(keys).toContain("subject,policy,status,grade,gradeName");
    expect(keys).toContain("subject,policy,status");
  });
});
