import type { ExplainedStep } from "../engine/explanation";
import { type OptionalColumns, optionalColumns } from "./columns";
import { type RenderContext, type RenderOptions, renderContext } from "./render-context";
import type { Report, ReportCard, ReportPolicy } from "./report";

/** The columns of a CSV report, fixed before the first row so that rows can be written as they come. */
export interface CsvLayout {
  readonly columns: readonly string[];
  readonly optional: OptionalColumns;
  /** The ids of the components whose scores follow the fixed columns, in the policy's order. */
  readonly componentIds: readonly string[];
}

const FIXED = ["line", "subject", "period", "status", "total", "grade", "grade_name"] as const;

/**
 * The layout of a CSV report: `line, subject, period, status, total, grade, grade_name`, then
 * `rank` and `pay` when the results have them, one column per component (its id) and `explanation`.
 *
 * @example
 * ```ts
 * csvLayout(report.policy, { period: true, rank: false, pay: false }).columns.join(",");
 * //=> "line,subject,period,status,total,grade,grade_name,standards,survey,complaints,explanation"
 * ```
 */
export function csvLayout(policy: ReportPolicy, optional: OptionalColumns): CsvLayout {
  const taken = new Set<string>([...FIXED, "rank", "pay", "explanation"]);
  const componentColumns = policy.components.map((c) => (taken.has(c.id) ? `${c.id}_score` : c.id));
  const columns = [
    ...FIXED,
    ...(optional.rank ? ["rank"] : []),
    ...(optional.pay ? ["pay"] : []),
    ...componentColumns,
    "explanation",
  ];
  return { columns, optional, componentIds: policy.components.map((c) => c.id) };
}

/**
 * The report as CSV (RFC 4180, CRLF line ends): a header, then one row per result in the order
 * read, scores shown as the policy rounds them. Rejected records are not rows (see the report's
 * `rejected`).
 *
 * @example
 * ```ts
 * renderCsv(report, { locale: "zh-CN" }).split("\r\n")[1];
 * //=> '2,North Service Hall,,graded,87.00,fail,不合格,47.00,16.00,24.00,...'
 * ```
 */
export function renderCsv(report: Report, options: RenderOptions = {}): string {
  const ctx = renderContext(report, options);
  const optional = { ...optionalColumns(report), period: true };
  const layout = csvLayout(report.policy, optional);
  return csvHeader(layout) + report.cards.map((card) => csvRow(card, layout, ctx)).join("");
}

/**
 * The header line of a CSV report.
 *
 * @example
 * ```ts
 * csvHeader(layout); //=> "line,subject,period,status,total,grade,grade_name,...,explanation\r\n"
 * ```
 */
export function csvHeader(layout: CsvLayout): string {
  return csvLine(layout.columns);
}

/**
 * One result as a CSV line, scores shown as the policy rounds them.
 *
 * @example
 * ```ts
 * csvRow(card, layout, renderContext(report)); //=> "2,North,,graded,87.00,fail,fail,47.00,...\r\n"
 * ```
 */
export function csvRow(card: ReportCard, layout: CsvLayout, ctx: RenderContext): string {
  const explanation = ctx.explain(card);
  const why = ctx.messages.list([
    ...explanation.components.map(
      (c) => `${c.noData ? c.summary : `${c.name} ${ctx.words.outOf(c.score, c.max)}`}${inBrackets(c.steps)}`,
    ),
    explanation.conclusion,
    ...explanation.payouts.map((p) => `${p.summary}${inBrackets(p.steps)}`),
    ...(explanation.pay === undefined ? [] : [explanation.pay]),
  ]);
  const scores = new Map(card.components.map((c) => [c.id, ctx.show(c.score)]));
  return csvLine([
    card.line === undefined ? "" : String(card.line),
    text(card.subject),
    text(card.period ?? ""),
    card.status,
    ctx.show(card.total),
    card.grade ?? "",
    text(card.grade === undefined ? "" : ctx.gradeLabel(card)),
    ...(layout.optional.rank ? [card.rank === undefined ? "" : String(card.rank)] : []),
    ...(layout.optional.pay ? [card.pay ?? ""] : []),
    ...layout.componentIds.map((id) => scores.get(id) ?? ""),
    text(why),
  ]);
}

/** Trace steps in brackets on one line (a weighted part's own steps in brackets of their own); nothing when none. */
function inBrackets(steps: readonly ExplainedStep[]): string {
  return steps.length === 0
    ? ""
    : ` (${steps.map((s) => `${s.points} ${s.text}${inBrackets(s.steps)}`).join(", ")})`;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(quote).join(",")}\r\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is kept as text. */
function text(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
}
