import type { Command } from "commander";
import { messagesFor } from "../../i18n/messages";
import { compile, explain, type Locale } from "../../index";
import type { CommandContext } from "../context";
import type { InputEncoding } from "../decode";
import { EXIT, UsageError } from "../io";
import { formatPolicyIssues, loadPolicy } from "../load-policy";
import { encodingOption, inputFormatOption, localeOption } from "../options";
import { rejectionLines } from "../rejections";
import { scoreRows } from "../score-rows";

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
  const places = loaded.policy.display?.places ?? 2;
  const source = options.input === "-" ? "stdin" : options.input;
  const matches = (record: Readonly<Record<string, unknown>>) =>
    String(record.subject ?? "").trim() === wanted &&
    (options.period === undefined || String(record.period ?? "").trim() === options.period);
  let found = 0;
  for await (const row of scoreRows(appraiser, options, io, matches)) {
    if (row.kind === "result") {
      io.stdout.write(`${found > 0 ? "\n" : ""}${explain(row.card, { locale: options.locale, places })}\n`);
      found++;
    } else if (row.row.subject === wanted || row.row.line === 1) {
      // The subject's own record was rejected (or the file cannot be read at all): say why.
      io.stderr.write(`${rejectionLines(source, row.row, options.locale).join("\n")}\n`);
      ctx.exit(EXIT.rejected);
      found++;
    }
  }
  if (found === 0)
    throw new UsageError(messagesFor(options.locale).report.cli.noRecordFor(wanted, options.period));
}
