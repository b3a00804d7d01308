import { createReadStream } from "node:fs";
import { extname, resolve } from "node:path";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { type Issue, makeIssue } from "../issues/issue";
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

/** Opens a file (or `-`, standard input) as a stream of bytes. */
export function openInput(path: string, cwd: string, stdin: Readable): Readable {
  return path === "-" ? stdin : createReadStream(resolve(cwd, path));
}

/**
 * Reads rows from a stream, one at a time, each with the 1-based line it starts on (a CSV
 * header is line 1). A malformed row is yielded with its issues; reading goes on after it.
 */
export async function* readRows(
  input: Readable,
  format: RecordFormat,
  onHeader?: (columns: string[]) => void,
): AsyncGenerator<Row> {
  if (format === "csv") yield* readCsv(input, onHeader);
  else if (format === "ndjson") yield* readNdjson(input);
  else yield* readJsonArray(input);
}

async function* readCsv(input: Readable, onHeader?: (columns: string[]) => void): AsyncGenerator<Row> {
  // The parser runs ahead of this loop: rows it skips wait here until their turn, in line order.
  const skipped: Row[] = [];
  let lastEnd = 1;
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const columns = header.map((column) => column.trim());
        onHeader?.(columns);
        return columns;
      },
      skip_empty_lines: true,
      info: true,
      raw: true,
      // A row with the wrong number of cells is reported and skipped; the rest is still read.
      skip_records_with_error: true,
      on_record: (record: unknown, context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
    }),
  );
  parser.on("skip", (error: Error & { lines?: number; code?: string }) => {
    // An unclosed quote runs to the end of the file: its row starts after the last good one.
    const line = error.code === "CSV_QUOTE_NOT_CLOSED" ? lastEnd + 1 : (error.lines ?? lastEnd + 1);
    skipped.push({ line, issues: [makeIssue("file.parse-error", [], { reason: error.message })] });
  });
  input.on("error", (error) => parser.destroy(error));
  for await (const { record, raw, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    raw: string;
    info: { lines: number };
  }>) {
    // info.lines is where the record ends; a quoted cell may span lines.
    const line = info.lines - (raw.replace(/\r?\n$/, "").split("\n").length - 1);
    while (skipped.length > 0 && (skipped[0] as Row).line < line) yield skipped.shift() as Row;
    yield { line, record };
  }
  while (skipped.length > 0) yield skipped.shift() as Row;
}

async function* readLines(input: Readable): AsyncGenerator<string> {
  let buffer = "";
  input.setEncoding("utf8");
  for await (const chunk of input) {
    buffer += chunk as string;
    let newline = buffer.indexOf("\n");
    while (newline !== -1) {
      yield buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf("\n");
    }
  }
  if (buffer !== "") yield buffer;
}

async function* readNdjson(input: Readable): AsyncGenerator<Row> {
  let line = 0;
  for await (const text of readLines(input)) {
    line++;
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, "") : text).trim();
    if (trimmed === "") continue;
    yield parseJsonRow(trimmed, line);
  }
}

async function* readJsonArray(input: Readable): AsyncGenerator<Row> {
  let text = "";
  input.setEncoding("utf8");
  for await (const chunk of input) text += chunk as string;
  text = text.replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    yield { line: 1, issues: [makeIssue("file.parse-error", [], { reason: (error as Error).message })] };
    return;
  }
  if (!Array.isArray(data)) {
    yield {
      line: 1,
      issues: [makeIssue("file.parse-error", [], { reason: "expected an array of records" })],
    };
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
