import { relative } from "node:path";
import { Command, CommanderError } from "commander";
import { formatIssue, makeIssue } from "../issues/issue";
import { registerExplain } from "./commands/explain";
import { registerInit } from "./commands/init";
import { registerPresets } from "./commands/presets";
import { registerSchema } from "./commands/schema";
import { registerScore } from "./commands/score";
import { registerSla } from "./commands/sla";
import { registerValidate } from "./commands/validate";
import type { CommandContext } from "./context";
import { type CliIo, EXIT, UsageError } from "./io";

/** The package's version, injected by the build (tests see "0.0.0-dev"). */
declare const __KAOPING_VERSION__: string | undefined;
const VERSION = typeof __KAOPING_VERSION__ === "string" ? __KAOPING_VERSION__ : "0.0.0-dev";

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code:
 * 0 all good, 1 some input rejected, 2 a usage error.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const ctx: CommandContext = {
    io,
    exit: (next) => {
      code = Math.max(code, next);
    },
  };
  const program = new Command("kaoping")
    .description("Appraisal policies as exact, explainable rule sets (考评).")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError("(run with --help for usage)");
  registerScore(program, ctx);
  registerValidate(program, ctx);
  registerPresets(program, ctx);
  registerSchema(program, ctx);
  registerExplain(program, ctx);
  registerInit(program, ctx);
  program.addHelpText("after", PROGRAM_HELP);
  registerSla(program, ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`kaoping: ${error.message}\n`);
      return EXIT.usage;
    }
    if (isFileError(error)) {
      const { path = "", code = "" } = error as NodeJS.ErrnoException;
      io.stderr.write(
        `kaoping: ${formatIssue(makeIssue("file.unreadable", [], { file: relative(io.cwd, path), reason: REASONS[code] ?? code }))}\n`,
      );
      return EXIT.usage;
    }
    throw error;
  }
  return code;
}

const PROGRAM_HELP = `
Examples:
  $ kaoping init demo                        # a starter policy, its schema and sample records
  $ kaoping score -p satisfaction-work -i units.csv --format html --out report.html
  $ kaoping explain -p satisfaction-work -i units.csv --subject "North Service Hall"
  $ kaoping validate policy.yaml
  $ kaoping presets show satisfaction-work --format yaml > policy.yaml

Exit codes: 0 all good; 1 some input rejected (good records are still scored and written);
2 a usage error. Run "kaoping help <command>" for a command's options and examples.`;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
};

function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "EISDIR" || code === "EACCES";
}
