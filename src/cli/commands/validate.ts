import { type Command, Option } from "commander";
import type { Locale } from "../../index";
import { type CommandContext, parseLocale } from "../context";
import { EXIT } from "../io";
import { formatPolicyIssues, loadPolicy } from "../load-policy";

/** `kaoping validate`: every issue of a policy, with its line and path. */
export function registerValidate(program: Command, ctx: CommandContext): void {
  program
    .command("validate")
    .description("Check a policy file (or a preset) and list every issue with its line and path.")
    .argument("<policy>", "a .json/.yaml policy file or a preset name")
    .addOption(
      new Option("-l, --locale <locale>", "the language of the messages")
        .argParser(parseLocale)
        .default("en"),
    )
    .addHelpText(
      "after",
      "\nExamples:\n  $ kaoping validate policy.yaml\n  $ kaoping validate policy.json --locale zh-CN",
    )
    .action(async (policy: string, options: { locale: Locale }) => {
      const loaded = await loadPolicy(policy, ctx.io.cwd);
      if (!loaded.ok) {
        ctx.io.stdout.write(`${formatPolicyIssues(loaded.source, loaded.issues, options.locale)}\n`);
        const count = loaded.issues.length;
        ctx.io.stderr.write(`${count} issue${count === 1 ? "" : "s"} found.\n`);
        return ctx.exit(EXIT.rejected);
      }
      ctx.io.stdout.write(
        `${loaded.source}: policy ${loaded.policy.id} ${loaded.policy.version} is valid.\n`,
      );
    });
}
