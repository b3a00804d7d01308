import type { Readable } from "node:stream";

/** Where the CLI reads and writes: the process in `main.ts`, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stdin: Readable;
  /** The directory relative paths are read from. */
  readonly cwd: string;
  /** A clock in milliseconds for progress rates (`performance.now` unless a test gives one). */
  readonly now?: () => number;
}

/** The documented exit codes. */
export const EXIT = {
  /** Everything was read and scored. */
  ok: 0,
  /** Some input was rejected (a record, or the policy); good records were still scored and written. */
  rejected: 1,
  /** The command was used wrongly: an unknown option, a missing file, an unknown preset. */
  usage: 2,
} as const;

/** An error in how the CLI was called: reported on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
