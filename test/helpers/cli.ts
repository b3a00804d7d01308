import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { run } from "../../src/cli/run";

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with buffers for its streams. */
export async function runCli(
  argv: readonly string[],
  options: { cwd?: string; stdin?: string | Buffer; isTTY?: boolean; now?: () => number } = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
    },
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
      isTTY: options.isTTY ?? false,
    },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd ?? process.cwd(),
    ...(options.now && { now: options.now }),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kaoping-test-"));
}

/** A fresh temporary folder with files in it, by name. */
export function folder(files: Readonly<Record<string, string | Buffer>>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The same runner, by the name the foundation tests use. */
export const cli = runCli;
