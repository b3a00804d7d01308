import type { Command } from "commander";
import { policyJsonSchema } from "../../index";
import type { CommandContext } from "../context";

/** `kaoping schema`: the JSON Schema of a policy file, for editors. */
export function registerSchema(program: Command, ctx: CommandContext): void {
  program
    .command("schema")
    .description("Print the JSON Schema of a policy file (point a policy's $schema at a saved copy).")
    .addHelpText("after", "\nExample:\n  $ kaoping schema > policy.schema.json")
    .action(() => {
      ctx.io.stdout.write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    });
}
