import { describe, expect, it } from "vitest";
import { folder, runCli } from "../helpers/cli";
import { WORKED_EXPLANATION, weightedPayPolicy } from "../helpers/weighted-pay-policy";

const HEADER = "period,subject,inspected,findings,survey,valid_complaints,major_complaints";

describe("kaoping explain --period compares periods however they are written", () => {
  const cwd = folder({
    "year.csv": [
      HEADER,
      "2026年3月,North,true,3,basically-satisfied,1,0", // 47 + 16 + 24 = 87
      "2026/4,North,true,0,very-satisfied,0,0", // 100
      "2026-03,South,true,1,very-satisfied,0,0", // 49 + 20 + 30 = 99
    ].join("\n"),
  });
  const explainOf = (subject: string, period: string) =>
    runCli(["explain", "-p", "satisfaction-work", "-i", "year.csv", "-s", subject, "--period", period], {
      cwd,
    });

  it("finds a record written 2026年3月 with --period 2026-03", async () => {
    const { code, stdout } = await explainOf("North", "2026-03");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("North (2026-03) — Satisfaction work appraisal");
    expect(stdout).toContain("Total: 87 of 100 points, grade: fail.");
    expect(stdout).not.toContain("2026-04");
  });

  it.each(["2026年3月", "2026/3", "2026.03", " 2026-3 "])(
    "finds a record written 2026-03 with --period %s",
    async (period) => {
      const { code, stdout } = await explainOf("South", period);
      expect(code).toBe(0);
      expect(stdout).toContain("Total: 99 of 100 points, grade: excellent.");
    },
  );

  it("a period with no record of the subject is still a usage error (exit 2)", async () => {
    const { code, stderr } = await explainOf("North", "2026-05");
    expect(code).toBe(2);
    expect(stderr).toContain('No record for subject "North" in period 2026-05.');
  });
});

describe("explain and score --explain say the same, including no data", () => {
  const cwd = folder({
    "policy.json": JSON.stringify(weightedPayPolicy()),
    "units.csv": "subject,a,b,c,m,base\nUnit,8,60,4,,1000.00\n",
  });

  it("kaoping explain prints every step, and why the manager's mark has no data", async () => {
    const { code, stdout } = await runCli(["explain", "-p", "policy.json", "-i", "units.csv", "-s", "Unit"], {
      cwd,
    });
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toEqual(["Unit — Test", ...WORKED_EXPLANATION]);
  });

  it("score --explain follows the table with the same sentences", async () => {
    const { code, stdout } = await runCli(
      ["score", "-p", "policy.json", "-i", "units.csv", "--explain", "-q"],
      {
        cwd,
      },
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    const start = lines.indexOf("Unit — Test");
    expect(lines.slice(start)).toEqual(["Unit — Test", ...WORKED_EXPLANATION]);
  });
});
