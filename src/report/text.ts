import type { Decimal } from "../decimal";
import { explain } from "../engine/explain";
import type { Scorecard } from "../engine/scorecard";
import { type Locale, localize } from "../i18n/locale";
import { formatIssue, type Issue } from "../issues/issue";
import { displayWidth, pad } from "./display-width";

/** A record that was rejected, located in its file. */
export interface RejectedRow {
  /** The 1-based line of the file (the header is line 1), when read from a file. */
  readonly line?: number;
  readonly subject?: string;
  readonly issues: readonly Issue[];
}

/** Options of {@link renderText}. */
export interface TextOptions {
  readonly locale?: Locale;
  /** Decimal places shown (default 2). */
  readonly places?: number;
  /** Follow the table with each scorecard explained in sentences (default false). */
  readonly explain?: boolean;
}

const DEFAULT_TEXT_OPTIONS: Required<TextOptions> = { locale: "en", places: 2, explain: false };

const HEADINGS: Readonly<
  Record<Locale, { subject: string; status: string; total: string; grade: string; rejected: string }>
> = {
  en: { subject: "subject", status: "status", total: "total", grade: "grade", rejected: "Rejected" },
  "zh-CN": { subject: "对象", status: "状态", total: "总分", grade: "等级", rejected: "被拒绝的记录" },
};

/** The heading of the pay column, shown when the policy declares payouts. */
const PAY_HEADING: Readonly<Record<Locale, string>> = { en: "pay", "zh-CN": "金额" };

const STATUS: Readonly<Record<Locale, Record<Scorecard["status"], string>>> = {
  en: { graded: "graded", "no-opinion": "no opinion" },
  "zh-CN": { graded: "已评定", "no-opinion": "不出具意见" },
};

/**
 * Renders scorecards as a plain-text table a terminal shows well (CJK-aware), one row per
 * subject with its components, then the rejected records with their lines and issues.
 *
 * @example
 * ```ts
 * console.log(renderText(results, rejected, { locale: "zh-CN" }));
 * //=> 对象    状态    总分    等级    服务工作标准执行情况 ...
 * ```
 */
export function renderText(
  results: readonly Scorecard[],
  rejected: readonly RejectedRow[],
  options: TextOptions = {},
): string {
  const { locale, places, explain: withExplanations } = { ...DEFAULT_TEXT_OPTIONS, ...options };
  const show = (value: Decimal) => value.toFixed(places);
  const words = HEADINGS[locale];
  const first = results[0];
  const componentHeads = first ? first.components.map((c) => localize(c.name, locale, c.id)) : [];
  // Money is shown as it is paid: its own 2 places, whatever the score display says.
  const paid = results.some((card) => card.pay !== undefined);
  const payHead = paid ? [PAY_HEADING[locale]] : [];
  const header = [words.subject, words.status, words.total, words.grade, ...componentHeads, ...payHead];
  const rows = results.map((card) => [
    card.subject + (card.period ? ` (${card.period})` : ""),
    STATUS[locale][card.status],
    show(card.total),
    card.grade === undefined ? "—" : localize(card.gradeName, locale, card.grade),
    ...card.components.map((c) => show(c.score)),
    ...(paid ? [card.pay ?? "—"] : []),
  ]);
  const widths = header.map((head, i) =>
    Math.max(displayWidth(head), ...rows.map((row) => displayWidth(row[i] ?? ""))),
  );
  const numeric = (i: number) => i === 2 || i >= 4;
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, numeric(i) ? "right" : "left"))
      .join("  ")
      .trimEnd();
  const out: string[] = [];
  if (first) {
    out.push(line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line));
  }
  if (withExplanations) for (const card of results) out.push("", explain(card, { locale, places }));
  if (rejected.length > 0) {
    out.push("", `${words.rejected} (${rejected.length}):`);
    for (const row of rejected) {
      for (const issue of row.issues) {
        out.push(
          `  ${formatIssue(row.line === undefined || issue.line !== undefined ? issue : { ...issue, line: row.line }, locale)}`,
        );
      }
    }
  }
  return `${out.join("\n")}\n`;
}
