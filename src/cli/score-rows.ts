import type { Appraiser } from "../engine/compile";
import type { Rejection, Scorecard } from "../engine/scorecard";
import type { Locale } from "../i18n/locale";
import { formatIssue, makeIssue } from "../issues/issue";
import { requiredColumns } from "../records/columns";
import type { RejectedRow } from "../report/report";
import { EncodingError, type InputEncoding } from "./decode";
import { type CliIo, UsageError } from "./io";
import { formatOf, openInput, readRows } from "./read-records";

/** Where records come from and how they are read. */
export interface InputOptions {
  /** A path, or `-` for standard input. */
  readonly input: string;
  readonly inputFormat?: string;
  readonly encoding: InputEncoding;
  /** The language of a usage error's message. */
  readonly locale: Locale;
}

/** One record of an input, scored: a scorecard with its line, or a rejected row. */
export type ScoredRow =
  | { readonly kind: "result"; readonly line: number; readonly card: Scorecard }
  | { readonly kind: "rejected"; readonly row: RejectedRow & { readonly line: number } };

/**
 * Reads an input file row by row and scores each record as it comes, holding nothing: a
 * scorecard or a rejected row (with the line it starts on) at a time. A CSV header that lacks a
 * column the policy needs is one rejection at line 1, and nothing after it is read.
 * `select` lets a caller skip records before they are scored (by subject, say).
 *
 * @example
 * ```ts
 * for await (const row of scoreRows(appraiser, { input: "units.csv", encoding: "utf8", locale: "en" }, io)) {
 *   if (row.kind === "result") write(row.card); //=> each scorecard with the line it was read from
 * }
 * ```
 */
export async function* scoreRows(
  appraiser: Appraiser,
  options: InputOptions,
  io: CliIo,
  select?: (record: Readonly<Record<string, unknown>>) => boolean,
): AsyncGenerator<ScoredRow> {
  const format = formatOf(options.input, options.inputFormat);
  const needed = requiredColumns(appraiser.policy);
  let missing: string[] = [];
  const rows = readRows(openInput(options.input, io.cwd, io.stdin), format, {
    encoding: options.encoding,
    onHeader: (columns) => {
      missing = needed.filter((column) => !columns.includes(column));
    },
  });
  let headerChecked = format !== "csv";
  for await (const row of withEncodingErrors(rows, options)) {
    if (!headerChecked) {
      headerChecked = true;
      if (missing.length > 0) {
        yield missingColumns(missing);
        return;
      }
    }
    if ("issues" in row) {
      yield { kind: "rejected", row };
      continue;
    }
    if (select !== undefined && !select(row.record)) continue;
    const outcome: Scorecard | Rejection = appraiser.score(row.record);
    if (outcome.status === "rejected") {
      yield {
        kind: "rejected",
        row: { line: row.line, ...(outcome.subject && { subject: outcome.subject }), issues: outcome.issues },
      };
    } else yield { kind: "result", line: row.line, card: outcome };
  }
  // A header without any row is still checked.
  if (!headerChecked && missing.length > 0) yield missingColumns(missing);
}

/** A file in another encoding stops the run as a usage error that names the file, the line and the fix. */
export async function* withEncodingErrors<T>(
  rows: AsyncGenerator<T>,
  options: InputOptions,
): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    const source = options.input === "-" ? "stdin" : options.input;
    const issue = makeIssue("file.wrong-encoding", [], {
      encoding: error.encoding === "utf8" ? "UTF-8" : error.encoding.toUpperCase(),
      suggestion:
        error.encoding === "utf8"
          ? "a spreadsheet saved in China is usually GB18030: --encoding gb18030"
          : "UTF-8 is the default: leave --encoding out",
    });
    throw new UsageError(`${source}:${error.line}: ${formatIssue(issue, options.locale)}`);
  }
}

function missingColumns(missing: readonly string[]): ScoredRow {
  return {
    kind: "rejected",
    row: { line: 1, issues: missing.map((column) => makeIssue("file.missing-column", [column], { column })) },
  };
}
