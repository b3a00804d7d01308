import { describe, expect, it } from "vitest";
import { compile, formatIssue } from "../../src/index";
import { requiredColumns } from "../../src/records/columns";
import { p1Appraiser, p1Policy, p1Row } from "../helpers/p1";

describe("the period column of a record", () => {
  it("is optional, and written canonically on the scorecard", () => {
    const appraiser = p1Appraiser;
    const undated = appraiser.score(p1Row());
    expect(undated.status).toBe("graded");
    expect(undated.status !== "rejected" && undated.period).toBeUndefined();
    const dated = appraiser.score(p1Row({ period: " 2026年3月 " }));
    expect(dated.status !== "rejected" && dated.period).toBe("2026-03");
  });

  it("takes a number for a yearly policy", () => {
    const yearly = compile(p1Policy({ cycle: "year", series: [] }));
    const card = yearly.score(p1Row({ period: 2026 }));
    expect(card.status !== "rejected" && card.period).toBe("2026");
  });

  it("rejects a value that is not a period, with the issue worded in both languages", () => {
    const result = p1Appraiser.score(p1Row({ period: "Q4 2026" }));
    if (result.status !== "rejected") throw new Error("expected a rejection");
    const issue = result.issues[0];
    if (issue === undefined) throw new Error("expected an issue");
    expect(issue.code).toBe("record.invalid-period");
    expect(formatIssue(issue)).toBe(
      'period: "period" must be a month (2026-11), a quarter (2026-Q4), a half year (2026-H2) or a year (2026); got "Q4 2026".',
    );
    expect(formatIssue(issue, "zh-CN")).toBe(
      'period: "period" 必须是月（2026-11）、季度（2026-Q4）、半年（2026-H2）或年（2026），实际为 "Q4 2026"。',
    );
    const object = p1Appraiser.score(p1Row({ period: { year: 2026 } }));
    expect(object.status === "rejected" && object.issues[0]?.code).toBe("record.invalid-period");
  });

  it("rejects a period of another length than the policy's cycle, in both languages", () => {
    const result = p1Appraiser.score(p1Row({ period: "2026-H1" }));
    if (result.status !== "rejected") throw new Error("expected a rejection");
    const issue = result.issues[0];
    if (issue === undefined) throw new Error("expected an issue");
    expect(issue.values).toEqual({ period: "2026-H1", kind: "half-year", cycle: "month" });
    expect(formatIssue(issue)).toBe(
      "period: The period 2026-H1 is a half year, but the policy appraises every month.",
    );
    expect(formatIssue(issue, "zh-CN")).toBe("period: 期间 2026-H1 是半年，但考评办法按月考评。");
  });

  it("adds the columns of ranking groups to the required columns", () => {
    const policy = compile(
      p1Policy({ ranking: { groups: [{ id: "branch", column: "分公司" }, { id: "team" }] } }),
    ).policy;
    expect(requiredColumns(policy).slice(-2)).toEqual(["分公司", "team"]);
  });
});
