import type { ExplainedStep } from "../engine/explanation";
import { optionalColumns } from "./columns";
import { percent } from "./percent";
import { type RenderContext, type RenderOptions, renderContext } from "./render-context";
import type { GradeDistribution, Report, ReportCard } from "./report";

/**
 * The report as Markdown (GitHub-flavoured tables): the policy and periods, the counts, the
 * grade distribution, the ranking, rules across periods, one section per result with its
 * component breakdown and explanation, and the rejected records.
 *
 * @example
 * ```ts
 * renderMarkdown(report, { locale: "en" });
 * //=> "# Appraisal results\n\n**Policy:** Satisfaction work appraisal (satisfaction-work 1.0.0) ..."
 * ```
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const ctx = renderContext(report, options);
  const { words } = ctx;
  const out: string[] = [`# ${md(ctx.title)}`, "", metaLine(report, ctx)];
  if (report.stopped)
    out.push("", `> **${md(words.stopped(report.stopped.line, report.stopped.maxRejected))}**`);

  out.push("", `## ${md(words.summary)}`, "");
  const summary: [string, string][] = [
    ...(report.summary.subjects === undefined
      ? []
      : [[words.subjects, String(report.summary.subjects)] as [string, string]]),
    [words.records, String(report.summary.records)],
    [words.rejectedCount, String(report.summary.rejected)],
  ];
  out.push(
    ...table(
      ["", ""],
      summary.map(([label, value]) => [md(label), value]),
      [false, true],
    ),
  );

  out.push("", `## ${md(words.gradeDistribution)}`, "");
  out.push(...distributionTable(report.distribution, ctx));
  if (report.distributionByPeriod.length > 1) {
    const grades = report.distribution.grades;
    const head = [
      words.period,
      ...grades.map((g) => ctx.name(g.name, g.grade)),
      words.statuses["no-opinion"],
      words.records,
    ];
    const rows = report.distributionByPeriod.map((d) => [
      md(d.period ?? ""),
      ...d.grades.map((g) => String(g.count)),
      String(d.noOpinion),
      String(d.records),
    ]);
    out.push("", ...table(head.map(md), rows, [false, ...head.slice(1).map(() => true)]));
  }

  if (report.cards.length === 0) out.push("", md(words.noResults));
  else {
    out.push("", `## ${md(words.ranking)}`, "");
    const optional = optionalColumns(report);
    const head = [
      ...(optional.rank ? [words.rank] : []),
      words.subject,
      ...(optional.period ? [words.period] : []),
      words.total,
      words.grade,
      ...(optional.pay ? [words.pay] : []),
      ...report.policy.components.map((c) => ctx.name(c.name, c.id)),
    ];
    const numeric = [
      ...(optional.rank ? [true] : []),
      false,
      ...(optional.period ? [false] : []),
      true,
      false,
      ...(optional.pay ? [true] : []),
      ...report.policy.components.map(() => true),
    ];
    const rows = report.ranking.map((index) => {
      const card = report.cards[index] as ReportCard;
      // A component without data says so, as the text and HTML tables do, rather than show 0.00.
      const scores = new Map(
        card.components.map((c) => [c.id, c.noData ? md(words.noData) : ctx.show(c.score)]),
      );
      return [
        ...(optional.rank ? [card.rank === undefined ? "—" : String(card.rank)] : []),
        md(card.subject),
        ...(optional.period ? [md(card.period ?? "")] : []),
        ctx.show(card.total),
        md(ctx.gradeLabel(card)),
        ...(optional.pay ? [card.pay ?? "—"] : []),
        ...report.policy.components.map((c) => scores.get(c.id) ?? "—"),
      ];
    });
    out.push(...table(head.map(md), rows, numeric));
    if (!optional.rank) out.push("", `_${md(words.orderedByTotal)}_`);
  }

  if (report.series.length > 0) {
    out.push("", `## ${md(words.series)}`, "");
    const rows = report.series.map((s) => [
      md(s.subject),
      md(ctx.name(s.name, s.rule)),
      md(s.window),
      md(words.triggered(s.triggered)),
      md(ctx.messages.list(s.periods)),
    ]);
    out.push(...table([words.subject, words.rule, words.window, words.outcome, words.periods].map(md), rows));
  }

  if (report.cards.length > 0) out.push("", `## ${md(words.scorecards)}`);
  for (const index of report.ranking) {
    const card = report.cards[index] as ReportCard;
    const explanation = ctx.explain(card);
    out.push("", `### ${md(cardHeading(card, ctx))}`, "");
    out.push(
      ...table(
        [words.component, words.score, words.max].map(md),
        explanation.components.map((c) => [md(c.name), c.noData ? md(words.noData) : c.score, c.max]),
        [false, true, true],
      ),
    );
    out.push("", `**${md(words.explanation)}**`, "");
    for (const component of explanation.components) {
      out.push(
        `- ${component.noData ? md(component.summary) : `${md(component.name)}: ${md(words.outOf(component.score, component.max))}`}`,
        ...stepItems(component.steps, "  "),
      );
    }
    out.push("", md(explanation.conclusion));
    if (explanation.payouts.length > 0) out.push("");
    for (const payout of explanation.payouts)
      out.push(`- ${md(payout.summary)}`, ...stepItems(payout.steps, "  "));
    if (explanation.pay !== undefined) out.push("", md(explanation.pay));
  }

  if (report.rejected.length > 0) {
    out.push("", `## ${md(words.rejected)} (${report.rejected.length})`, "");
    const rows = report.rejected.flatMap((row) =>
      row.issues.map((issue) => [
        row.line === undefined ? "" : String(row.line),
        md(row.subject ?? ""),
        `\`${issue.code}\``,
        md(ctx.issueText(issue)),
      ]),
    );
    out.push(
      ...table([words.line, words.subject, "code", words.issues].map(md), rows, [true, false, false, false]),
    );
  }
  out.push("", `_${md(words.generatedBy)}_`);
  return `${out.join("\n")}\n`;
}

function metaLine(report: Report, ctx: RenderContext): string {
  const { words } = ctx;
  const parts = [
    `**${md(words.policy)}:** ${md(ctx.policyName)} (${md(report.policy.id)} ${md(words.version)} ${md(report.policy.version)})`,
  ];
  if (report.periods.length > 0) {
    parts.push(
      `**${md(report.periods.length === 1 ? words.period : words.periods)}:** ${md(ctx.messages.list(report.periods))}`,
    );
  }
  if (report.source !== undefined) parts.push(`**${md(words.source)}:** ${md(report.source)}`);
  return parts.join(" · ");
}

function cardHeading(card: ReportCard, ctx: RenderContext): string {
  const subject = card.period === undefined ? card.subject : `${card.subject} (${card.period})`;
  return `${subject} — ${ctx.show(card.total)} · ${ctx.gradeLabel(card)}`;
}

function distributionTable(distribution: GradeDistribution, ctx: RenderContext): string[] {
  const { words } = ctx;
  const share = (count: number) => ctx.words.percent(percent(count, distribution.records));
  const rows = distribution.grades.map((g) => [
    md(ctx.name(g.name, g.grade)),
    String(g.count),
    share(g.count),
  ]);
  if (distribution.noOpinion > 0) {
    rows.push([
      md(words.statuses["no-opinion"]),
      String(distribution.noOpinion),
      share(distribution.noOpinion),
    ]);
  }
  return table([words.grade, words.count, words.share].map(md), rows, [false, true, true]);
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (numeric[i] ? "---:" : "---"))), ...rows.map(line)];
}

/**
 * Escapes text for Markdown: characters that would start formatting, break a table or a line.
 *
 * @example
 * ```ts
 * md("a|b *c*"); //=> "a\\|b \\*c\\*"
 * ```
 */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, "\\$&").replace(/\r?\n/g, " ");
}

/** Trace steps as nested list items: a weighted part's own steps under it. */
function stepItems(steps: readonly ExplainedStep[], indent: string): string[] {
  return steps.flatMap((step) => [
    `${indent}- ${md(step.points)} ${md(step.text)}`,
    ...stepItems(step.steps, `${indent}  `),
  ]);
}
