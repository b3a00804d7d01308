import { createReadStream } from "node:fs";
import { extname, resolve } from "node:path";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import { decodeText, type InputEncoding } from "./decode";
import { UsageError } from "./io";

/** The formats records are read from. */
export type RecordFormat = "csv" | "json" | "ndjson";

/** One row of an input file: a raw record, or the issues that kept it from being read. */
export type Row =
  | { readonly line: number; readonly record: Readonly<Record<string, unknown>> }
  | { readonly line: number; readonly issues: readonly Issue[] };

/** The format of a file, from its extension (`-`, standard input, is CSV unless told). */
export function formatOf(path: string, declared?: string): RecordFormat {
  const format =
    declared ??
    { ".csv": "csv", ".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson" }[extname(path).toLowerCase()];
  if (format === "csv" || format === "json" || format === "ndjson") return format;
  if (path === "-" && declared === undefined) return "csv";
  throw new UsageError(`Cannot tell the format of ${path}: use .csv, .json or .ndjson, or --input-format.`);
}

/**
 * Opens a file (or `-`, standard input) as a stream of bytes. In chunks of 16 KB: the rows of a
 * larger chunk outlive more young-generation collections and are promoted, and a million CSV rows
 * then peaked at 183–187 MB (256 KB chunks) or 170 MB (64 KB), against 150–152 MB, a little faster.
 */
export function openInput(path: string, cwd: string, stdin: Readable): Readable {
  return path === "-" ? stdin : createReadStream(resolve(cwd, path), { highWaterMark: 16 * 1024 });
}

/**
 * Reads rows from a stream of bytes in an encoding, one at a time, each with the 1-based line it
 * starts on (a CSV header is line 1). A malformed row is yielded with its issues; reading goes on
 * after it. Only JSON arrays are read whole (use CSV or NDJSON for large files).
 */
export async function* readRows(
  input: Readable,
  format: RecordFormat,
  options: { readonly encoding?: InputEncoding; readonly onHeader?: (columns: string[]) => void } = {},
): AsyncGenerator<Row> {
  const text = decodeText(input, options.encoding ?? "utf8");
  if (format === "csv") yield* readCsv(text, options.onHeader);
  else if (format === "ndjson") yield* readNdjson(text);
  else yield* readJsonArray(text);
}

interface CsvSkip extends Error {
  code?: string;
  lines?: number;
  raw?: string;
  record?: unknown[];
}

async function* readCsv(
  text: AsyncIterable<string>,
  onHeader?: (columns: string[]) => void,
): AsyncGenerator<Row> {
  const skipped: Row[] = [];
  let columns: string[] = [];
  const source = Readable.from(text);
  const parser = source.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        columns = header.map((column) => column.trim());
        onHeader?.(columns);
        return columns;
      },
      skip_empty_lines: true,
      info: true,
      raw: true,
      // A malformed row is reported and skipped; the rest is still read.
      skip_records_with_error: true,
    }),
  );
  parser.on("skip", (error: CsvSkip) => {
    const end = error.lines ?? 0;
    skipped.push({ line: startLine(end, error.raw ?? ""), issues: [csvIssue(error, columns, end)] });
  });
  source.on("error", (error) => parser.destroy(error));
  for await (const { record, raw, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    raw: string;
    info: { lines: number };
  }>) {
    const line = startLine(info.lines, raw);
    // The parser reports a skipped row as soon as it meets it, which may be before earlier records are read.
    while (skipped.length > 0 && (skipped[0] as Row).line < line) yield skipped.shift() as Row;
    yield { line, record };
  }
  while (skipped.length > 0) yield skipped.shift() as Row;
}

/** `lines` is where a record ends; a quoted cell may span lines, so count back over its raw text. */
function startLine(lines: number, raw: string): number {
  return lines - (raw.replace(/\r?\n$/, "").split("\n").length - 1);
}

/** The issue of a row csv-parse skipped, in the words of the problem. */
function csvIssue(error: CsvSkip, columns: readonly string[], lastLine: number): Issue {
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return makeIssue("file.wrong-cell-count", [], {
        expected: columns.length,
        received: error.record?.length ?? 0,
        columns,
      });
    case "CSV_QUOTE_NOT_CLOSED":
      return makeIssue("file.unclosed-quote", [], { lastLine });
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return makeIssue("file.bad-quote", [], {});
    default:
      return makeIssue("file.parse-error", [], { reason: error.message });
  }
}

async function* readLines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = "";
  for await (const chunk of text) {
    buffer += chunk;
    let start = 0;
    let newline = buffer.indexOf("\n");
    while (newline !== -1) {
      yield buffer.slice(start, newline);
      start = newline + 1;
      newline = buffer.indexOf("\n", start);
    }
    buffer = buffer.slice(start);
  }
  if (buffer !== "") yield buffer;
}

async function* readNdjson(text: AsyncIterable<string>): AsyncGenerator<Row> {
  let line = 0;
  for await (const content of readLines(text)) {
    line++;
    const trimmed = (line === 1 ? content.replace(/^\uFEFF/, "") : content).trim();
    if (trimmed === "") continue;
    yield parseJsonRow(trimmed, line);
  }
}

async function* readJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<Row> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  text = text.replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    yield { line: 1, issues: [makeIssue("file.parse-error", [], { reason: (error as Error).message })] };
    return;
  }
  if (!Array.isArray(data)) {
    yield { line: 1, issues: [makeIssue("file.not-an-array", [], { received: describeValue(data) })] };
    return;
  }
  const lines = elementLines(text);
  for (let i = 0; i < data.length; i++) yield { line: lines[i] ?? 1, record: data[i] };
}

function parseJsonRow(text: string, line: number): Row {
  try {
    return { line, record: JSON.parse(text) };
  } catch (error) {
    return { line, issues: [makeIssue("file.parse-error", [], { reason: (error as Error).message })] };
  }
}

/** The line each element of a top-level JSON array starts on (the text is known to be valid JSON). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") line++;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === " " || char === "\t" || char === "\r" || char === "\n") continue;
    if (expecting && depth === 1 && char !== "]") {
      lines.push(line);
      expecting = false;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth++;
      if (depth === 1) expecting = true;
    } else if (char === "]" || char === "}") depth--;
    else if (char === "," && depth === 1) expecting = true;
  }
  return lines;
}
