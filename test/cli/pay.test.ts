import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parsePolicy } from "../../src/index";
import { runCli } from "../helpers/cli";

const ROOT = resolve(import.meta.dirname, "../..");

/** The CLI in-process, run from the repository's root unless told otherwise. */
const cli = (argv: readonly string[], cwd = ROOT) => runCli(argv, { cwd });

describe("kaoping score --policy performance-pay, as a new user runs it", () => {
  test("pay to the cent as by hand; bad rows rejected with their lines; exit code 1", async () => {
    const { code, stdout } = await cli([
      "score",
      "--policy",
      "performance-pay",
      "--input",
      "examples/pay.csv",
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as {
      results: { subject: string; total: string; grade: string; pay: string }[];
      rejected: { line: number; issues: { code: string; path: string[] }[] }[];
    };
    // By hand: base × score / 100, × 0.7 below 60, half-up to the cent.
    expect(output.results.map((r) => [r.subject, r.total, r.grade, r.pay])).toEqual([
      ["Li Lei", "85", "pass", "2551.45"], // 3001.70 × 0.85 = 2551.445 (floats give 2551.44)
      ["Han Meimei", "85", "pass", "2550.00"],
      ["Zhang Wei", "60", "pass", "1800.00"], // exactly 60 passes
      ["Wang Fang", "59.5", "fail", "1249.50"], // 3000 × 0.595 × 0.7
      ["Chen Jing", "72.35", "pass", "2090.10"], // 2888.88 × 0.7235 = 2090.10468
      ["Liu Yang", "45", "fail", "388.87"], // 1234.50 × 0.45 × 0.7 = 388.8675
    ]);
    expect(
      output.rejected.map((row) => [row.line, row.issues.map((issue) => [issue.code, issue.path[0]])]),
    ).toEqual([
      [8, [["record.out-of-range", "score"]]], // 101
      [9, [["record.not-a-decimal", "score"]]], // abc
      [10, [["record.out-of-range", "performance_base"]]], // −500.00
    ]);
  });

  test("the text table has a pay column and lists the rejected lines", async () => {
    const { code, stdout } = await cli(["score", "-p", "performance-pay", "-i", "examples/pay.csv"]);
    expect(code).toBe(1);
    expect(stdout.split("\n")[0]).toMatch(/^Subject\s+Status\s+Total\s+Grade\s+Pay\s+Monthly score$/);
    // P2: 3001.70 × 85 / 100 = 2551.445 → 2551.45 (half-up, once).
    expect(stdout).toMatch(/Li Lei\s+graded\s+85\.00\s+pass\s+2551\.45\s+85\.00/);
    expect(stdout).toContain('line 8: score: "score" is 101, outside 0 … 100.');
  });

  test("a clean file exits 0; a base with more than 2 decimals is rejected naming the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kaoping-pay-"));
    writeFileSync(join(dir, "ok.csv"), "subject,score,performance_base\nA,85,3001.70\n");
    writeFileSync(join(dir, "cents.csv"), "subject,score,performance_base\nA,85,3001.705\n");
    expect((await cli(["score", "-p", "performance-pay", "-i", "ok.csv"], dir)).code).toBe(0);
    const { code, stdout } = await cli(
      ["score", "-p", "performance-pay", "-i", "cents.csv", "-f", "json"],
      dir,
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).rejected[0].issues[0]).toMatchObject({
      code: "record.too-many-places",
      path: ["performance_base"],
    });
  });

  test("a missing column is one issue for the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kaoping-pay-"));
    writeFileSync(join(dir, "no-base.csv"), "subject,score\nA,85\n");
    const { code, stdout } = await cli(
      ["score", "-p", "performance-pay", "-i", "no-base.csv", "-f", "json"],
      dir,
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).rejected[0].issues[0]).toMatchObject({
      code: "file.missing-column",
      path: ["performance_base"],
    });
  });
});

describe("presets and validate", () => {
  test("the new presets are listed and can be printed, copied and validated", async () => {
    const list = await cli(["presets"]);
    for (const name of [
      "performance-pay",
      "sales-performance-pay",
      "after-sales-performance-pay",
      "customer-indicators",
      "branch-service",
    ]) {
      expect(list.stdout).toContain(name);
    }
    const shown = await cli(["presets", "show", "customer-indicators"]);
    expect(parsePolicy(JSON.parse(shown.stdout)).success).toBe(true);
  });

  test("validate reports weights not adding up to 100% at their line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kaoping-pay-"));
    const yaml = [
      "id: kpi",
      "version: 1.0.0",
      "name: { en: KPI, zh-CN: 考核 }",
      "cycle: month",
      "maxScore: 100",
      "inputs:",
      "  a: { type: decimal }",
      "  b: { type: decimal }",
      "components:",
      "  - id: sheet",
      "    kind: weighted",
      "    max: 100",
      "    noData: zero",
      "    parts:",
      "      - weight: 60",
      "        component: { id: a, kind: given, max: 100, input: a }",
      "      - weight: 30",
      "        component: { id: b, kind: given, max: 100, input: b }",
      "grades: [{ id: any }]",
    ].join("\n");
    writeFileSync(join(dir, "kpi.yaml"), yaml);
    const { code, stdout } = await cli(["validate", "kpi.yaml"], dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      "kpi.yaml:15: components[0].parts: The parts' weights add up to 90%, but they must add up to 100%.\n",
    );
  });
});
