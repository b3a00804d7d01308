// Peak memory of `kaoping score` on large generated CSVs: the streamed formats (ndjson, csv,
// json) should keep the peak resident set size flat as the input grows. A benchmark, not a test:
// it prints figures for people (and writes them to bench/results/cli-memory.json).
//   npm run build && node bench/cli-memory.mjs [--rows 100000,1000000] [--formats ndjson,csv,json] [--heap MiB] [--plain]
// --heap caps V8's old space (--max-old-space-size): a run that held every record would then fail.
// --plain scores with satisfaction-work less its ranking and series rules: the path of every policy
// that needs no appraisal across subjects, whose first pass keeps only a hash per (subject, period).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return (at === -1 ? fallback : process.argv[at + 1]).split(",");
};
const sizes = option("rows", "100000,1000000").map(Number);
const formats = option("formats", "ndjson,csv,json");
const heap = option("heap", "")[0];
const plain = process.argv.includes("--plain");

const work = mkdtempSync(join(tmpdir(), "kaoping-bench-"));
const results = [];
try {
  let policy = "satisfaction-work";
  if (plain) {
    const { getPreset } = await import(join(root, "dist/index.js"));
    const { ranking: _ranking, series: _series, rewards: _rewards, ...rest } = getPreset(policy);
    policy = join(work, "satisfaction-work-plain.json");
    writeFileSync(policy, JSON.stringify({ ...rest, id: "satisfaction-work-plain" }));
  }
  for (const rows of sizes) {
    const input = join(work, `units-${rows}.csv`);
    spawnSync(process.execPath, [join(root, "scripts/gen-units.mjs"), String(rows), input], {
      stdio: "inherit",
    });
    const megabytes = statSync(input).size / 1e6;
    for (const format of formats) {
      const rssFile = join(work, "rss");
      const start = process.hrtime.bigint();
      const run = spawnSync(
        process.execPath,
        [
          ...(heap ? [`--max-old-space-size=${heap}`] : []),
          "--import",
          join(root, "bench/rss-at-exit.mjs"),
          join(root, "dist/cli.js"),
          "score",
          "--policy",
          policy,
          "--input",
          input,
          "--format",
          format,
          "--out",
          "/dev/null",
          "--quiet",
        ],
        { env: { ...process.env, KAOPING_RSS_FILE: rssFile }, encoding: "utf8" },
      );
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (run.status !== 0) throw new Error(`score exited ${run.status}: ${run.stderr}`);
      const peakMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
      const row = {
        policy: plain ? "satisfaction-work, plain" : "satisfaction-work",
        rows,
        inputMB: Number(megabytes.toFixed(1)),
        format,
        peakRssMiB: Number(peakMiB.toFixed(1)),
        seconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round(rows / seconds),
      };
      results.push(row);
      console.log(
        `${row.policy}: ${String(rows).padStart(9)} rows (${row.inputMB} MB)  ${format.padEnd(6)}  peak RSS ${String(row.peakRssMiB).padStart(6)} MiB  ${String(row.seconds).padStart(6)} s  ${row.rowsPerSecond} rows/s`,
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(
  join(root, "bench/results/cli-memory.json"),
  `${JSON.stringify({ node: process.version, results }, null, 2)}\n`,
);
