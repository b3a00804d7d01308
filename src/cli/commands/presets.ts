import { type Command, Option } from "commander";
import { stringify } from "yaml";
import { getPreset, presetNames } from "../../index";
import { formatIssue } from "../../issues/issue";
import { unknownPreset } from "../../presets/index";
import type { CommandContext } from "../context";
import { UsageError } from "../io";

/** `kaoping presets`: list the presets, or print one as JSON or YAML to copy and edit. */
export function registerPresets(program: Command, ctx: CommandContext): void {
  const presets = program
    .command("presets")
    .description("List the built-in policies, or print one to copy and edit.")
    .addHelpText(
      "after",
      "\nExamples:\n  $ kaoping presets\n  $ kaoping presets show satisfaction-work --format yaml > policy.yaml",
    )
    .action(() => {
      const names = presetNames();
      const width = Math.max(...names.map((name) => name.length));
      for (const name of names) {
        const preset = getPreset(name);
        ctx.io.stdout.write(`${name.padEnd(width)}  ${preset?.name.en} (${preset?.name["zh-CN"]})\n`);
      }
    });
  presets
    .command("show")
    .description("Print a preset as JSON or YAML.")
    .argument("<name>", "the preset's name")
    .addOption(
      new Option("-f, --format <format>", "the output format").choices(["json", "yaml"]).default("json"),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ kaoping presets show satisfaction-work\n  $ kaoping presets show satisfaction-work --format yaml > policy.yaml",
    )
    .action((name: string, options: { format: "json" | "yaml" }) => {
      const preset = getPreset(name);
      if (preset === undefined) throw new UsageError(formatIssue(unknownPreset(name)));
      ctx.io.stdout.write(
        options.format === "json" ? `${JSON.stringify(preset, null, 2)}\n` : stringify(preset),
      );
    });
}
