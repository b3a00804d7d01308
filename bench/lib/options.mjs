import { parseArgs } from "node:util";

/** The defaults of a run, in one place. */
export const DEFAULTS = Object.freeze({
  records: 100_000,
  // 15: on this shared VM an engine's repetitions vary by ±30% with other tenants' work, and
  // the median of 7 moved a ratio by ±10% from run to run. The slow engines' budget is shorter,
  // so that a run takes about as long as 7 repetitions of 4 s did.
  reps: 15,
  seed: 20240607,
  budgetMs: 1500,
  minRecords: 5000,
  exactRecords: 1_000_000,
  cliRows: 1_000_000,
  cliTimeoutS: 900,
  // "bench": the policy the engines run (P1 with P2's pay rule), written to a file for the CLI.
  cliPolicy: "bench",
  compileRuns: 2000,
  memory: true,
  json: false,
  out: "",
  render: "",
  engines: "",
});

/** `--quick`: a smoke run in about a minute; its figures are rougher. */
const QUICK = Object.freeze({
  records: 20_000,
  reps: 3,
  budgetMs: 1000,
  minRecords: 2000,
  exactRecords: 100_000,
  cliRows: 20_000,
  compileRuns: 500,
});

export const USAGE = `Usage: npm run bench -- [options]    (or: node --expose-gc bench/run.mjs [options])

Scores P1 + P2's pay rule with kaoping and its peers, checks every result against an exact
reference, and prints records/s, ratios, mismatches and memory; then kaoping's compile time,
an exactness run and the CLI end to end.

Options:
  --records <n>        records per engine and repetition            (default ${DEFAULTS.records})
  --reps <n>           timed repetitions per engine, in rotation    (default ${DEFAULTS.reps})
  --seed <n>           seed of the record generator                 (default ${DEFAULTS.seed})
  --budget-ms <ms>     time one repetition of one engine may take; a slower engine times the
                       first records that fit (at least --min-records) (default ${DEFAULTS.budgetMs})
  --min-records <n>    the fewest records a repetition times        (default ${DEFAULTS.minRecords})
  --engines <a,b>      only these engines (ids as in the table; js-cents is always kept)
  --exact-records <n>  records of kaoping's exactness run, 0 to skip (default ${DEFAULTS.exactRecords})
  --cli-rows <n>       CSV rows of the CLI run, 0 to skip          (default ${DEFAULTS.cliRows})
  --cli-timeout <s>    stop the CLI run after this long            (default ${DEFAULTS.cliTimeoutS})
  --cli-policy <p>     the policy the CLI run scores with: "bench" (P1 + P2's pay rule, as the engines), a preset or a file (default ${DEFAULTS.cliPolicy})
  --compile-runs <n>   compiles timed for the compile time          (default ${DEFAULTS.compileRuns})
  --no-memory          skip the memory column (one child process per engine)
  --quick              a smoke run: fewer records, repetitions and rows
  --json               print the results as JSON on standard output (progress goes to stderr;
                       use npm run -s bench -- --json, or npm's own banner lands there too)
  --out <file>         also write the results as JSON to this file (bench/results/ is git-ignored)
  --render <file>      measure nothing: print the report of results saved by --out
  -h, --help           this text
`;

/** Reads the command line into a complete options object. */
export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      records: { type: "string" },
      reps: { type: "string" },
      seed: { type: "string" },
      "budget-ms": { type: "string" },
      "min-records": { type: "string" },
      engines: { type: "string" },
      "exact-records": { type: "string" },
      "cli-rows": { type: "string" },
      "cli-timeout": { type: "string" },
      "cli-policy": { type: "string" },
      "compile-runs": { type: "string" },
      "no-memory": { type: "boolean" },
      quick: { type: "boolean" },
      json: { type: "boolean" },
      out: { type: "string" },
      render: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const base = values.quick ? { ...DEFAULTS, ...QUICK } : { ...DEFAULTS };
  const int = (name, fallback, min = 0) => {
    if (values[name] === undefined) return fallback;
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name} must be an integer ≥ ${min}, not ${values[name]}`);
    return value;
  };
  return {
    help: values.help === true,
    records: int("records", base.records, 1),
    reps: int("reps", base.reps, 1),
    seed: int("seed", base.seed),
    budgetMs: int("budget-ms", base.budgetMs, 1),
    minRecords: int("min-records", base.minRecords, 1),
    engines: values.engines ?? base.engines,
    exactRecords: int("exact-records", base.exactRecords),
    cliRows: int("cli-rows", base.cliRows),
    cliTimeoutS: int("cli-timeout", base.cliTimeoutS, 1),
    cliPolicy: values["cli-policy"] ?? base.cliPolicy,
    compileRuns: int("compile-runs", base.compileRuns, 1),
    memory: values["no-memory"] !== true,
    quick: values.quick === true,
    json: values.json === true,
    out: values.out ?? base.out,
    render: values.render ?? base.render,
  };
}
