import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type Command, Option } from "commander";
import { stringify } from "yaml";
import { messagesFor } from "../../i18n/messages";
import { assertPolicy, getPreset, type Locale, policyJsonSchema } from "../../index";
import { formatIssue } from "../../issues/issue";
import { unknownPreset } from "../../presets/index";
import type { CommandContext } from "../context";
import { UsageError } from "../io";
import { localeOption } from "../options";
import { sampleCsv } from "../sample-records";

interface InitOptions {
  readonly preset: string;
  readonly format: "json" | "yaml";
  readonly force: boolean;
  readonly locale: Locale;
}

/** `kaoping init`: a folder with a starter policy, its JSON Schema and a sample CSV to score. */
export function registerInit(program: Command, ctx: CommandContext): void {
  program
    .command("init")
    .description("Start a folder with a policy to edit, its JSON Schema (for editors) and sample records.")
    .argument("<dir>", "the folder to create (or an empty one)")
    .option("--preset <name>", "the preset the policy starts from", "satisfaction-work")
    .addOption(
      new Option("-f, --format <format>", "the policy file's format")
        .choices(["json", "yaml"])
        .default("json"),
    )
    .option("--force", "overwrite files that already exist", false)
    .addOption(localeOption("the language of the messages: en or zh-CN"))
    .addHelpText(
      "after",
      `
Writes policy.json (or policy.yaml), policy.schema.json and units.csv into <dir>.

Examples:
  $ kaoping init demo && cd demo && kaoping score --policy policy.json --input units.csv --format html --out report.html
  $ kaoping init my-policy --format yaml --locale zh-CN`,
    )
    .action((dir: string, options: InitOptions) => init(dir, options, ctx));
}

async function init(dir: string, options: InitOptions, ctx: CommandContext): Promise<void> {
  const preset = getPreset(options.preset);
  if (preset === undefined) throw new UsageError(formatIssue(unknownPreset(options.preset), options.locale));
  const policy = assertPolicy(preset);
  const words = messagesFor(options.locale).report.cli;
  const policyFile = `policy.${options.format}`;
  // The policy points at its schema, so that an editor checks and completes it as it is typed.
  const withSchema = { $schema: "./policy.schema.json", ...preset };
  const files: [string, string][] = [
    [
      policyFile,
      options.format === "json" ? `${JSON.stringify(withSchema, null, 2)}\n` : stringify(withSchema),
    ],
    ["policy.schema.json", `${JSON.stringify(policyJsonSchema(), null, 2)}\n`],
    ["units.csv", sampleCsv(policy)],
  ];
  const folder = resolve(ctx.io.cwd, dir);
  await mkdir(folder, { recursive: true });
  for (const [name, content] of files) {
    try {
      await writeFile(join(folder, name), content, { flag: options.force ? "w" : "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST")
        throw new UsageError(words.exists(join(dir, name)));
      throw error;
    }
    ctx.io.stdout.write(`${words.created(join(dir, name))}\n`);
  }
  ctx.io.stdout.write(`\n${words.nextSteps(dir)}\n`);
}
