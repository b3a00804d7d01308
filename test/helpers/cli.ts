import { Readable } from "node:stream";
import { run } from "../../src/cli/run";

/** The outcome of running the CLI in-process. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `kaoping …` in this process with an in-memory io; `stdin` feeds `--input -`. */
export async function cli(
  args: readonly string[],
  options: { cwd?: string; stdin?: string } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([options.stdin ?? ""]),
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
