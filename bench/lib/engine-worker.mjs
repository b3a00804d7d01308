/**
 * One engine in its own worker thread (its own V8 isolate): engines measured side by side in one
 * isolate distort each other's figures through the JIT. The main thread drives it by messages,
 * one engine at a time: `check` (the correctness pass over every record, which also warms it
 * up), `time` (one timed repetition after a garbage collection; also the warm-up), `exit`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createEngine } from "../engines/index.mjs";
import { countMismatches } from "./check.mjs";
import { generateRecords } from "./generate.mjs";

const { entry, records: count, generator, expected } = workerData;
// Each isolate makes its own records (same seed, same records) rather than sharing the main thread's.
const records = generateRecords(count, generator);
const engine = await createEngine(entry);

const collect = () => globalThis.gc?.();

async function check() {
  const outcomes = new Array(records.length);
  const start = performance.now();
  if (engine.async) for (let i = 0; i < records.length; i++) outcomes[i] = await engine.score(records[i]);
  else for (let i = 0; i < records.length; i++) outcomes[i] = engine.score(records[i]);
  const ms = performance.now() - start;
  const mismatches = countMismatches(outcomes.map(engine.toStrings), expected, records);
  return { ms, mismatches };
}

// The timed loops: nothing but scoring; the grade feeds a counter so that no work can be optimised
// away. A repetition scores the first `n` records, and again until `minMs` have passed, so that a
// fast engine is not timed over a few milliseconds only.
function timeSync(n, minMs) {
  let excellent = 0;
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < n; i++) if (engine.score(records[i]).grade === "excellent") excellent++;
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { ms: elapsed, scored: n * passes, excellent };
}

async function timeAsync(n, minMs) {
  let excellent = 0;
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < n; i++) if ((await engine.score(records[i])).grade === "excellent") excellent++;
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { ms: elapsed, scored: n * passes, excellent };
}

parentPort.on("message", async (message) => {
  try {
    if (message.cmd === "check") {
      parentPort.postMessage({ ok: true, ...(await check()) });
    } else if (message.cmd === "time") {
      collect();
      const n = Math.min(message.count, records.length);
      const result = engine.async ? await timeAsync(n, message.minMs) : timeSync(n, message.minMs);
      parentPort.postMessage({ ok: true, count: n, ...result });
    } else if (message.cmd === "exit") {
      engine.dispose?.();
      parentPort.close();
    }
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ ok: true, ready: true });
