import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchPolicy } from "../engines/kaoping.mjs";
import { CSV_HEADER, createGenerator, toCsvRow } from "./generate.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");

/** The output format to ask the CLI for: NDJSON (streamed) once `score --format` offers it, else JSON. */
export function cliOutputFormat() {
  const help = spawnSync(process.execPath, [CLI, "score", "--help"], { encoding: "utf8" }).stdout ?? "";
  const option = /--format <format>([\s\S]*?)(?:\n\s{2}-|\n\n|$)/.exec(help)?.[1] ?? "";
  return option.includes('"ndjson"') ? "ndjson" : "json";
}

/** Writes `rows` generated records as a CSV file, in chunks (the file may be larger than memory wants). */
async function writeCsv(path, rows, seed) {
  const out = createWriteStream(path);
  const next = createGenerator({ seed });
  out.write(CSV_HEADER);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    chunk += toCsvRow(next());
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

/** The kernel's high-water mark of a running process's RSS (Linux), in bytes; undefined elsewhere. */
function peakRssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * The CLI end to end: a generated CSV of `rows` records → `kaoping score … --no-trace` with its
 * output thrown away (/dev/null); wall time (rows/s, process start included) and the child's
 * peak RSS (from the child itself on exit; from /proc while it runs, should it die).
 */
export async function runCli({ rows, seed, timeoutS, policy, log }) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), "kaoping-bench-"));
  try {
    const csv = join(dir, "big.csv");
    log(`  writing ${rows.toLocaleString("en")} CSV rows…`);
    await writeCsv(csv, rows, seed);
    const format = cliOutputFormat();
    if (policy === "bench") {
      // The engines' policy, so that the CLI figure is of the same work.
      policy = join(dir, "policy.json");
      writeFileSync(policy, JSON.stringify(benchPolicy()));
    }
    const rssFile = join(dir, "rss.json");
    const args = ["score", "--policy", policy, "--input", csv, "--format", format, "--no-trace"];
    const command = `node dist/cli.js ${args.join(" ").replace(csv, "big.csv")} > /dev/null`;
    log(`  ${command}`);
    const devNull = openSync("/dev/null", "w");
    const start = performance.now();
    const child = spawn(
      process.execPath,
      ["--import", new URL("./report-rss.mjs", import.meta.url).href, CLI, ...args],
      {
        cwd: ROOT,
        stdio: ["ignore", devNull, "pipe"],
        env: { ...process.env, KAOPING_BENCH_RSS_FILE: rssFile },
      },
    );
    closeSync(devNull);
    // Keep the start of standard error (where a fatal error says what it is) and its end.
    let stderrHead = "";
    let stderrTail = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text) => {
      if (stderrHead.length < 4000) stderrHead += text.slice(0, 4000 - stderrHead.length);
      stderrTail = (stderrTail + text).slice(-4000);
    });
    let polledPeak = 0;
    const poll = setInterval(() => {
      polledPeak = Math.max(polledPeak, peakRssOf(child.pid) ?? 0);
    }, 100);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutS * 1000);
    const [code, signal] = await once(child, "exit");
    const seconds = (performance.now() - start) / 1000;
    clearInterval(poll);
    clearTimeout(timer);
    const reported = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, "utf8")).maxRssBytes : undefined;
    // Exit 1 only says some rows were rejected; generated rows never are, but it is not a crash either.
    const completed = !timedOut && (code === 0 || code === 1);
    return {
      rows,
      format,
      command,
      exitCode: code,
      signal,
      timedOut,
      completed,
      seconds,
      rowsPerSecond: completed ? rows / seconds : null,
      peakRssBytes: reported ?? (polledPeak || null),
      peakRssSource: reported !== undefined ? "process.resourceUsage().maxRSS" : "/proc VmHWM, polled",
      stderr: completed ? "" : summariseStderr(stderrHead, stderrTail),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines of a failed run's standard error worth showing: its error messages, else its last lines. */
function summariseStderr(head, tail) {
  const lines = `${head}\n${tail}`.split("\n").map((line) => line.trim());
  const errors = [
    ...new Set(lines.filter((line) => /error|fatal|killed|memory/i.test(line) && !/^\d+: 0x/.test(line))),
  ];
  return (errors.length > 0 ? errors.slice(0, 4) : tail.trim().split("\n").slice(-4)).join("\n");
}
