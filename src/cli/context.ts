import type { CliIo } from "./io";

/** What every command gets: where to read and write, and how to report its exit code. */
export interface CommandContext {
  readonly io: CliIo;
  /** Raises the process's exit code (a later, lower code never lowers it). */
  exit(code: number): void;
}

/** Parses `--locale`. */
export function parseLocale(value: string): "en" | "zh-CN" {
  if (value === "en" || value === "zh-CN") return value;
  throw new Error(`expected en or zh-CN, got "${value}"`);
}
