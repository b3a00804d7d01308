import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli";

const ROOT = join(__dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");

/** The newest modification time of the files under a folder. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

/** Every unit's row of the report's ranking table: subject, total, grade. */
function rankingRows(html: string): string[][] {
  return [...html.matchAll(/<tr data-subject="([^"]*)"[^>]*>(.*?)<\/tr>/g)].map(([, subject, cells]) => {
    const tds = [...(cells ?? "").matchAll(/<td([^>]*)>(.*?)<\/td>/g)];
    const values = tds.map((m) => (m[2] ?? "").replace(/<[^>]+>/g, ""));
    // The total's cell is marked; the grade follows it (a rank column may come first).
    const total = tds.findIndex((m) => (m[1] ?? "").includes("total"));
    return [subject ?? "", values[total] ?? "", values[total + 1] ?? ""];
  });
}

const EXPECTED = [
  // P1's worked examples (POLICIES.md) …
  ["North Service Hall", "87.00", "fail"],
  ["East Service Center", "100.00", "excellent"],
  ["Repair Workshop", "4.00", "fail"],
  ["West Service Hall", "95.00", "excellent"],
  // … and by hand: 2 findings → 48, answers 20 and 16 → 18, no complaint → 30: 96.
  ["客服一部", "96.00", "excellent"],
  // Not inspected and no complaint: no opinion.
  ["客服二部", "96.00", "no opinion"],
  // Answers 12, 16, 20 → 16; one valid complaint → 24; 50 + 16 + 24 = 90, pass (inclusive).
  ["Hotline Team", "90.00", "pass"],
];

describe("a new user: init, then score to HTML", () => {
  it("works in-process", async () => {
    const cwd = tempDir();
    expect((await runCli(["init", "demo"], { cwd })).code).toBe(0);
    const demo = join(cwd, "demo");
    const args = [
      "score",
      "--policy",
      "policy.json",
      "--input",
      "units.csv",
      "--format",
      "html",
      "--out",
      "report.html",
    ];
    const { code } = await runCli(args, { cwd: demo });
    expect(code).toBe(0);
    const html = readFileSync(join(demo, "report.html"), "utf8");
    expect(rankingRows(html)).toEqual(expect.arrayContaining(EXPECTED));
    expect(rankingRows(html)).toHaveLength(EXPECTED.length);
    // Each unit's card says why: its conclusion sentence.
    expect(html).toContain('<p class="conclusion">Total: 87 of 100 points, grade: fail.</p>');
  });

  describe("through the built bin (dist/cli.js)", () => {
    beforeAll(() => {
      // Build when the bin is missing or older than the sources (CI builds before testing).
      let stale = true;
      try {
        stale = statSync(CLI).mtimeMs < newest(join(ROOT, "src"));
      } catch {}
      if (stale) execFileSync("npx", ["tsup"], { cwd: ROOT, stdio: "ignore" });
    }, 120_000);

    it("writes the report and exits 0", () => {
      const cwd = tempDir();
      const init = spawnSync(process.execPath, [CLI, "init", "demo"], { cwd, encoding: "utf8" });
      expect(init.status).toBe(0);
      const demo = join(cwd, "demo");
      const score = spawnSync(
        process.execPath,
        [
          CLI,
          "score",
          "--policy",
          "policy.json",
          "--input",
          "units.csv",
          "--format",
          "html",
          "--out",
          "report.html",
        ],
        { cwd: demo, encoding: "utf8" },
      );
      expect(score.stderr).toBe(
        "7 records scored (6 graded, 1 without opinion), 0 rejected.\nWrote report.html.\n",
      );
      expect(score.status).toBe(0);
      expect(rankingRows(readFileSync(join(demo, "report.html"), "utf8"))).toEqual(
        expect.arrayContaining(EXPECTED),
      );
    });

    it("exits 1 on rejected input and 2 on a usage error, as the README says", () => {
      const cwd = tempDir();
      spawnSync(process.execPath, [CLI, "init", "demo"], { cwd });
      const demo = join(cwd, "demo");
      const bad = spawnSync(
        process.execPath,
        [CLI, "score", "-p", "policy.json", "-i", "policy.json", "-q"],
        {
          cwd: demo,
          encoding: "utf8",
        },
      );
      expect(bad.status).toBe(1);
      const usage = spawnSync(process.execPath, [CLI, "score", "-p", "policy.json"], {
        cwd: demo,
        encoding: "utf8",
      });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain("required option '-i, --input <file>' not specified");
    });
  });
});
