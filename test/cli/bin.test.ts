import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli.js");

// The published binary, built from this source: shebang, bundling and exit codes as users get them.
beforeAll(() => {
  execFileSync("npx", ["tsup", "--silent"], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

const kaoping = (...args: string[]) => spawnSync(BIN, args, { cwd: ROOT, encoding: "utf8" });

describe("the kaoping binary", () => {
  it("scores the sample units (npm start's job)", () => {
    const result = kaoping(
      "score",
      "--policy",
      "satisfaction-work",
      "--input",
      "examples/units.csv",
      "--format",
      "json",
    );
    expect(result.status).toBe(0);
    const { results, rejected } = JSON.parse(result.stdout);
    expect(rejected).toEqual([]);
    // Hand-worked from P1 for each sample row.
    expect(results.map((r: { total: string; grade?: string }) => [r.total, r.grade ?? null])).toEqual([
      ["87", "fail"], // 47 + 16 + 24
      ["100", "excellent"],
      ["4", "fail"], // 0 + 4 + 0
      ["95", "excellent"], // 45 + 20 + 30
      ["96", "excellent"], // 48 + (20 + 16) / 2 + 30
      ["96", null], // no inspection, no complaint: no opinion
      ["90", "pass"], // 50 + (12 + 16 + 20) / 3 + 24
    ]);
  });

  it("reports its version and exits 2 on a usage error", () => {
    expect(kaoping("--version").stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const result = kaoping("score");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("required option");
  });
});
