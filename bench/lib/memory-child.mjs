/**
 * The memory of one engine, measured in a child process of its own (worker threads share one
 * process, so their RSS cannot be told apart): generate the records, collect garbage, score
 * them once, and report the process's peak RSS (`process.resourceUsage().maxRSS`) on stdout.
 * `--engine none` gives the same process without an engine: the floor to compare with.
 *
 * Usage: node --expose-gc bench/lib/memory-child.mjs '{"engine":"kaoping","records":100000,"count":100000,"seed":1}'
 */
import { createEngine, ENGINES } from "../engines/index.mjs";
import { generateRecords } from "./generate.mjs";

const { engine: id, records: total, count, seed } = JSON.parse(process.argv[2] ?? "{}");
const records = generateRecords(total, { seed });
globalThis.gc?.();
const before = process.memoryUsage().rss;
let excellent = 0; // reported, so that no scoring can be optimised away
if (id !== "none") {
  const entry = ENGINES.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`unknown engine: ${id}`);
  const engine = await createEngine(entry);
  for (let i = 0; i < count; i++) {
    const outcome = engine.async ? await engine.score(records[i]) : engine.score(records[i]);
    if (outcome.grade === "excellent") excellent++;
  }
  engine.dispose?.();
}
process.stdout.write(
  `${JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, rssBeforeBytes: before, excellent })}\n`,
);
