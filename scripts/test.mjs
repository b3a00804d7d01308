// Runs the test suite and prints the one line CI reads: "N passed, N failed[, N skipped]".
// Vitest's own summary stays on screen for people; its JSON report gives the counts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "kaoping-test-"));
const report = join(dir, "report.json");
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit" });

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
} catch {
  failed = Math.max(failed, 1); // No report: vitest itself failed to run.
}
rmSync(dir, { recursive: true, force: true });
// vitest.config.ts leaves the browser tests out where Chromium is missing (never in CI): say so.
const chromium = process.env.KAOPING_CHROMIUM ?? "/usr/bin/chromium";
if (process.env.CI !== "true" && process.env.KAOPING_BROWSER !== "1" && !existsSync(chromium)) {
  console.log(
    `Browser tests (test/browser) not run: no Chromium at ${chromium}. Install it (apt-get install -y chromium), then npm run test:browser.`,
  );
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
