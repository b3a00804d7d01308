import { setFlagsFromString } from "node:v8";

// A run streams files of any size. V8 grows its young generation to 48 MB under a steady stream
// of short-lived objects; kept at its first size, a million-row run peaks about 35 MB lower and
// is hardly slower (measured in bench/README.md). A setting of this process only, not of the library.
try {
  setFlagsFromString("--semi-space-growth-factor=1");
} catch {
  // A runtime that does not take the setting keeps its own: the CLI works the same.
}
// Loaded after the setting, which loading the CLI's modules would already outgrow.
const { run } = await import("./run");

// The bin: wire the process to the CLI and set the exit code (without cutting output short).
run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `kaoping: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
