import { type Command, Option } from "commander";
import { messagesFor } from "../../i18n/messages";
import { compile, type Locale } from "../../index";
import type { Policy } from "../../policy/schema/policy";
import { createReportBuilder } from "../../report/build-report";
import { policyColumns } from "../../report/columns";
import { csvHeader, csvLayout, csvRow } from "../../report/csv";
import { jsonHead, jsonResult, jsonTail } from "../../report/json";
import { ndjsonRejected, ndjsonResult } from "../../report/ndjson";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../../report/render";
import { renderContext } from "../../report/render-context";
import type { RejectedRow, Report, ReportCard } from "../../report/report";
import { reportPolicy } from "../../report/report-policy";
import { appraiseRows } from "../appraise-rows";
import type { CommandContext } from "../context";
import type { InputEncoding } from "../decode";
import { EXIT } from "../io";
import { formatPolicyIssues, loadPolicy } from "../load-policy";
import { countArg, encodingOption, inputFormatOption, localeOption } from "../options";
import { type Output, openOutput } from "../output";
import { progress } from "../progress";
import { rejectionLog } from "../rejections";
import { scoreRows } from "../score-rows";

interface ScoreOptions {
  readonly policy: string;
  readonly input: string;
  readonly inputFormat?: string;
  readonly encoding: InputEncoding;
  readonly format: ReportFormat;
  readonly out?: string;
  readonly locale: Locale;
  readonly title?: string;
  readonly explain: boolean;
  readonly trace: boolean;
  readonly maxRejected?: number;
  readonly quiet: boolean;
  readonly bom: boolean;
}

/** Formats written record by record in the second pass: memory stays flat whatever the input's size. */
const STREAMED: ReadonlySet<ReportFormat> = new Set(["json", "ndjson", "csv"]);

/** `kaoping score`: records in, a report out; rejected records listed with their lines. */
export function registerScore(program: Command, ctx: CommandContext): void {
  program
    .command("score")
    .description("Score records (CSV, JSON or NDJSON) with a policy and write a report.")
    .requiredOption("-p, --policy <policy>", "a preset name or a .json/.yaml policy file")
    .requiredOption("-i, --input <file>", "the records: .csv, .json or .ndjson; - for standard input")
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(
      new Option("-f, --format <format>", "the report's format").choices([...REPORT_FORMATS]).default("text"),
    )
    .option("-o, --out <file>", "write the report to a file instead of standard output")
    .addOption(localeOption("the language of the report: en or zh-CN"))
    .option("--title <title>", "the report's title (markdown, html)")
    .option("--explain", "follow the table with each scorecard in sentences (text format)", false)
    .option("--no-trace", "leave the trace out (smaller json/ndjson; the explanations then only give scores)")
    .addOption(
      new Option(
        "--max-rejected <n>",
        "stop when more than n records are rejected (a mostly broken file)",
      ).argParser(countArg),
    )
    .option(
      "--bom",
      "start csv output with a UTF-8 byte-order mark, so that Excel reads Chinese right",
      false,
    )
    .option("-q, --quiet", "no progress line and no closing summary on standard error", false)
    .addHelpText(
      "after",
      `
Formats: text (a table), json (exact decimals), ndjson (one line per record, in input order),
csv (one row per record, in input order), markdown, html (one self-contained page to open or print).
Records are read in two passes over a temporary file, so any number of records fits in memory:
the first finds the subjects with several records for one period (all of them are rejected) and,
for a policy that ranks, the ranks; the second writes json, ndjson and csv record by record.

Examples:
  $ kaoping score --policy satisfaction-work --input units.csv
  $ kaoping score -p policy.json -i units.csv --format html --out report.html --locale zh-CN
  $ kaoping score -p policy.yaml -i units.csv --encoding gb18030 --format csv --bom --out results.csv
  $ kaoping score -p satisfaction-work -i big.csv --format ndjson --max-rejected 100 > results.ndjson
  $ kaoping score -p satisfaction-work -i units.csv --explain --locale zh-CN

Exit codes: 0 all records scored; 1 some input rejected (the rest is still scored and written);
2 a usage error (an unknown option or preset, a file that cannot be read).`,
    )
    .action((options: ScoreOptions) => score(options, ctx));
}

async function score(options: ScoreOptions, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const loaded = await loadPolicy(options.policy, io.cwd);
  if (!loaded.ok) {
    io.stderr.write(`${formatPolicyIssues(loaded.source, loaded.issues, options.locale)}\n`);
    return ctx.exit(EXIT.rejected);
  }
  const appraiser = compile(loaded.policy, { trace: options.trace });
  const source = options.input === "-" ? "stdin" : options.input;
  const streamed = STREAMED.has(options.format);
  const builder = createReportBuilder(loaded.policy, {
    keepCards: !streamed,
    source,
    ...(options.title !== undefined && { title: options.title }),
  });
  const bar = progress(io, options);
  // Duplicates, ranks and rules across periods need every row first: two passes, bounded memory.
  const rows = appraiseRows(appraiser, scoreRows(appraiser, options, io), {
    ...(options.maxRejected !== undefined && { maxRejected: options.maxRejected }),
    trace: options.trace,
    onRead: (read, rejected) => bar.update(read, rejected),
    onSeries: (outcomes) => builder.addSeries(outcomes),
  });
  const output = await openOutput(options.out, io);
  const sink = sinkFor(options, output, loaded.policy);
  // Rejected rows go to standard error too, unless a text report on the terminal lists them already.
  const textOnScreen = options.format === "text" && options.out === undefined;
  const log = rejectionLog(io, source, options.locale);
  let rejected = 0;
  try {
    for await (const row of rows) {
      if (row.kind === "result") await sink.result(builder.add(row.card, row.line));
      else {
        rejected++;
        builder.reject(row.row);
        await sink.rejected(row.row);
        bar.done();
        if (!textOnScreen) log.add(row.row);
        if (options.maxRejected !== undefined && rejected > options.maxRejected) {
          builder.stop(row.row.line, options.maxRejected);
          io.stderr.write(
            `${messagesFor(options.locale).report.cli.stopped(row.row.line, options.maxRejected)}\n`,
          );
          break;
        }
      }
    }
  } finally {
    bar.done();
  }
  const report = builder.build();
  await sink.end(report);
  await output.close();
  if (!textOnScreen) log.end();
  if (!options.quiet) {
    const { summary } = report;
    const words = messagesFor(options.locale).report.cli;
    io.stderr.write(
      `${words.summary(summary.records, summary.graded, summary.noOpinion, summary.rejected)}\n`,
    );
    if (options.out !== undefined) io.stderr.write(`${words.wrote(options.out)}\n`);
  }
  ctx.exit(report.summary.rejected > 0 ? EXIT.rejected : EXIT.ok);
}

/** What the score command writes as records come, and at the end. */
interface Sink {
  result(card: ReportCard): Promise<void>;
  rejected(row: RejectedRow): Promise<void>;
  end(report: Report): Promise<void>;
}

function sinkFor(options: ScoreOptions, output: Output, source: Policy): Sink {
  const policy = reportPolicy(source);
  const nothing = async () => {};
  switch (options.format) {
    case "ndjson":
      return {
        result: (card) => output.write(ndjsonResult(card)),
        rejected: (row) => output.write(ndjsonRejected(row)),
        end: nothing,
      };
    case "json": {
      let index = 0;
      let started = false;
      const start = async () => {
        if (!started) await output.write(jsonHead(policy));
        started = true;
      };
      return {
        result: async (card) => {
          await start();
          await output.write(jsonResult(card, index++));
        },
        rejected: nothing,
        end: async (report) => {
          await start();
          await output.write(jsonTail(report));
        },
      };
    }
    case "csv": {
      // The columns come from the policy, not from a card: a first card without an opinion has no rank.
      const layout = csvLayout(policy, { period: true, ...policyColumns(source) });
      const wording = renderContext({ policy }, options);
      let started = false;
      const begin = async () => {
        if (!started) await output.write(`${options.bom ? "\uFEFF" : ""}${csvHeader(layout)}`);
        started = true;
      };
      return {
        result: async (card) => {
          await begin();
          await output.write(csvRow(card, layout, wording));
        },
        rejected: nothing,
        end: async () => {
          await begin();
        },
      };
    }
    default:
      return {
        result: nothing,
        rejected: nothing,
        end: (report) =>
          output.write(
            renderReport(report, options.format, { locale: options.locale, explain: options.explain }),
          ),
      };
  }
}
