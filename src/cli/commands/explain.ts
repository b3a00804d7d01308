import type { Command } from "commander";
import { duplicateCounts, duplicateRejection } from "../../cycle/duplicates";
import { parsePeriod } from "../../cycle/period";
import { messagesFor } from "../../i18n/messages";
import { compile, explain, type Locale } from "../../index";
import type { CommandContext } from "../context";
import type { InputEncoding } from "../decode";
import { EXIT, UsageError } from "../io";
import { formatPolicyIssues, loadPolicy } from "../load-policy";
import { encodingOption, inputFormatOption, localeOption } from "../options";
import { rejectionLines } from "../rejections";
import { type ScoredRow, scoreRows } from "../score-rows";

interface ExplainOptions {
  readonly policy: string;
  readonly input: string;
  readonly subject: string;
  readonly period?: string;
  readonly inputFormat?: string;
  readonly encoding: InputEncoding;
  readonly locale: Locale;
}

/** `kaoping explain`: one subject's scorecard, every point in sentences. */
export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command("explain")
    .description("Explain one subject's scorecard in sentences: every point added or taken, and why.")
    .requiredOption("-p, --policy <policy>", "a preset name or a .json/.yaml policy file")
    .requiredOption("-i, --input <file>", "the records: .csv, .json or .ndjson; - for standard input")
    .requiredOption("-s, --subject <subject>", "the subject to explain, as written in the records")
    .option("--period <period>", "only the record of this period (when records carry periods)")
    .addOption(inputFormatOption())
    .addOption(encodingOption())
    .addOption(localeOption("the language of the sentences: en or zh-CN"))
    .addHelpText(
      "after",
      `
Examples:
  $ kaoping explain --policy satisfaction-work --input units.csv --subject "North Service Hall"
  $ kaoping explain -p policy.json -i units.csv -s 客服一部 --locale zh-CN
  $ kaoping explain -p policy.json -i year.csv -s "North Service Hall" --period 2026-03`,
    )
    .action((options: ExplainOptions) => explainSubject(options, ctx));
}

async function explainSubject(options: ExplainOptions, ctx: CommandContext): Promise<void> {
  const { io } = ctx;
  const loaded = await loadPolicy(options.policy, io.cwd);
  if (!loaded.ok) {
    io.stderr.write(`${formatPolicyIssues(loaded.source, loaded.issues, options.locale)}\n`);
    return ctx.exit(EXIT.rejected);
  }
  const appraiser = compile(loaded.policy);
  const wanted = options.subject.trim();
  const period = options.period === undefined ? undefined : periodId(options.period);
  const places = loaded.policy.display?.places ?? 2;
  const source = options.input === "-" ? "stdin" : options.input;
  const matches = (record: Readonly<Record<string, unknown>>) =>
    String(record.subject ?? "").trim() === wanted &&
    (period === undefined || periodId(String(record.period ?? "")) === period);
  // The subject's rows are few: keep them, to reject all of its records for a period that has several.
  const rows: ScoredRow[] = [];
  for await (const row of scoreRows(appraiser, options, io, matches)) {
    // A rejected row of the subject (or a file that cannot be read at all) says why.
    if (row.kind === "result" || row.row.subject === wanted || row.row.line === 1) rows.push(row);
  }
  const countOf = duplicateCounts(rows.flatMap((row) => (row.kind === "result" ? [row.card] : [])));
  let explained = 0;
  for (const row of rows) {
    const count = row.kind === "result" ? countOf(row.card) : undefined;
    if (row.kind === "result" && count === undefined) {
      io.stdout.write(
        `${explained++ > 0 ? "\n" : ""}${explain(row.card, { locale: options.locale, places })}\n`,
      );
      continue;
    }
    const rejected =
      row.kind === "rejected"
        ? row.row
        : { line: row.line, ...duplicateRejection(row.card, count as number) };
    io.stderr.write(`${rejectionLines(source, rejected, options.locale).join("\n")}\n`);
    ctx.exit(EXIT.rejected);
  }
  if (rows.length === 0)
    throw new UsageError(messagesFor(options.locale).report.cli.noRecordFor(wanted, options.period));
}

/** A period as the records are compared by it: canonical when it is one (`2026年3月` is `2026-03`). */
function periodId(text: string): string {
  return parsePeriod(text)?.id ?? text.trim();
}
