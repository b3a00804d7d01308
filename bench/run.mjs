/**
 * The benchmark: `npm run bench` (or `node --expose-gc bench/run.mjs`). See bench/README.md.
 *
 * 1. records/s of kaoping and its peers on P1 + P2's pay rule, every result checked against an
 *    exact reference; a child process per engine for its peak memory;
 * 2. kaoping's compile time; 3. kaoping's exactness on many records; 4. the CLI end to end.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ENGINES } from "./engines/index.mjs";
import { runCli } from "./lib/cli-e2e.mjs";
import { generateRecords } from "./lib/generate.mjs";
import { readOptions, USAGE } from "./lib/options.mjs";
import { referenceOutcome } from "./lib/reference.mjs";
import { evaluateTargets, renderReport } from "./lib/report.mjs";
import { measureThroughput } from "./lib/throughput.mjs";

const self = fileURLToPath(import.meta.url);

// Garbage is collected between repetitions, which needs --expose-gc: start again with it.
if (typeof globalThis.gc !== "function") {
  const again = spawnSync(
    process.execPath,
    ["--expose-gc", ...process.execArgv, self, ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  process.exit(again.status ?? 1);
}

let options;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

if (options.render !== "") {
  const saved = JSON.parse(readFileSync(options.render, "utf8"));
  process.stdout.write(renderReport({ ...saved, targets: evaluateTargets(saved) }));
  process.exit(0);
}

const log = (line) => process.stderr.write(`${line}\n`);
const root = new URL("../", import.meta.url);
if (!existsSync(new URL("dist/index.js", root))) {
  log("dist/ is missing: run `npm run build` first (npm run bench does).");
  process.exit(2);
}
if (!existsSync(new URL("bench/node_modules/@gorules/zen-engine", root))) {
  log("The peers are not installed: run `npm --prefix bench ci` first (npm run bench does).");
  process.exit(2);
}

const wanted =
  options.engines === "" ? undefined : new Set(options.engines.split(",").map((id) => id.trim()));
const unknown = wanted ? [...wanted].filter((id) => !ENGINES.some((entry) => entry.id === id)) : [];
if (unknown.length > 0) {
  log(`Unknown engine(s): ${unknown.join(", ")}. Known: ${ENGINES.map((entry) => entry.id).join(", ")}`);
  process.exit(2);
}
const entries = ENGINES.filter((entry) => wanted === undefined || wanted.has(entry.id) || entry.baseline);

const meta = {
  date: new Date().toISOString(),
  node: process.versions.node,
  cpuModel: cpus()[0]?.model ?? "unknown CPU",
  cores: cpus().length,
  memoryBytes: totalmem(),
  records: options.records,
  reps: options.reps,
  seed: options.seed,
  budgetMs: options.budgetMs,
  loadAverageAtStart: loadavg()[0],
};

log(
  `kaoping benchmark: ${entries.length} engines, ${options.records.toLocaleString("en")} records, ${options.reps} repetitions`,
);
if (meta.loadAverageAtStart > meta.cores * 0.5) {
  log(
    `Warning: the load average is ${meta.loadAverageAtStart.toFixed(1)} on ${meta.cores} cores: other work will distort the figures.`,
  );
}
log("Generating the records and the exact reference…");
const records = generateRecords(options.records, { seed: options.seed });
const reference = records.map(referenceOutcome);
const expected = {
  total: reference.map((r) => r.total),
  grade: reference.map((r) => r.grade),
  pay: reference.map((r) => r.pay),
};
meta.halfCentTies = reference.filter((r) => r.payIsHalfCentTie).length;
meta.nonTerminatingTotals = reference.filter((r) => !r.totalTerminates).length;
log(
  `  ${meta.halfCentTies.toLocaleString("en")} exact half-cent pays, ${meta.nonTerminatingTotals.toLocaleString("en")} totals that do not terminate`,
);

log("Throughput (one worker thread per engine, in rotation):");
const engines = await measureThroughput(entries, options, expected, log);

let memory;
if (options.memory) {
  log("Memory (one child process per engine):");
  memory = {};
  for (const target of [{ id: "none", timedRecords: 0 }, ...engines]) {
    log(`  ${target.id}`);
    const child = spawnSync(
      process.execPath,
      [
        "--expose-gc",
        fileURLToPath(new URL("./lib/memory-child.mjs", import.meta.url)),
        JSON.stringify({
          engine: target.id,
          records: options.records,
          count: target.timedRecords,
          seed: options.seed,
        }),
      ],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`memory child for ${target.id} failed:\n${child.stderr}`);
    memory[target.id] = JSON.parse(child.stdout.trim().split("\n").pop());
  }
}

log("Compile time:");
const compile = await inWorker("./lib/compile-worker.mjs", { runs: options.compileRuns });

let exactness;
if (options.exactRecords > 0) {
  log(`Exactness run: kaoping on ${options.exactRecords.toLocaleString("en")} records, bases up to 10^9…`);
  const maxBase = 1_000_000_000;
  exactness = await inWorker(
    "./lib/exactness-worker.mjs",
    { records: options.exactRecords, seed: options.seed + 1, maxBase, minBase: 1 },
    (message) => log(`  ${message.progress.toLocaleString("en")}`),
  );
  exactness.maxBase = maxBase;
}

let cli;
if (options.cliRows > 0) {
  log(`CLI end to end (${options.cliRows.toLocaleString("en")} rows):`);
  cli = await runCli({
    rows: options.cliRows,
    seed: options.seed + 2,
    timeoutS: options.cliTimeoutS,
    policy: options.cliPolicy,
    log,
  });
}

meta.loadAverageAtEnd = loadavg()[0];
const results = { meta, options, engines, memory, compile, exactness, cli };
results.targets = evaluateTargets(results);
const json = `${JSON.stringify(results, null, 2)}\n`;
if (options.out !== "") {
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeFileSync(options.out, json);
  log(`Results written to ${options.out}`);
}
if (options.json) process.stdout.write(json);
else process.stdout.write(renderReport(results));

/** Runs a worker script to its one result (its other messages go to `onProgress`). */
function inWorker(path, workerData, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(path, import.meta.url), { workerData });
    worker.on("message", (message) => {
      if (message.progress !== undefined) onProgress(message);
      else {
        resolve(message);
        worker.terminate();
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`${path} exited (code ${code}) without a result`)));
  });
}
