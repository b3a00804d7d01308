import { rejectedJson } from "./json";
import type { RejectedRow, Report, ReportCard } from "./report";

/**
 * The report as NDJSON: one line per record in the order read — a result, or a rejected record
 * (`"status": "rejected"`, with its line and issues). Lines can be written as records come.
 *
 * @example
 * ```ts
 * renderNdjson(report).split("\n")[0];
 * //=> '{"subject":"North Service Hall","line":2,"status":"graded","total":"87",...}'
 * ```
 */
export function renderNdjson(report: Report): string {
  // Results and rejections interleave by line, as they were read.
  const lines: { line: number; order: number; text: string }[] = [];
  report.cards.forEach((card, order) => {
    lines.push({ line: card.line ?? Number.MAX_SAFE_INTEGER, order, text: ndjsonResult(card) });
  });
  report.rejected.forEach((row, order) => {
    lines.push({
      line: row.line ?? Number.MAX_SAFE_INTEGER,
      order: order + report.cards.length,
      text: ndjsonRejected(row),
    });
  });
  lines.sort((a, b) => a.line - b.line || a.order - b.order);
  return lines.map((entry) => entry.text).join("");
}

/**
 * One result as an NDJSON line.
 *
 * @example
 * ```ts
 * ndjsonResult(card); //=> '{"subject":"North","status":"graded","total":"87",...}\n'
 * ```
 */
export function ndjsonResult(card: ReportCard): string {
  return `${JSON.stringify(card)}\n`;
}

/**
 * One rejected record as an NDJSON line.
 *
 * @example
 * ```ts
 * ndjsonRejected({ line: 3, issues }); //=> '{"status":"rejected","line":3,"issues":[...]}\n'
 * ```
 */
export function ndjsonRejected(row: RejectedRow): string {
  return `${JSON.stringify({ status: "rejected", ...rejectedJson(row) })}\n`;
}
