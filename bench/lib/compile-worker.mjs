/**
 * kaoping's compile time, in a fresh isolate: the first compile (cold: nothing optimised yet)
 * and the median over many (warm), each timed alone. The policy object is made once, outside.
 */
import { parentPort, workerData } from "node:worker_threads";
import { compile } from "../../dist/index.js";
import { benchPolicy } from "../engines/kaoping.mjs";
import { median } from "./stats.mjs";

const { runs } = workerData;
const policy = benchPolicy();
const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  compile(policy, { trace: false });
  times.push(performance.now() - start);
}
parentPort.postMessage({
  runs,
  firstMs: times[0],
  medianMs: median(times.slice(1)),
  p95Ms: percentile(times, 0.95),
});

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}
