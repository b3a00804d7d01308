/**
 * Preloaded into the CLI's process (`node --import`) by the CLI run: on exit, writes the
 * process's peak RSS to the file named by KAOPING_BENCH_RSS_FILE. Nothing else.
 */
import { writeFileSync } from "node:fs";

const file = process.env.KAOPING_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  });
}
