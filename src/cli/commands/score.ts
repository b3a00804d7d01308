import { type Command, InvalidArgumentError, Option } from "commander";
import { appraiseScorecards, compile, type Locale, type Scorecard, scorecardToJson } from "../../index";
import { makeIssue } from "../../issues/issue";
import { requiredColumns } from "../../records/columns";
import { renderSeriesText } from "../../report/series-text";
import { type RejectedRow, renderText } from "../../report/text";
import type { CommandContext } from "../context";
import { parseLocale } from "../context";
import { EXIT } from "../io";
import { formatPolicyIssues, loadPolicy } from "../load-policy";
import { formatOf, openInput, readRows } from "../read-records";

interface ScoreOptions {
  readonly policy: string;
  readonly input: string;
  readonly inputFormat?: string;
  readonly format: "text" | "json";
  readonly locale: Locale;
  readonly explain: boolean;
  readonly trace: boolean;
}

/** `kaoping score`: records in, scorecards out; rejected records listed with their lines. */
export function registerScore(program: Command, ctx: CommandContext): void {
  program
    .command("score")
    .description("Score records (CSV, JSON or NDJSON) with a policy and print the scorecards.")
    .requiredOption("-p, --policy <policy>", "a preset name or a .json/.yaml policy file")
    .requiredOption("-i, --input <file>", "the records: .csv, .json or .ndjson; - for standard input")
    .addOption(
      new Option("--input-format <format>", "the input's format, when its name does not tell").choices([
        "csv",
        "json",
        "ndjson",
      ]),
    )
    .addOption(
      new Option("-f, --format <format>", "the output format").choices(["text", "json"]).default("text"),
    )
    .addOption(
      new Option("-l, --locale <locale>", "the language of text output").argParser(localeArg).default("en"),
    )
    .option("--explain", "follow the table with each scorecard in sentences (text format)", false)
    .option("--no-trace", "leave the trace out of JSON output (faster)")
    .addHelpText(
      "after",
      `
Examples:
  $ kaoping score --policy satisfaction-work --input units.csv
  $ kaoping score --policy policy.yaml --input units.csv --format json > results.json
  $ kaoping score -p satisfaction-work -i units.csv --explain --locale zh-CN`,
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
  const format = formatOf(options.input, options.inputFormat);
  const needed = requiredColumns(loaded.policy);
  const results: Scorecard[] = [];
  const lines: number[] = [];
  const rejected: RejectedRow[] = [];
  let missing: string[] = [];
  const rows = readRows(openInput(options.input, io.cwd, io.stdin), format, (columns) => {
    missing = needed.filter((column) => !columns.includes(column));
  });
  for await (const row of rows) {
    if (missing.length > 0) {
      // A column the policy needs is absent: one issue for the file, not one per row.
      rejected.push({
        line: 1,
        issues: missing.map((column) => makeIssue("file.missing-column", [column], { column })),
      });
      break;
    }
    if ("issues" in row) {
      rejected.push(row);
      continue;
    }
    const outcome = appraiser.score(row.record);
    if (outcome.status === "rejected")
      rejected.push({
        line: row.line,
        ...(outcome.subject && { subject: outcome.subject }),
        issues: outcome.issues,
      });
    else {
      results.push(outcome);
      lines.push(row.line);
    }
  }
  // Across subjects and periods: rank each period, give rewards, apply the series rules.
  const appraisal = appraiseScorecards(appraiser, results);
  for (const duplicate of appraisal.duplicates) {
    rejected.push({
      line: lines[duplicate.index] as number,
      subject: duplicate.subject as string,
      issues: duplicate.issues,
    });
  }
  rejected.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const series = options.trace
    ? appraisal.series
    : appraisal.series.map(({ trace: _, ...outcome }) => outcome);
  if (options.format === "json") {
    const json = { results: appraisal.results.map(scorecardToJson), rejected, series };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const places = loaded.policy.display?.places ?? 2;
    io.stdout.write(
      renderText(appraisal.results, rejected, { locale: options.locale, explain: options.explain, places }),
    );
    const seriesText = renderSeriesText(appraisal.series, {
      locale: options.locale,
      places,
      steps: options.explain,
    });
    if (seriesText !== "") io.stdout.write(`\n${seriesText}`);
  }
  ctx.exit(rejected.length > 0 ? EXIT.rejected : EXIT.ok);
}

function localeArg(value: string): Locale {
  try {
    return parseLocale(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
