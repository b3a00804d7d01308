import { describe, expect, it } from "vitest";
import { folder, runCli } from "../helpers/cli";

interface JsonReport {
  results: { subject: string; period?: string; line: number; total: string; pay?: string; rank?: number }[];
  rejected: {
    line: number;
    subject?: string;
    issues: { code: string; path: string[]; values: Record<string, unknown> }[];
  }[];
  summary: { records: number; rejected: number };
}

const PAY_HEADER = "subject,period,score,performance_base";
// Li Lei has two records for March 2026, spelled two ways: the same person must not be paid twice.
const PAY_ROWS = [
  "Li Lei,2026-03,85,3001.70", // line 2
  "Han Meimei,2026-03,60,3000.00", // line 3
  "Li Lei,2026年3月,40,3001.70", // line 4
  "Li Lei,2026-04,50,1000.00", // line 5: another month, kept
];

describe("a subject with several records for one period: all rejected, whatever the policy", () => {
  const cwd = folder({ "pay.csv": [PAY_HEADER, ...PAY_ROWS, ""].join("\n") });

  it("performance-pay (no ranking, series or rewards): neither of Li Lei's March records is paid; exit 1", async () => {
    const { code, stdout } = await runCli(
      ["score", "-p", "performance-pay", "-i", "pay.csv", "-f", "json", "-q"],
      {
        cwd,
      },
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    // By hand: 3000.00 × 60 / 100 = 1800.00 (60 passes); 1000.00 × 50 / 100 = 500 × 0.7 = 350.00.
    expect(report.results.map((r) => [r.line, r.subject, r.period, r.pay])).toEqual([
      [3, "Han Meimei", "2026-03", "1800.00"],
      [5, "Li Lei", "2026-04", "350.00"],
    ]);
    expect(report.rejected.map((r) => [r.line, r.subject, r.issues.map((i) => [i.code, i.path])])).toEqual([
      [2, "Li Lei", [["record.duplicate-subject", ["subject"]]]],
      [4, "Li Lei", [["record.duplicate-subject", ["subject"]]]],
    ]);
    expect(report.rejected[0]?.issues[0]?.values).toEqual({ subject: "Li Lei", period: "2026-03", count: 2 });
    expect(report.summary).toMatchObject({ records: 2, rejected: 2 });
  });

  it.each(["ndjson", "csv", "text"])(
    "the %s report leaves the duplicates out and lists them too",
    async (format) => {
      const { code, stdout, stderr } = await runCli(
        ["score", "-p", "performance-pay", "-i", "pay.csv", "-f", format],
        {
          cwd,
        },
      );
      expect(code).toBe(1);
      expect(stdout).not.toContain("2551.45"); // Li Lei's March pay (3001.70 × 0.85) is never written
      expect(stdout).not.toContain("840.48"); // nor the other one (3001.70 × 0.40 × 0.7 = 840.476)
      const listed = format === "text" ? stdout : stderr;
      expect(listed).toContain('"Li Lei" has 2 records for 2026-03: keep one (none of them is scored).');
    },
  );

  it("does not depend on the order of the rows", async () => {
    const forward = folder({ "pay.csv": [PAY_HEADER, ...PAY_ROWS, ""].join("\n") });
    const backward = folder({ "pay.csv": [PAY_HEADER, ...[...PAY_ROWS].reverse(), ""].join("\n") });
    const args = ["score", "-p", "performance-pay", "-i", "pay.csv", "-f", "json", "-q"];
    const a = JSON.parse((await runCli(args, { cwd: forward })).stdout) as JsonReport;
    const b = JSON.parse((await runCli(args, { cwd: backward })).stdout) as JsonReport;
    const paid = (report: JsonReport) => report.results.map((r) => [r.subject, r.period, r.pay]).sort();
    expect(paid(b)).toEqual(paid(a));
    expect(paid(a)).toEqual([
      ["Han Meimei", "2026-03", "1800.00"],
      ["Li Lei", "2026-04", "350.00"],
    ]);
    // Reversed, Li Lei's March records are on lines 3 and 5.
    expect(b.rejected.map((r) => [r.line, r.issues[0]?.code])).toEqual([
      [3, "record.duplicate-subject"],
      [5, "record.duplicate-subject"],
    ]);
  });

  it("a file without a period column is one period: a subject twice in it is a duplicate", async () => {
    const cwd = folder({
      "pay.csv": "subject,score,performance_base\nA,85,3000.00\nB,70,1000.00\nA,85,3000.00\nA,90,3000.00\n",
    });
    const { code, stdout } = await runCli(
      ["score", "-p", "performance-pay", "-i", "pay.csv", "-f", "json", "-q"],
      {
        cwd,
      },
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.results.map((r) => [r.subject, r.pay])).toEqual([["B", "700.00"]]);
    expect(report.rejected.map((r) => [r.line, r.issues[0]?.values])).toEqual([
      [2, { subject: "A", period: "", count: 3 }],
      [4, { subject: "A", period: "", count: 3 }],
      [5, { subject: "A", period: "", count: 3 }],
    ]);
  });

  it("a policy that ranks (satisfaction-work) ranks only the records that are left", async () => {
    const cwd = folder({
      "units.csv": [
        "period,subject,inspected,findings,survey,valid_complaints,major_complaints",
        "2026-03,A,true,0,very-satisfied,0,0", // 100, but duplicated on line 4
        "2026-03,B,true,5,very-satisfied,0,0", // 45 + 20 + 30 = 95
        "2026年3月,A,true,1,very-satisfied,0,0",
        "2026-03,C,true,2,very-satisfied,0,0", // 48 + 20 + 30 = 98
      ].join("\n"),
    });
    const { stdout } = await runCli(
      ["score", "-p", "satisfaction-work", "-i", "units.csv", "-f", "json", "-q"],
      {
        cwd,
      },
    );
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.results.map((r) => [r.subject, r.total, r.rank])).toEqual([
      ["B", "95", 2],
      ["C", "98", 1],
    ]);
    expect(report.rejected.map((r) => r.line)).toEqual([2, 4]);
  });

  it("--max-rejected counts the duplicates as rejected records", async () => {
    const { code, stdout, stderr } = await runCli(
      ["score", "-p", "performance-pay", "-i", "pay.csv", "-f", "json", "--max-rejected", "1"],
      { cwd },
    );
    expect(code).toBe(1);
    // Line 2 is the first rejected record, line 4 the second: the run stops there.
    expect(stderr).toContain("line 4");
    const report = JSON.parse(stdout) as JsonReport & { stopped: { line: number } };
    expect(report.stopped).toEqual({ line: 4, maxRejected: 1 });
    expect(report.results.map((r) => r.subject)).toEqual(["Han Meimei"]);
  });

  it("explain: a subject with two records for a period explains neither, says why, exit 1", async () => {
    const { code, stdout, stderr } = await runCli(
      ["explain", "-p", "performance-pay", "-i", "pay.csv", "-s", "Li Lei", "--period", "2026-03"],
      { cwd },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([
      'pay.csv:2: [Li Lei] subject: "Li Lei" has 2 records for 2026-03: keep one (none of them is scored).',
      'pay.csv:4: [Li Lei] subject: "Li Lei" has 2 records for 2026-03: keep one (none of them is scored).',
    ]);
    // Without --period, April (one record) is still explained: 50 of 100, 1000.00 × 0.5 × 0.7.
    const all = await runCli(["explain", "-p", "performance-pay", "-i", "pay.csv", "-s", "Li Lei"], { cwd });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain("Li Lei (2026-04) — Performance pay");
    expect(all.stdout).toContain("Performance pay: 350.00.");
    expect(all.stdout).not.toContain("2026-03");
  });
});

describe("csv columns come from the policy, not from the first record", () => {
  const HEADER = "subject,inspected,findings,survey,valid_complaints,major_complaints";

  it("a ranking policy has its rank column even when the first record has no opinion", async () => {
    const cwd = folder({
      "units.csv": [
        HEADER,
        "Quiet,false,0,very-satisfied,0,0", // not inspected, no complaint: no opinion, no rank
        "North,true,3,basically-satisfied,1,0", // 47 + 16 + 24 = 87
        "East,true,0,very-satisfied,0,0", // 50 + 20 + 30 = 100
      ].join("\n"),
    });
    const { stdout } = await runCli(
      ["score", "-p", "satisfaction-work", "-i", "units.csv", "-f", "csv", "-q"],
      {
        cwd,
      },
    );
    const rows = stdout.split("\r\n").map((line) => line.split(","));
    expect(rows[0]?.slice(0, 8)).toEqual([
      "line",
      "subject",
      "period",
      "status",
      "total",
      "grade",
      "grade_name",
      "rank",
    ]);
    // rank is column 8: none for Quiet, East 1st, North 2nd.
    expect(rows.slice(1, 4).map((row) => [row[1], row[7]])).toEqual([
      ["Quiet", ""],
      ["North", "2"],
      ["East", "1"],
    ]);
  });

  it("a policy without ranking has no rank column, and one with payouts has pay", async () => {
    const cwd = folder({ "pay.csv": "subject,score,performance_base\nA,85,3000.00\n" });
    const { stdout } = await runCli(["score", "-p", "performance-pay", "-i", "pay.csv", "-f", "csv", "-q"], {
      cwd,
    });
    expect(stdout.split("\r\n")[0]).toBe(
      "line,subject,period,status,total,grade,grade_name,pay,score,explanation",
    );
    // 3000.00 × 85 / 100 = 2550.00
    expect(stdout.split("\r\n")[1]).toMatch(/^2,A,,graded,85\.00,pass,pass,2550\.00,85\.00,/);
  });

  it("an empty file still has the policy's columns", async () => {
    const cwd = folder({ "units.csv": `${HEADER}\n` });
    const { stdout } = await runCli(
      ["score", "-p", "satisfaction-work", "-i", "units.csv", "-f", "csv", "-q"],
      {
        cwd,
      },
    );
    expect(stdout).toBe(
      "line,subject,period,status,total,grade,grade_name,rank,standards,survey,complaints,explanation\r\n",
    );
  });
});
