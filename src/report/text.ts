import type { ExplainableSeries } from "../cycle/explain-series";
import { explanationLines } from "../engine/explanation";
import { optionalColumns } from "./columns";
import { displayWidth, pad } from "./display-width";
import { type RenderOptions, renderContext } from "./render-context";
import type { Report, ReportCard } from "./report";
import { renderSeriesText } from "./series-text";

export type { RejectedRow } from "./report";

/** Options of {@link renderText}. */
export interface TextOptions extends RenderOptions {
  /** Follow the table with each result explained in sentences (default false). */
  readonly explain?: boolean;
}

const DEFAULT_TEXT_OPTIONS = { explain: false } as const;

/**
 * The report as plain text a terminal shows well (CJK-aware columns): one row per result in
 * ranking order with its components, rules across periods, optionally each result explained in
 * sentences, then the rejected records with their lines and issues.
 *
 * @example
 * ```ts
 * console.log(renderText(report, { locale: "zh-CN" }));
 * //=> 考评对象    状态    总分    等级    服务工作标准执行情况 ...
 * ```
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const { explain } = { ...DEFAULT_TEXT_OPTIONS, ...options };
  const ctx = renderContext(report, options);
  const { words } = ctx;
  const optional = optionalColumns(report);
  const components = report.policy.components;
  const header = [
    ...(optional.rank ? [words.rank] : []),
    words.subject,
    ...(optional.period ? [words.period] : []),
    words.status,
    words.total,
    words.grade,
    ...(optional.pay ? [words.pay] : []),
    ...components.map((c) => ctx.name(c.name, c.id)),
  ];
  const numeric = [
    ...(optional.rank ? [true] : []),
    false,
    ...(optional.period ? [false] : []),
    false,
    true,
    false,
    ...(optional.pay ? [true] : []),
    ...components.map(() => true),
  ];
  const ordered = report.ranking.map((index) => report.cards[index] as ReportCard);
  const rows = ordered.map((card) => {
    const scores = new Map(card.components.map((c) => [c.id, c]));
    return [
      ...(optional.rank ? [card.rank === undefined ? "—" : String(card.rank)] : []),
      card.subject,
      ...(optional.period ? [card.period ?? ""] : []),
      ctx.statusLabel(card),
      ctx.show(card.total),
      card.grade === undefined ? "—" : ctx.gradeLabel(card),
      ...(optional.pay ? [card.pay ?? "—"] : []),
      ...components.map((c) => {
        const score = scores.get(c.id);
        return score === undefined ? "—" : score.noData ? words.noData : ctx.show(score.score);
      }),
    ];
  });
  const widths = header.map((head, i) =>
    Math.max(displayWidth(head), ...rows.map((row) => displayWidth(row[i] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, numeric[i] ? "right" : "left"))
      .join("  ")
      .trimEnd();
  const out: string[] = [];
  if (report.stopped) out.push(words.stopped(report.stopped.line, report.stopped.maxRejected), "");
  if (rows.length > 0) out.push(line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line));
  if (report.series.length > 0) {
    // Full outcomes (from appraise) are explained in sentences; bare ones get one line each.
    const full = report.series.every((o) => o.count !== undefined && o.atLeast !== undefined);
    if (full) {
      const outcomes = report.series as readonly ExplainableSeries[];
      out.push(
        "",
        renderSeriesText(outcomes, {
          locale: ctx.locale,
          places: report.policy.display.places,
          steps: explain,
        }).trimEnd(),
      );
    } else {
      out.push("", `${words.series} (${report.series.length}):`);
      for (const s of report.series) {
        const periods = s.periods.length > 0 ? ` (${ctx.messages.list(s.periods)})` : "";
        out.push(
          `  ${s.subject} — ${ctx.name(s.name, s.rule)} ${s.window}: ${words.triggered(s.triggered)}${periods}`,
        );
      }
    }
  }
  if (explain) {
    for (const card of ordered) {
      out.push("", ctx.messages.explain.heading(card.subject, ctx.policyName, card.period));
      out.push(...explanationLines(ctx.explain(card)));
    }
  }
  if (report.rejected.length > 0) {
    out.push("", `${words.rejected} (${report.rejected.length}):`);
    for (const row of report.rejected) {
      for (const issue of row.issues) {
        const line = issue.line ?? row.line;
        out.push(`  ${line === undefined ? "" : `${ctx.messages.line(line)} `}${ctx.issueText(issue)}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
