import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the CLI in-process with buffers for its streams. */
/** The CLI in-process, run from the repository's root unless told otherwise. */
const kaoping = (argv: readonly string[], cwd = ROOT) => runCli(argv, { cwd });

interface Result {
  subject: string;
  period?: string;
  status: string;
  total: string;
  grade?: string;
  rank?: number;
}
interface SeriesJson {
  subject: string;
  rule: string;
  window: string;
  triggered: boolean;
  periods: string[];
  trace?: unknown[];
}

describe("kaoping score over a year of P1 records (examples/year.csv)", async () => {
  const { code, stdout, stderr } = await kaoping([
    "score",
    "--policy",
    "satisfaction-work",
    "--input",
    "examples/year.csv",
    "--format",
    "json",
  ]);
  const json = JSON.parse(stdout) as { results: Result[]; rejected: unknown[]; series: SeriesJson[] };
  const seriesOf = (subject: string) => json.series.find((s) => s.subject === subject);

  it("scores every row: 5 units × 12 months, nothing rejected, exit 0", () => {
    expect(stderr).toBe("60 records scored (56 graded, 4 without opinion), 0 rejected.\n");
    expect(code).toBe(0);
    expect(json.results).toHaveLength(60);
    expect(json.rejected).toEqual([]);
  });

  it("loses the year-end eligibility of the unit failing in March and September, naming those months", () => {
    expect(seriesOf("North Service Hall")).toMatchObject({
      rule: "year-end-eligibility",
      window: "2026",
      triggered: true,
      periods: ["2026-03", "2026-09"],
    });
  });

  it("keeps it for the unit failing only once (May)", () => {
    expect(seriesOf("East Service Center")).toMatchObject({ triggered: false, periods: ["2026-05"] });
  });

  it("gives one outcome per unit, with its trace of the twelve months", () => {
    expect(json.series.map((s) => [s.subject, s.triggered])).toEqual([
      ["East Service Center", false],
      ["Hotline Team", false],
      ["North Service Hall", true],
      ["Repair Workshop", true],
      ["客服一部", false],
    ]);
    expect(seriesOf("客服一部")?.trace).toHaveLength(12);
  });

  it("adds the period and the rank to each result, and no rank without an opinion", () => {
    // January by hand: North 98 and East 98 (2 findings each) tie first, Hotline 96 third,
    // Repair 94 (4 findings, survey mean 18) fourth; 客服一部 was not inspected: no opinion.
    const january = json.results.filter((r) => r.period === "2026-01");
    expect(january.map((r) => [r.subject, r.total, r.rank])).toEqual([
      ["North Service Hall", "98", 1],
      ["East Service Center", "98", 1],
      ["Repair Workshop", "94", 4],
      ["客服一部", "100", undefined],
      ["Hotline Team", "96", 3],
    ]);
    expect(january[3]?.status).toBe("no-opinion");
    expect(Object.hasOwn(january[3] as object, "rank")).toBe(false);
  });
});

describe("kaoping score: periods in text, rejections and options", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaoping-periods-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const csv = (name: string, rows: string[]) => {
    const header = "period,subject,inspected,findings,survey,valid_complaints,major_complaints";
    writeFileSync(join(dir, name), `${[header, ...rows].join("\n")}\n`);
    return name;
  };

  it("prints the series outcomes after the table, in Chinese too", async () => {
    const { code, stdout } = await kaoping(["score", "-p", "satisfaction-work", "-i", "examples/year.csv"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Rules across periods (5):");
    expect(stdout).toContain(
      "  North Service Hall, 2026 — Year-end award eligibility lost\n  Triggered: 2 periods met the condition (2026-03, 2026-09); 2 trigger the rule.",
    );
    const zh = await kaoping(["score", "-p", "satisfaction-work", "-i", "examples/year.csv", "-l", "zh-CN"]);
    expect(zh.stdout).toContain("跨期规则 (5):");
    expect(zh.stdout).toContain("已触发：2 个期间符合条件（2026-03、2026-09）；达到 2 个即触发。");
    const explained = await kaoping([
      "score",
      "-p",
      "satisfaction-work",
      "-i",
      "examples/year.csv",
      "--explain",
    ]);
    expect(explained.stdout).toContain("    - 2026-02: no appraisal opinion, not counted");
  });

  it("rejects bad periods and duplicate records with their lines, scores the rest, exit 1", async () => {
    const name = csv("bad.csv", [
      "2026-03,A,true,0,very-satisfied,0,0", // line 2
      "2026-13,B,true,0,very-satisfied,0,0", // line 3: not a month
      "2026-Q1,C,true,0,very-satisfied,0,0", // line 4: a quarter in a monthly policy
      "2026-03,D,true,0,very-satisfied,0,0", // line 5: duplicated on line 6
      "2026/3,D,true,1,very-satisfied,0,0", // line 6: the same month, written otherwise
    ]);
    const { code, stdout } = await kaoping([
      "score",
      "-p",
      "satisfaction-work",
      "-i",
      join(dir, name),
      "-f",
      "json",
    ]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as {
      results: Result[];
      rejected: { line: number; issues: { code: string }[] }[];
    };
    expect(json.results.map((r) => [r.subject, r.rank])).toEqual([["A", 1]]);
    expect(json.rejected.map((r) => [r.line, r.issues[0]?.code])).toEqual([
      [3, "record.invalid-period"],
      [4, "record.period-cycle-mismatch"],
      [5, "record.duplicate-subject"],
      [6, "record.duplicate-subject"],
    ]);
  });

  it("leaves the series trace out with --no-trace, and gives an empty list without periods", async () => {
    const lean = await kaoping([
      "score",
      "-p",
      "satisfaction-work",
      "-i",
      "examples/year.csv",
      "-f",
      "json",
      "--no-trace",
    ]);
    const series = (JSON.parse(lean.stdout) as { series: SeriesJson[] }).series;
    expect(series).toHaveLength(5);
    expect(series.every((s) => s.trace === undefined)).toBe(true);
    const undated = await kaoping([
      "score",
      "-p",
      "satisfaction-work",
      "-i",
      "examples/units.csv",
      "-f",
      "json",
    ]);
    const parsed = JSON.parse(undated.stdout) as { results: Result[]; series: SeriesJson[] };
    expect(parsed.series).toEqual([]);
    // examples/units.csv by hand: East 100, West 95, 客服一部 (48 + 18 + 30 =) 96, Hotline (50 + 16 + 24 =) 90,
    // North 87, Repair 4; 客服二部 was not inspected and had no complaint: no opinion.
    expect(parsed.results.map((r) => [r.subject, r.rank])).toEqual([
      ["North Service Hall", 5],
      ["East Service Center", 1],
      ["Repair Workshop", 6],
      ["West Service Hall", 3],
      ["客服一部", 2],
      ["客服二部", undefined],
      ["Hotline Team", 4],
    ]);
  });
});
