/**
 * Two or more builds of kaoping compared in one process, each a built `dist/index.js` copied into
 * `bench/results/` (git-ignored; its imports resolve from there):
 * `npm run build && cp dist/index.js bench/results/a.js`, change, again as `b.js`, then
 * `node --predictable bench/ab.mjs bench/results/a.js bench/results/b.js`.
 *
 * Separate processes of one build differ by 10–15% on a small VM (where V8 puts the code and the
 * records, when it compiles), which hides a change of a few percent. Here each build is its own
 * module with its own loop (its own feedback, as each bench worker has), the builds take turns,
 * and each one's fastest turn is printed, in ns a record. Builds of the same code differ by 1–3%.
 */
import { pathToFileURL } from "node:url";
import { benchPolicy } from "./engines/kaoping.mjs";
import { generateRecords } from "./lib/generate.mjs";

const builds = process.argv.slice(2);
if (builds.length === 0) {
  console.error("usage: node --predictable bench/ab.mjs bench/results/a.js bench/results/b.js …");
  process.exit(2);
}
const turns = Number(process.env.TURNS ?? 12);
const records = generateRecords(100_000, { seed: 20240607 });

/** A timing loop of its own for one appraiser: a loop shared by builds would meet them all. */
function loopOf(appraiser, index) {
  // A new function per build (not a closure of one literal, which would share its feedback); the
  // source is this file's own, never policy content.
  return new Function(
    "appraiser",
    "records",
    `return function loop${index}() {
      let scored = 0, excellent = 0;
      const start = performance.now();
      let elapsed;
      do {
        for (let i = 0; i < records.length; i++) if (appraiser.score(records[i]).grade === "excellent") excellent++;
        scored += records.length;
        elapsed = performance.now() - start;
      } while (elapsed < 250);
      return (elapsed * 1e6) / scored;
    }`,
  )(appraiser, records);
}

const loops = [];
for (const [index, build] of builds.entries()) {
  const { compile } = await import(pathToFileURL(build).href);
  loops.push(loopOf(compile(benchPolicy(), { trace: false }), index));
}
const fastest = builds.map(() => Number.POSITIVE_INFINITY);
for (let turn = 0; turn < turns; turn++)
  for (let i = 0; i < loops.length; i++) fastest[i] = Math.min(fastest[i], loops[i]());
console.log(builds.map((build, i) => `${build}: ${fastest[i].toFixed(0)} ns`).join("   "));
