import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import type { CliIo } from "./io";

/** How often the progress line is redrawn, in milliseconds. */
const EVERY_MS = 250;

/** A progress line on standard error: rows done, rows per second, rejected. */
export interface Progress {
  update(rows: number, rejected: number): void;
  /** Clears the line (before anything else is written to standard error). */
  done(): void;
}

const SILENT: Progress = { update() {}, done() {} };

/**
 * A progress line redrawn in place at most every 250 ms, shown only when standard error is a
 * terminal and the user did not ask for quiet; otherwise it does nothing.
 *
 * @example
 * ```ts
 * const bar = progress(io, { quiet: false, locale: "en" });
 * bar.update(120000, 3); // "120,000 rows · 9,800 rows/s · 3 rejected"
 * bar.done();
 * ```
 */
export function progress(io: CliIo, options: { readonly quiet: boolean; readonly locale: Locale }): Progress {
  if (options.quiet || io.stderr.isTTY !== true) return SILENT;
  const now = io.now ?? (() => performance.now());
  const words = messagesFor(options.locale).report.cli;
  const start = now();
  let last = start;
  let shown = false;
  const count = (n: number) => n.toLocaleString("en-US");
  return {
    update(rows, rejected) {
      const time = now();
      if (time - last < EVERY_MS) return;
      last = time;
      const perSecond = Math.round((rows * 1000) / Math.max(1, time - start));
      io.stderr.write(`\r\x1b[2K${words.progress(count(rows), count(perSecond), count(rejected))}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr.write("\r\x1b[2K");
      shown = false;
    },
  };
}
