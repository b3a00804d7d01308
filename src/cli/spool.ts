import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";

/** A temporary file written line by line, with backpressure, then read back in the same order. */
export interface Spool {
  /** Appends one line (without its line end; the text must not contain one). */
  write(line: string): Promise<void>;
  /** Flushes and closes the file: call once, before reading. */
  end(): Promise<void>;
  /** The lines written, in order. */
  lines(): AsyncIterable<string>;
}

/**
 * Opens a spool file: what a two-pass command writes in its first pass so that memory holds
 * only what the second pass cannot do without.
 *
 * @example
 * ```ts
 * const spool = openSpool(join(dir, "cards.ndjson"));
 * await spool.write(JSON.stringify(card));
 * await spool.end();
 * for await (const line of spool.lines()) JSON.parse(line); //=> each card, in the order written
 * ```
 */
export function openSpool(path: string): Spool {
  const out = createWriteStream(path, { encoding: "utf8" });
  return {
    async write(line) {
      if (!out.write(`${line}\n`)) await once(out, "drain");
    },
    async end() {
      out.end();
      await once(out, "finish");
    },
    lines: () =>
      createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity }),
  };
}
