import { describe, expect, it } from "vitest";
import {
  assertPolicy,
  formatIssue,
  type Issue,
  PolicyError,
  type PolicyInput,
  parsePolicy,
} from "../../src/index";
import { p1Policy } from "../helpers/p1";

function issuesOf(policy: unknown): readonly Issue[] {
  const result = parsePolicy(policy);
  if (result.success) throw new Error("expected the policy to be rejected");
  return result.issues;
}

const codes = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path.join(".")]);

/** P1 with its components replaced. */
function withComponents(components: unknown[]): unknown {
  return { ...p1Policy(), components };
}

describe("parsePolicy", () => {
  it("accepts the P1 preset and returns it as data", () => {
    const result = parsePolicy(p1Policy());
    expect(result.success).toBe(true);
    if (result.success)
      expect(result.data.components.map((c) => c.id)).toEqual(["standards", "survey", "complaints"]);
  });

  it("reports component maxima that do not add up to the maximum score", () => {
    expect(codes(issuesOf({ ...p1Policy(), maxScore: 90 }))).toEqual([["policy.max-mismatch", "components"]]);
    expect(issuesOf({ ...p1Policy(), maxScore: 90 })[0]?.values).toEqual({ sum: "100", maxScore: "90" });
  });

  it("reports grade thresholds that are not strictly descending", () => {
    const grades = [{ id: "pass", min: 90 }, { id: "excellent", min: 95 }, { id: "fail" }];
    expect(codes(issuesOf({ ...p1Policy(), grades }))).toEqual([
      ["policy.grades-not-descending", "grades.1.min"],
    ]);
    const equal = [{ id: "a", min: 90 }, { id: "b", min: 90 }, { id: "fail" }];
    expect(codes(issuesOf({ ...p1Policy(), grades: equal }))).toEqual([
      ["policy.grades-not-descending", "grades.1.min"],
    ]);
  });

  it("reports duplicate grade ids and a last grade with a minimum", () => {
    const grades = [
      { id: "fail", min: 90 },
      { id: "fail", min: 80 },
    ];
    expect(codes(issuesOf({ ...p1Policy(), grades }))).toEqual([
      ["policy.duplicate-grade", "grades.1.id"],
      ["policy.grade-fallback-missing", "grades.1.min"],
    ]);
  });

  it("reports tier points above the component maximum, unknown tiers and tiers without points", () => {
    const policy = p1Policy() as { components: { points?: Record<string, number> }[] };
    const survey = policy.components[1] as { points: Record<string, number> };
    survey.points["very-satisfied"] = 25;
    survey.points.superb = 20;
    delete survey.points.average;
    // Issues come in document order, a field before the fields inside it.
    expect(codes(issuesOf(policy))).toEqual([
      ["policy.tier-without-points", "components.1.points"],
      ["policy.tier-points-above-max", "components.1.points.very-satisfied"],
      ["policy.unknown-tier", "components.1.points.superb"],
    ]);
  });

  it("reports a component referring to an undeclared input, naming the declared ones", () => {
    const policy = p1Policy() as { components: { per?: { input: string }[] }[] };
    (policy.components[0]?.per as { input: string }[])[0] = { input: "findngs", points: 1 } as never;
    const [issue] = issuesOf(policy);
    expect(issue?.code).toBe("policy.unknown-input");
    expect(issue?.path).toEqual(["components", 0, "per", 0, "input"]);
    expect(issue?.values).toMatchObject({
      input: "findngs",
      known: expect.arrayContaining(["findings", "complaints.valid"]),
    });
  });

  it("reports an input of the wrong type for the component", () => {
    const policy = p1Policy() as { components: { input?: string }[] };
    (policy.components[1] as { input: string }).input = "findings";
    expect(codes(issuesOf(policy))).toEqual([["policy.input-type-mismatch", "components.1.input"]]);
  });

  it("reports duplicate component ids", () => {
    const components = p1Policy().components.map((c) => ({
      ...c,
      id: c.id === "complaints" ? "standards" : c.id,
    }));
    expect(codes(issuesOf({ ...p1Policy(), components }))).toEqual([
      ["policy.duplicate-component", "components.2.id"],
    ]);
  });

  it("reports negative points with their path", () => {
    const components = withComponents([
      { id: "a", kind: "deduction", max: 100, per: [{ input: "findings", points: -1 }] },
    ]);
    expect(codes(issuesOf(components))).toEqual([["policy.negative-points", "components.0.per.0.points"]]);
  });

  it("reports three mistakes as three issues with their paths, in one run", () => {
    const policy = {
      ...p1Policy(),
      maxScore: 120,
      grades: [{ id: "pass", min: 90 }, { id: "pass" }, { id: "fail" }],
    } as PolicyInput;
    (policy.components[2] as { per: { input: string }[] }).per[0] = {
      input: "complaint.valid",
      points: 6,
    } as never;
    expect(codes(issuesOf(policy))).toEqual([
      ["policy.max-mismatch", "components"],
      ["policy.unknown-input", "components.2.per.0.input"],
      ["policy.duplicate-grade", "grades.1.id"],
    ]);
  });

  it("reports shape errors with codes a program can read", () => {
    const issues = issuesOf({ ...p1Policy(), cycle: "weekly", maxScore: "abc", extra: 1, id: "1x" });
    expect(codes(issues)).toEqual([
      ["schema.invalid-format", "id"],
      ["schema.invalid-value", "cycle"],
      ["schema.not-a-decimal", "maxScore"],
      ["schema.unknown-key", "extra"],
    ]);
    expect(issues[1]?.values).toMatchObject({
      options: ["month", "quarter", "half-year", "year"],
      received: '"weekly"',
    });
  });

  it("reports an unknown component kind with the kinds there are", () => {
    const [issue] = issuesOf(withComponents([{ id: "x", kind: "bonus", max: 100 }]));
    expect(issue?.code).toBe("schema.invalid-value");
    expect(issue?.path).toEqual(["components", 0, "kind"]);
    expect(issue?.values).toMatchObject({ options: expect.arrayContaining(["deduction", "tiers"]) });
  });

  it("reports the closest branch of a malformed condition, not a union error", () => {
    const issues = issuesOf({ ...p1Policy(), noOpinion: { all: [{ input: 3 }] } });
    expect(codes(issues)).toEqual([["schema.invalid-type", "noOpinion.all.0.input"]]);
  });

  it("checks the references of conditions", () => {
    const issues = issuesOf({
      ...p1Policy(),
      noOpinion: {
        any: [{ input: "inspection", eq: false }, { score: "standard", lt: 1 }, { grade: "fail" }],
      },
    });
    expect(codes(issues)).toEqual([
      ["policy.unknown-input", "noOpinion.any.0.input"],
      ["policy.unknown-score", "noOpinion.any.1.score"],
      ["policy.condition-not-allowed", "noOpinion.any.2.grade"],
    ]);
  });

  it("reports duplicate tier spellings within an input", () => {
    const policy = p1Policy() as unknown as {
      inputs: { survey: { options: { id: string; aliases?: string[] }[] } };
    };
    policy.inputs.survey.options[1]!.aliases = ["Very-Satisfied"];
    expect(codes(issuesOf(policy))).toEqual([["policy.duplicate-tier", "inputs.survey.options.1"]]);
  });

  it("words every issue in English and Chinese", () => {
    const [issue] = issuesOf({ ...p1Policy(), maxScore: 90 });
    expect(formatIssue(issue as Issue)).toBe(
      "components: The components' maxima add up to 100, but maxScore is 90: they must be equal.",
    );
    expect(formatIssue(issue as Issue, "zh-CN")).toBe(
      "components: 各组成部分满分之和为 100，但 maxScore 为 90：两者必须相等。",
    );
  });

  it("rejects things that are not policies without throwing", () => {
    for (const value of [null, 42, "policy", [], {}]) expect(parsePolicy(value).success).toBe(false);
  });
});

describe("assertPolicy", () => {
  it("returns a valid policy", () => {
    expect(assertPolicy(p1Policy()).id).toBe("satisfaction-work");
  });

  it("throws one PolicyError carrying every issue", () => {
    const policy = {
      ...p1Policy(),
      maxScore: 90,
      grades: [{ id: "a", min: 1 }, { id: "a" }, { id: "fail" }],
    };
    try {
      assertPolicy(policy);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).issues.map((issue) => issue.code)).toEqual([
        "policy.max-mismatch",
        "policy.duplicate-grade",
      ]);
      expect((error as PolicyError).message).toContain("The policy has 2 issues");
    }
  });
});
