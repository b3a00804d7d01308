import { Worker } from "node:worker_threads";
import { median, spread } from "./stats.mjs";

/** A repetition lasts at least this long: a fast engine scores its records again until then. */
const MIN_REPETITION_MS = 250;
/** How long the warm-up round runs each engine. */
const WARM_UP_MS = 500;

/** A worker driven by request → reply messages. */
function drive(worker) {
  let pending;
  worker.on("message", (message) => {
    const settle = pending;
    pending = undefined;
    if (settle === undefined) return;
    if (message.ok) settle.resolve(message);
    else settle.reject(new Error(message.error));
  });
  const fail = (error) => {
    pending?.reject(error);
    pending = undefined;
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`worker exited with code ${code}`)));
  const next = () => new Promise((resolve, reject) => (pending = { resolve, reject }));
  return {
    next,
    request(message) {
      const reply = next();
      worker.postMessage(message);
      return reply;
    },
  };
}

/**
 * Records/s of every engine: each in its own worker, created and checked one after the other
 * (the check pass is also the first warm-up), warmed up once more, then timed in rotation (every
 * engine once per round, one at a time), after a garbage collection each time; the median of
 * the rounds is reported.
 *
 * @param {readonly import("../engines/index.mjs").EngineEntry[]} entries
 * @param {ReturnType<typeof import("./options.mjs").readOptions>} options
 * @param {{ total: string[], grade: string[], pay: string[] }} expected the reference, per record
 * @param {(line: string) => void} log
 */
export async function measureThroughput(entries, options, expected, log) {
  const runs = [];
  try {
    for (const entry of entries) {
      const worker = new Worker(new URL("./engine-worker.mjs", import.meta.url), {
        workerData: { entry, records: options.records, generator: { seed: options.seed }, expected },
      });
      const channel = drive(worker);
      const run = { entry, worker, channel, times: [], counts: [] };
      runs.push(run);
      await channel.next();
      log(`  ${entry.id}: checking ${options.records.toLocaleString("en")} records against the reference…`);
      const check = await channel.request({ cmd: "check" });
      run.check = check;
      const rate = (options.records / check.ms) * 1000;
      // A slow engine times the records that fit in the budget, so that the run stays bounded.
      run.count = Math.min(
        options.records,
        Math.max(options.minRecords, Math.floor((rate * options.budgetMs) / 1000)),
      );
      run.warmUpCount = Math.min(run.count, Math.max(1000, Math.floor((rate * WARM_UP_MS) / 1000)));
    }
    // The check pass ran every engine once; one more untimed round brings each to its steady state.
    log(`  warm-up round: ${runs.map((run) => run.entry.id).join(", ")}`);
    for (const run of runs)
      await run.channel.request({ cmd: "time", count: run.warmUpCount, minMs: WARM_UP_MS });
    for (let round = 1; round <= options.reps; round++) {
      log(`  round ${round}/${options.reps}: ${runs.map((run) => run.entry.id).join(", ")}`);
      for (const run of runs) {
        const { ms, scored, count } = await run.channel.request({
          cmd: "time",
          count: run.count,
          minMs: MIN_REPETITION_MS,
        });
        run.times.push((scored / ms) * 1000);
        run.counts.push(count);
      }
    }
  } finally {
    for (const run of runs) {
      run.worker.postMessage({ cmd: "exit" });
      await run.worker.terminate();
    }
  }
  return runs.map((run) => ({
    id: run.entry.id,
    label: run.entry.label,
    arithmetic: run.entry.arithmetic,
    baseline: run.entry.baseline === true,
    recordsPerSecond: median(run.times),
    spread: spread(run.times),
    repetitions: run.times.map(Math.round),
    timedRecords: run.count,
    checkedRecords: options.records,
    mismatches: run.check.mismatches,
  }));
}
