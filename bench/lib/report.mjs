/** The targets of issue 7, evaluated on one run's results: reported, never asserted. */
export function evaluateTargets({ engines, exactness, compile, cli }) {
  const byId = new Map(engines.map((engine) => [engine.id, engine]));
  const baseline = engines.find((engine) => engine.baseline);
  const kaoping = byId.get("kaoping");
  const traced = byId.get("kaoping-trace");
  const jle = byId.get("json-logic-engine");
  const targets = [];
  const add = (name, target, value, pass) => targets.push({ name, target, value, pass });
  const ratio = (a, b) => (a && b ? a.recordsPerSecond / b.recordsPerSecond : undefined);
  if (kaoping && baseline) {
    const r = ratio(kaoping, baseline);
    add("kaoping, trace off vs integer-cents baseline", "≥ 0.333× (1/3)", fmtTargetRatio(r), r >= 1 / 3);
  }
  if (kaoping && jle) {
    const r = ratio(kaoping, jle);
    add("kaoping, trace off vs json-logic-engine (compiled)", "≥ 1.5×", fmtTargetRatio(r), r >= 1.5);
  }
  if (traced && baseline) {
    const r = ratio(traced, baseline);
    add("kaoping, trace on vs integer-cents baseline", "≥ 0.1× (1/10)", fmtTargetRatio(r), r >= 0.1);
  }
  for (const engine of [kaoping, traced, byId.get("kaoping-trace-read")]) {
    if (engine === undefined) continue;
    const n = engine.mismatches.records;
    add(
      `${engine.label}: mismatches in the timed run`,
      "0",
      `${n} of ${fmtInt(engine.checkedRecords)}`,
      n === 0,
    );
  }
  if (exactness) {
    const n = exactness.mismatches.records;
    add("kaoping exactness run", "0 mismatches", `${fmtInt(n)} of ${fmtInt(exactness.records)}`, n === 0);
  }
  if (compile)
    add(
      "compile time of the policy (median)",
      "< 1 ms",
      `${compile.medianMs.toFixed(3)} ms`,
      compile.medianMs < 1,
    );
  if (cli) {
    const mb = cli.peakRssBytes === null ? undefined : cli.peakRssBytes / 2 ** 20;
    const value = `${mb === undefined ? "?" : `${mb.toFixed(0)} MB`}${cli.completed ? "" : " (did not complete)"}`;
    add(
      `CLI, ${fmtInt(cli.rows)} rows: peak RSS`,
      "< 200 MB, completed",
      value,
      cli.completed && mb !== undefined && mb < 200,
    );
  }
  return targets;
}

export const fmtInt = (n) => Math.round(n).toLocaleString("en");
export const fmtRatio = (r) => {
  if (r === undefined || Number.isNaN(r)) return "–";
  if (r >= 1) return `${r.toFixed(2)}×`;
  // Small ratios keep two significant digits, and say "1 in N" too: 0.0030× (1/330).
  return `${r.toPrecision(2)}× (1/${Math.round(1 / r).toLocaleString("en")})`;
};
/** A ratio against a target, to 3 digits: 0.325× is short of 0.333×, which 0.33× would hide. */
const fmtTargetRatio = (r) => (r === undefined || Number.isNaN(r) ? "–" : `${r.toPrecision(3)}×`);
const fmtMb = (bytes) => (bytes === undefined || bytes === null ? "–" : `${Math.round(bytes / 2 ** 20)}`);

function table(header, rows, alignRight) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (alignRight[i] ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function mismatchCell(m) {
  if (m.records === 0) return "0";
  const parts = ["total", "grade", "pay"]
    .filter((field) => m[field] > 0)
    .map((field) => `${field} ${fmtInt(m[field])}`);
  return `${fmtInt(m.records)} (${parts.join(", ")})`;
}

/** The human-readable report (Markdown tables, so that it pastes into bench/README.md as is). */
export function renderReport(results) {
  const { meta, engines, memory, exactness, compile, cli, targets } = results;
  const out = [];
  out.push(`kaoping benchmark — ${meta.date}`);
  out.push(
    `${meta.cpuModel}, ${meta.cores} cores, Node ${meta.node}; ${fmtInt(meta.records)} records (seed ${meta.seed}), ` +
      `median of ${meta.reps} repetitions, engines in rotation, each in its own worker thread; ` +
      `load average ${meta.loadAverageAtStart.toFixed(2)} at the start, ${meta.loadAverageAtEnd.toFixed(2)} at the end`,
  );
  out.push("");
  const baseline = engines.find((engine) => engine.baseline);
  const memoryHeader = "peak RSS MB (own child process)";
  const rows = engines.map((engine) => [
    engine.label,
    engine.arithmetic,
    fmtInt(engine.recordsPerSecond),
    baseline ? fmtRatio(engine.recordsPerSecond / baseline.recordsPerSecond) : "–",
    `±${Math.round((engine.spread / 2) * 100)}%`,
    engine.timedRecords === engine.checkedRecords
      ? fmtInt(engine.timedRecords)
      : `${fmtInt(engine.timedRecords)}*`,
    mismatchCell(engine.mismatches),
    memory ? fmtMb(memory[engine.id]?.maxRssBytes) : "–",
  ]);
  out.push(
    table(
      [
        "engine",
        "arithmetic",
        "records/s",
        "× baseline",
        "spread",
        "timed records",
        "mismatches",
        memoryHeader,
      ],
      rows,
      [false, false, true, true, true, true, true, true],
    ),
  );
  out.push("");
  out.push(
    `Mismatches: records of ${fmtInt(meta.records)} whose 2-place total, grade or pay differs from the exact ` +
      "reference (BigInt rationals), all records checked.",
  );
  if (engines.some((engine) => engine.timedRecords !== engine.checkedRecords)) {
    out.push(
      `* a slower engine times the first records that fit in ${meta.budgetMs} ms per repetition (all are checked).`,
    );
  }
  if (memory) {
    out.push(
      `Memory: a child process per engine generates the records, then scores the timed records once; peak RSS of ` +
        `that process (Node itself and the records included: without an engine it is ${fmtMb(memory.none?.maxRssBytes)} MB).`,
    );
  }
  const examples = engines.flatMap((engine) =>
    engine.mismatches.examples.slice(0, 1).map((example) => ({ engine, example })),
  );
  if (examples.length > 0) {
    out.push("");
    out.push("A mismatch of each engine that has some (expected → got):");
    for (const { engine, example } of examples) {
      const r = example.record;
      out.push(
        `  ${engine.id}: ${example.field} ${example.expected} → ${example.got}  ` +
          `(base ${r.performance_base}, findings ${r.findings}, survey ${r.survey.join(";")}, ` +
          `complaints ${r.valid_complaints}+${r.major_complaints}${r.inspected ? "" : ", not inspected"})`,
      );
    }
  }
  if (exactness) {
    const m = exactness.mismatches;
    const s = exactness.stats;
    out.push("");
    out.push(
      `Exactness run: kaoping (trace off) vs the reference on ${fmtInt(exactness.records)} records, bases up to ` +
        `${fmtInt(exactness.maxBase)}, ${fmtInt(s.halfCentTies)} exact half-cent pays, ` +
        `${fmtInt(s.nonTerminatingTotals)} totals that do not terminate, ${fmtInt(s.withheld)} withheld: ` +
        `${fmtInt(m.records)} records mismatch (full total ${fmtInt(m.totalExact)}, 2-place total ${fmtInt(m.total)}, ` +
        `grade ${fmtInt(m.grade)}, pay ${fmtInt(m.pay)}) in ${(exactness.ms / 1000).toFixed(1)} s.`,
    );
    if (m.records > 0) {
      out.push(
        `  Of the mismatching records, ${fmtInt(s.mismatchesOnHalfCentTies)} have an exact half-cent pay and ` +
          `${fmtInt(s.mismatchesOnNonTerminatingTotals)} a total that does not terminate. Examples (expected → got):`,
      );
    }
    for (const example of m.examples.slice(0, 3)) {
      const r = example.record;
      out.push(
        `  ${example.field} ${example.expected} → ${example.got}  (base ${r.performance_base}, ` +
          `findings ${r.findings}, survey ${r.survey.join(";")}, complaints ${r.valid_complaints}+${r.major_complaints})`,
      );
    }
  }
  if (compile) {
    out.push("");
    out.push(
      `Compile time of the policy: median ${compile.medianMs.toFixed(3)} ms over ${fmtInt(compile.runs)} compiles ` +
        `(p95 ${compile.p95Ms.toFixed(3)} ms; the first, cold: ${compile.firstMs.toFixed(1)} ms).`,
    );
  }
  if (cli) {
    out.push("");
    const rss = cli.peakRssBytes === null ? "?" : `${fmtMb(cli.peakRssBytes)} MB`;
    if (cli.completed) {
      out.push(
        `CLI end to end: ${cli.command}: ${fmtInt(cli.rows)} rows in ${cli.seconds.toFixed(1)} s = ` +
          `${fmtInt(cli.rowsPerSecond)} rows/s, peak RSS ${rss} (${cli.peakRssSource}).`,
      );
    } else {
      const why = cli.timedOut
        ? `stopped after ${cli.seconds.toFixed(0)} s`
        : `exit ${cli.exitCode ?? cli.signal} after ${cli.seconds.toFixed(1)} s`;
      out.push(
        `CLI end to end: ${cli.command}: did NOT complete (${why}); peak RSS ${rss} (${cli.peakRssSource}).`,
      );
      if (cli.stderr) out.push(cli.stderr.replace(/^/gm, "  | "));
    }
  }
  out.push("");
  out.push("Targets (issue 7; reported, not asserted):");
  out.push(
    table(
      ["", "target", "measured", "what"],
      targets.map((t) => [t.pass ? "✓" : "✗", t.target, t.value, t.name]),
      [false, false, true, false],
    ),
  );
  return `${out.join("\n")}\n`;
}
