/**
 * The exactness run: kaoping (trace off) against the exact reference on many records with bases
 * up to 10^9 and half-cent ties, generated and checked in chunks so that memory stays flat. The
 * total is compared in full (kaoping keeps a non-terminating mean to 20 places; the reference
 * rounds the exact total there), the 2-place total, the grade and the pay to the cent.
 */
import { parentPort, workerData } from "node:worker_threads";
import { create } from "../engines/kaoping.mjs";
import { createGenerator } from "./generate.mjs";
import { referenceOutcome } from "./reference.mjs";

const { records, seed, maxBase, minBase, maxExamples = 5 } = workerData;
const next = createGenerator({ seed, maxBase, minBase });
const kaoping = create({ trace: false });
const counts = { totalExact: 0, total: 0, grade: 0, pay: 0, records: 0 };
const stats = {
  halfCentTies: 0,
  nonTerminatingTotals: 0,
  withheld: 0,
  noOpinion: 0,
  // Where the mismatches are: on exact half-cent pays, and on totals that do not terminate.
  mismatchesOnHalfCentTies: 0,
  mismatchesOnNonTerminatingTotals: 0,
};
const examples = [];
const start = performance.now();
for (let i = 0; i < records; i++) {
  const record = next();
  const want = referenceOutcome(record);
  const outcome = kaoping.score(record);
  const got = { ...kaoping.toStrings(outcome), totalExact: outcome.total.toString() };
  if (want.payIsHalfCentTie) stats.halfCentTies++;
  if (!want.totalTerminates) stats.nonTerminatingTotals++;
  if (want.grade === "no-opinion") stats.noOpinion++;
  if (Number(want.total) < 60) stats.withheld++;
  let wrong = false;
  for (const field of ["totalExact", "total", "grade", "pay"]) {
    if (got[field] !== want[field]) {
      counts[field]++;
      wrong = true;
      if (examples.length < maxExamples)
        examples.push({ index: i, field, expected: want[field], got: got[field], record });
    }
  }
  if (wrong) {
    counts.records++;
    if (want.payIsHalfCentTie) stats.mismatchesOnHalfCentTies++;
    if (!want.totalTerminates) stats.mismatchesOnNonTerminatingTotals++;
  }
  if ((i + 1) % 250_000 === 0) parentPort.postMessage({ progress: i + 1 });
}
parentPort.postMessage({
  done: true,
  records,
  mismatches: { ...counts, examples },
  stats,
  ms: performance.now() - start,
});
