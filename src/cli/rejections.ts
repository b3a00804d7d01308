import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { formatIssue, type Issue } from "../issues/issue";
import type { RejectedRow } from "../report/report";
import type { CliIo } from "./io";

/** Rejected rows listed on standard error before the rest is only counted. */
export const SHOWN_REJECTIONS = 20;

/**
 * Each issue of a rejected row as a compiler would say it: `file:line: field: what was expected`.
 *
 * @example
 * ```ts
 * rejectionLines("units.csv", { line: 4, issues: [notACount] }, "en");
 * //=> ['units.csv:4: findings: "findings" must be a whole number, 0 or more; got "x".']
 * ```
 */
export function rejectionLines(source: string, row: RejectedRow, locale: Locale): string[] {
  return row.issues.map((issue) => {
    const line = issue.line ?? row.line;
    const { line: _line, ...rest } = issue;
    const subject = row.subject === undefined ? "" : `[${row.subject}] `;
    return `${line === undefined ? source : `${source}:${line}`}: ${subject}${formatIssue(rest as Issue, locale)}`;
  });
}

/**
 * Lists rejected rows on standard error as they come, the first {@link SHOWN_REJECTIONS}, then counts the rest.
 *
 * @example
 * ```ts
 * const log = rejectionLog(io, "units.csv", "en");
 * log.add(row); // units.csv:4: findings: ...
 * log.end();    // … and 12 more rejected records.
 * ```
 */
export function rejectionLog(io: CliIo, source: string, locale: Locale) {
  let count = 0;
  return {
    add(row: RejectedRow) {
      count++;
      if (count <= SHOWN_REJECTIONS) io.stderr.write(`${rejectionLines(source, row, locale).join("\n")}\n`);
    },
    end() {
      if (count > SHOWN_REJECTIONS)
        io.stderr.write(`${messagesFor(locale).report.cli.moreRejected(count - SHOWN_REJECTIONS)}\n`);
    },
  };
}
