import type { RejectedRow, Report, ReportCard, ReportPolicy } from "./report";

/**
 * The report as JSON (exact decimal strings): the policy, every result in the order read, the
 * outcomes of rules across periods, the rejected records and the counts.
 *
 * @example
 * ```ts
 * JSON.parse(renderJson(report)).results[0].total; //=> "87"
 * ```
 */
export function renderJson(report: Report): string {
  let out = jsonHead(report.policy);
  report.cards.forEach((card, index) => {
    out += jsonResult(card, index);
  });
  return out + jsonTail(report);
}

/**
 * The start of a JSON report, up to the opening of its results (for writing as records come).
 *
 * @example
 * ```ts
 * write(jsonHead(report.policy)); // then jsonResult(card, i) for each card, then jsonTail(report)
 * ```
 */
export function jsonHead(policy: ReportPolicy): string {
  const head = { id: policy.id, version: policy.version, name: policy.name };
  return `{\n  "policy": ${indent(JSON.stringify(head, null, 2), 2)},\n  "results": [`;
}

/**
 * One result of a JSON report; `index` is its 0-based position (the first has no comma).
 *
 * @example
 * ```ts
 * jsonResult(card, 1).startsWith(",\n    {"); //=> true
 * ```
 */
export function jsonResult(card: ReportCard, index: number): string {
  return `${index === 0 ? "" : ","}\n    ${indent(JSON.stringify(card, null, 2), 4)}`;
}

/**
 * The end of a JSON report: series, rejected records, counts (the cards are not needed).
 *
 * @example
 * ```ts
 * jsonTail(builder.build()).endsWith("}\n"); //=> true
 * ```
 */
export function jsonTail(report: Report): string {
  const tail: Record<string, unknown> = {
    series: report.series,
    rejected: report.rejected.map(rejectedJson),
    summary: { ...report.summary, periods: report.periods, grades: gradeCounts(report) },
  };
  if (report.stopped !== undefined) tail.stopped = report.stopped;
  const body = Object.entries(tail)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), 2)}`)
    .join(",\n");
  return `\n  ],\n${body}\n}\n`;
}

/**
 * A rejected record as JSON: its line, its subject when known, its issues.
 *
 * @example
 * ```ts
 * rejectedJson({ line: 3, issues }); //=> { line: 3, issues: [...] }
 * ```
 */
export function rejectedJson(row: RejectedRow): RejectedRow {
  return {
    ...(row.line !== undefined && { line: row.line }),
    ...(row.subject !== undefined && { subject: row.subject }),
    issues: row.issues,
  };
}

function gradeCounts(report: Report): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const grade of report.distribution.grades) counts[grade.grade] = grade.count;
  return counts;
}

function indent(text: string, spaces: number): string {
  return text.replaceAll("\n", `\n${" ".repeat(spaces)}`);
}
