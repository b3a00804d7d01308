import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import type { CliIo } from "./io";

/** Where a command writes its result: standard output, or a file (`--out`). */
export interface Output {
  /** Writes text, waiting when the destination is slower than the writer (so memory stays flat). */
  write(text: string): Promise<void>;
  /** Flushes and closes (a file; standard output stays open). */
  close(): Promise<void>;
}

/** Text is gathered into chunks of about this many characters before it is written. */
const CHUNK = 64 * 1024;

interface Sink {
  write(text: string): unknown;
  once?(event: "drain", listener: () => void): unknown;
}

/**
 * Opens the output of a command: a file when `out` is given (created or replaced), else
 * standard output. Writes are buffered and respect back-pressure.
 *
 * @example
 * ```ts
 * const output = await openOutput("report.html", io);
 * await output.write(html);
 * await output.close();
 * ```
 */
export async function openOutput(out: string | undefined, io: CliIo): Promise<Output> {
  if (out === undefined || out === "-") return bufferedOutput(io.stdout, async () => {});
  const stream = createWriteStream(resolve(io.cwd, out));
  await new Promise<void>((done, fail) => {
    stream.once("open", () => done());
    stream.once("error", fail);
  });
  return bufferedOutput(
    stream,
    () =>
      new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done()))),
  );
}

function bufferedOutput(sink: Sink, end: () => Promise<void>): Output {
  let buffer = "";
  const flush = async () => {
    if (buffer === "") return;
    const text = buffer;
    buffer = "";
    if (sink.write(text) === false && sink.once) {
      await new Promise<void>((drained) => sink.once?.("drain", drained));
    }
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= CHUNK) await flush();
    },
    async close() {
      await flush();
      await end();
    },
  };
}
