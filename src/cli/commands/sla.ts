import { type Command, InvalidArgumentError, Option } from "commander";
import { compile, type Locale, scorecardToJson } from "../../index";
import { formatIssue, makeIssue } from "../../issues/issue";
import { PolicyError } from "../../issues/policy-error";
import { buildReport } from "../../report/build-report";
import { renderReport } from "../../report/render";
import { compileSla, type Sla } from "../../sla/evaluate";
import { slaSubjectToJson, ticketResultToJson } from "../../sla/json";
import { slaRecords } from "../../sla/records";
import { type RejectedTicketRow, renderSlaText } from "../../sla/render-text";
import { formatInstant, parseInstant } from "../../sla/time";
import { type CommandContext, parseLocale } from "../context";
import type { InputEncoding } from "../decode";
import { EXIT, UsageError } from "../io";
import { formatPolicyIssues, loadPolicy } from "../load-policy";
import { encodingOption, inputFormatOption } from "../options";
import { formatOf, openInput, readRows } from "../read-records";
import { withEncodingErrors } from "../score-rows";

interface SlaOptions {
  readonly policy: string;
  readonly input: string;
  readonly inputFormat?: string;
  readonly encoding: InputEncoding;
  readonly calendar?: string;
  readonly asOf?: string;
  readonly format: "text" | "json";
  readonly locale: Locale;
  readonly score: boolean;
}

/** The columns a CSV of tickets must have; `responded_at`, `resolved_at`, `category`, `paused`, `period` may follow. */
const TICKET_COLUMNS = ["ticket", "subject", "priority", "opened_at"];

/** `kaoping sla`: tickets in; per ticket met / breached / open, per subject counts and compliance out. */
export function registerSla(program: Command, ctx: CommandContext): void {
  program
    .command("sla")
    .description("Check tickets against a policy's response windows (calendar or working time).")
    .requiredOption("-p, --policy <policy>", "a preset name or a .json/.yaml policy file with an sla section")
    .requiredOption("-i, --input <file>", "the tickets: .csv, .json or .ndjson; - for standard input")
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .option(
      "-c, --calendar <calendar>",
      'run every window on one clock: "24x7" (calendar time), "cn" or a policy calendar (working time)',
    )
    .option(
      "--as-of <time>",
      "evaluate as of this ISO 8601 time (default: now); later events have not happened",
    )
    .addOption(
      new Option("-f, --format <format>", "the output format").choices(["text", "json"]).default("text"),
    )
    .addOption(
      new Option("-l, --locale <locale>", "the language of text output").argParser(localeArg).default("en"),
    )
    .option("--score", "also score each subject with the policy's components (JSON: results)", false)
    .addHelpText(
      "after",
      `
Columns: ticket,subject,priority,opened_at[,responded_at][,resolved_at][,category][,paused][,period]
Times are ISO 8601; one without an offset is read in the calendar's time zone.

Examples:
  $ kaoping sla --policy after-sales-response --input tickets.csv --as-of 2026-03-01T00:00
  $ kaoping sla -p after-sales-response -i tickets.csv --calendar cn --format json
  $ kaoping sla -p policy.yaml -i tickets.csv --score --locale zh-CN`,
    )
    .action((options: SlaOptions) => sla(options, ctx));
}

async function sla(options: SlaOptions, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const loaded = await loadPolicy(options.policy, io.cwd);
  if (!loaded.ok) {
    io.stderr.write(`${formatPolicyIssues(loaded.source, loaded.issues, options.locale)}\n`);
    return ctx.exit(EXIT.rejected);
  }
  const { policy } = loaded;
  if (policy.sla === undefined)
    throw new UsageError(`${loaded.source}: ${formatIssue(makeIssue("sla.missing", [], {}))}`);
  const evaluator = compileOrExplain(policy, options.calendar);
  // The shell may read the clock; the core never does: "as of" is always an argument to it.
  const asOf = options.asOf === undefined ? Date.now() : parseInstant(options.asOf, evaluator.zone);
  if (asOf === undefined)
    throw new UsageError(
      formatIssue(makeIssue("ticket.invalid-time", [], { field: "--as-of", received: `"${options.asOf}"` })),
    );

  const format = formatOf(options.input, options.inputFormat);
  let missing: string[] = [];
  const records: unknown[] = [];
  const lines: number[] = [];
  const rejected: RejectedTicketRow[] = [];
  const read = readRows(openInput(options.input, io.cwd, io.stdin), format, {
    encoding: options.encoding,
    onHeader: (columns) => {
      missing = TICKET_COLUMNS.filter((column) => !columns.includes(column));
    },
  });
  const rows = withEncodingErrors(read, options);
  for await (const row of rows) {
    if (missing.length > 0) {
      // A column every ticket needs is absent: one issue for the file, not one per row.
      rejected.push({
        line: 1,
        issues: missing.map((column) => makeIssue("file.missing-column", [column], { column })),
      });
      break;
    }
    if ("issues" in row) rejected.push(row);
    else {
      records.push(row.record);
      lines.push(row.line);
    }
  }
  const batch = evaluator.evaluateAll(records, { asOf });
  for (const rejection of batch.rejected) {
    rejected.push({
      line: lines[rejection.index] as number,
      ...(rejection.ticket !== undefined && { ticket: rejection.ticket }),
      ...(rejection.subject !== undefined && { subject: rejection.subject }),
      issues: rejection.issues,
    });
  }
  rejected.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const scored = options.score ? compile(policy).scoreAll(slaRecords(batch.subjects)) : undefined;

  if (options.format === "json") {
    const output = {
      asOf: formatInstant(asOf, evaluator.zone),
      zone: evaluator.zone,
      workingCalendar: evaluator.calendar.id,
      tickets: batch.tickets.map(ticketResultToJson),
      subjects: batch.subjects.map(slaSubjectToJson),
      rejected,
      ...(scored && { results: scored.results.map(scorecardToJson) }),
    };
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    io.stdout.write(renderSlaText(batch.tickets, batch.subjects, rejected, { locale: options.locale }));
    if (scored !== undefined) {
      io.stdout.write(
        `\n${renderReport(buildReport(policy, scored.results), "text", { locale: options.locale })}`,
      );
    }
  }
  ctx.exit(rejected.length > 0 ? EXIT.rejected : EXIT.ok);
}

/** Compiles the policy's SLA; an unknown `--calendar` is a usage error. */
function compileOrExplain(policy: Parameters<typeof compileSla>[0], calendar: string | undefined): Sla {
  try {
    return compileSla(policy, calendar === undefined ? {} : { calendar });
  } catch (error) {
    if (error instanceof PolicyError && error.issues[0]?.code === "sla.unknown-calendar")
      throw new UsageError(`--calendar: ${formatIssue(error.issues[0])}`);
    throw error;
  }
}

function localeArg(value: string): Locale {
  try {
    return parseLocale(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
