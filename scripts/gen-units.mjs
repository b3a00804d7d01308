// Writes a large CSV of P1 (satisfaction-work) records for benchmarks: the same rows for the same
// arguments (a seeded generator), streamed so that any size fits in memory.
//   node scripts/gen-units.mjs ROWS [FILE] [--periods N]
import { createWriteStream } from "node:fs";

const args = process.argv.slice(2);
const rows = Number(args[0] ?? 1_000_000);
const file = args[1] && !args[1].startsWith("--") ? args[1] : undefined;
const periodsAt = args.indexOf("--periods");
const periods = periodsAt === -1 ? 0 : Number(args[periodsAt + 1]);
if (!Number.isSafeInteger(rows) || rows < 0) {
  console.error("usage: node scripts/gen-units.mjs ROWS [FILE] [--periods N]");
  process.exit(2);
}

const TIERS = ["very-satisfied", "basically-satisfied", "average", "not-very-satisfied", "very-dissatisfied", "很满意", "基本满意"];
let seed = 20261127;
/** A small linear congruential generator: fast, and the same sequence on every machine. */
const random = (n) => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
};

const out = file ? createWriteStream(file) : process.stdout;
const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((done) => out.once("drain", done)));

let chunk = `subject${periods > 0 ? ",period" : ""},inspected,findings,survey,valid_complaints,major_complaints\n`;
for (let i = 0; i < rows; i++) {
  const answers = Array.from({ length: 1 + random(3) }, () => TIERS[random(TIERS.length)]).join(";");
  const period = periods > 0 ? `,2026-${String(1 + (i % periods)).padStart(2, "0")}` : "";
  const subject = periods > 0 ? `Unit ${Math.floor(i / periods)}` : `Unit ${i}`;
  chunk += `${subject}${period},${random(10) === 0 ? "false" : "true"},${random(8)},${answers},${random(4) === 0 ? 1 : 0},${random(40) === 0 ? 1 : 0}\n`;
  if (chunk.length > 1 << 16) {
    await write(chunk);
    chunk = "";
  }
}
await write(chunk);
if (file) out.end();
