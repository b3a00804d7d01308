import type { ExplainedStep } from "../engine/explanation";
import { optionalColumns } from "./columns";
import { type Bar, barChart, type Guide, type Line, lineChart } from "./html-charts";
import { escapeHtml as esc } from "./html-escape";
import { percent } from "./percent";
import { type RenderContext, type RenderOptions, renderContext } from "./render-context";
import type { GradeDistribution, Report, ReportCard } from "./report";

/** Bars of a chart of totals show at most this many subjects (the tables show all). */
const MAX_BARS = 40;
/** A trend chart draws at most this many lines. */
const MAX_LINES = 10;

const GRADE_COLORS = ["#2e7d32", "#1565c0", "#f9a825", "#ef6c00", "#6a1b9a"];
const FAIL_COLOR = "#c62828";
const NO_OPINION_COLOR = "#9e9e9e";
const LINE_COLORS = [
  "#1565c0",
  "#c62828",
  "#2e7d32",
  "#ef6c00",
  "#6a1b9a",
  "#00838f",
  "#ad1457",
  "#5d4037",
  "#558b2f",
  "#283593",
];

/**
 * The report as one self-contained HTML page a manager can open or print on A4: inline CSS, inline
 * SVG charts (grade distribution, totals by subject, trends across periods), no script and nothing
 * fetched. Every text is escaped.
 *
 * @example
 * ```ts
 * await writeFile("report.html", renderHtml(report, { locale: "zh-CN" }));
 * ```
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const ctx = renderContext(report, options);
  const { words } = ctx;
  const colorOf = gradeColors(report);
  const body = [
    header(report, ctx),
    report.stopped
      ? `<p class="warning" role="alert">${esc(words.stopped(report.stopped.line, report.stopped.maxRejected))}</p>`
      : "",
    summary(report, ctx, colorOf),
    report.cards.length === 0
      ? `<p class="empty">${esc(words.noResults)}</p>`
      : ranking(report, ctx, colorOf),
    charts(report, ctx, colorOf),
    series(report, ctx),
    cards(report, ctx, colorOf),
    rejected(report, ctx),
    `<footer>${esc(words.generatedBy)}</footer>`,
  ];
  return `<!doctype html>
<html lang="${ctx.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="kaoping">
<title>${esc(`${ctx.title} — ${ctx.policyName}`)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.filter((part) => part !== "").join("\n")}
</body>
</html>
`;
}

function header(report: Report, ctx: RenderContext): string {
  const { words } = ctx;
  const facts: [string, string][] = [
    [words.policy, `${ctx.policyName} (${report.policy.id}, ${words.version} ${report.policy.version})`],
  ];
  if (report.periods.length > 0) {
    facts.push([
      report.periods.length === 1 ? words.period : words.periods,
      ctx.messages.list(report.periods),
    ]);
  }
  if (report.source !== undefined) facts.push([words.source, report.source]);
  const description = report.policy.description ? ctx.name(report.policy.description, "") : "";
  return `<header>
<h1>${esc(ctx.title)}</h1>
<dl class="facts">${facts.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`).join("")}</dl>
${description ? `<p class="description">${esc(description)}</p>` : ""}
</header>`;
}

function summary(report: Report, ctx: RenderContext, colorOf: (grade?: string) => string): string {
  const { words } = ctx;
  const tiles: [string, number][] = [
    ...(report.summary.subjects === undefined
      ? []
      : [[words.subjects, report.summary.subjects] as [string, number]]),
    [words.records, report.summary.records],
    [words.rejectedCount, report.summary.rejected],
  ];
  const perPeriod = report.distributionByPeriod.length > 1 ? report.distributionByPeriod : [];
  const chartBars: Bar[] = [
    ...report.distribution.grades.map((g) => ({
      label: ctx.name(g.name, g.grade),
      value: g.count,
      text: String(g.count),
      color: colorOf(g.grade),
    })),
    ...(report.distribution.noOpinion > 0
      ? [
          {
            label: words.statuses["no-opinion"],
            value: report.distribution.noOpinion,
            text: String(report.distribution.noOpinion),
            color: NO_OPINION_COLOR,
          },
        ]
      : []),
  ];
  const most = Math.max(1, ...chartBars.map((bar) => bar.value));
  return `<section id="summary">
<h2>${esc(words.summary)}</h2>
<div class="tiles">${tiles.map(([label, value]) => `<div class="tile"><span class="value">${value}</span><span class="label">${esc(label)}</span></div>`).join("")}</div>
<h3>${esc(words.gradeDistribution)}</h3>
<div class="side-by-side">
${distributionTable(report.distribution, ctx, "distribution")}
<figure class="chart">${barChart(words.gradeDistribution, chartBars, most)}</figure>
</div>
${perPeriod.length > 0 ? periodMatrix(perPeriod, ctx) : ""}
</section>`;
}

/** Grade counts with one row per period: how the distribution moved. */
function periodMatrix(distributions: readonly GradeDistribution[], ctx: RenderContext): string {
  const { words } = ctx;
  const first = distributions[0] as GradeDistribution;
  const noOpinion = distributions.some((d) => d.noOpinion > 0);
  const head = [
    `<th>${esc(words.period)}</th>`,
    ...first.grades.map((g) => `<th class="num">${esc(ctx.name(g.name, g.grade))}</th>`),
    ...(noOpinion ? [`<th class="num">${esc(words.statuses["no-opinion"])}</th>`] : []),
    `<th class="num">${esc(words.records)}</th>`,
  ];
  const rows = distributions.map(
    (d) =>
      `<tr data-period="${esc(d.period ?? "")}"><td>${esc(d.period ?? "")}</td>${d.grades.map((g) => `<td class="num">${g.count}</td>`).join("")}${noOpinion ? `<td class="num">${d.noOpinion}</td>` : ""}<td class="num">${d.records}</td></tr>`,
  );
  return `<table class="distribution" id="distribution-by-period">
<thead><tr>${head.join("")}</tr></thead>
<tbody>${rows.join("")}</tbody>
</table>`;
}

function distributionTable(
  distribution: GradeDistribution,
  ctx: RenderContext,
  id: string | undefined,
): string {
  const { words } = ctx;
  const rows = distribution.grades.map((g) => ({
    label: ctx.name(g.name, g.grade),
    id: g.grade,
    count: g.count,
  }));
  if (distribution.noOpinion > 0) {
    rows.push({ label: words.statuses["no-opinion"], id: "no-opinion", count: distribution.noOpinion });
  }
  return `<table class="distribution"${id ? ` id="${id}"` : ""}>
<thead><tr><th>${esc(words.grade)}</th><th class="num">${esc(words.count)}</th><th class="num">${esc(words.share)}</th></tr></thead>
<tbody>${rows
    .map(
      (row) =>
        `<tr data-grade="${esc(row.id)}"><td>${esc(row.label)}</td><td class="num">${row.count}</td><td class="num">${esc(words.percent(percent(row.count, distribution.records)))}</td></tr>`,
    )
    .join("")}</tbody>
</table>`;
}

function ranking(report: Report, ctx: RenderContext, colorOf: (grade?: string) => string): string {
  const { words } = ctx;
  const optional = optionalColumns(report);
  const components = report.policy.components;
  const head = [
    ...(optional.rank ? [`<th class="num">${esc(words.rank)}</th>`] : []),
    `<th>${esc(words.subject)}</th>`,
    ...(optional.period ? [`<th>${esc(words.period)}</th>`] : []),
    `<th class="num">${esc(words.total)}</th>`,
    `<th>${esc(words.grade)}</th>`,
    ...(optional.pay ? [`<th class="num">${esc(words.pay)}</th>`] : []),
    ...components.map((c) => `<th class="num">${esc(ctx.name(c.name, c.id))}</th>`),
  ];
  // Anchors follow the reading order, so that the page does not depend on the order records came in.
  const rows = report.ranking.map((index, position) => {
    const card = report.cards[index] as ReportCard;
    const scores = new Map(card.components.map((c) => [c.id, c]));
    const cells = [
      ...(optional.rank ? [`<td class="num">${card.rank ?? "—"}</td>`] : []),
      `<td><a href="#card-${position}">${esc(card.subject)}</a></td>`,
      ...(optional.period ? [`<td>${esc(card.period ?? "")}</td>`] : []),
      `<td class="num total">${esc(ctx.show(card.total))}</td>`,
      `<td>${badge(card, ctx, colorOf)}</td>`,
      ...(optional.pay ? [`<td class="num">${esc(card.pay ?? "—")}</td>`] : []),
      ...components.map((c) => {
        const score = scores.get(c.id);
        return `<td class="num">${score === undefined ? "—" : score.noData ? esc(words.noData) : esc(ctx.show(score.score))}</td>`;
      }),
    ];
    return `<tr data-subject="${esc(card.subject)}"${card.period ? ` data-period="${esc(card.period)}"` : ""} data-total="${esc(card.total)}" data-grade="${esc(card.grade ?? "no-opinion")}">${cells.join("")}</tr>`;
  });
  return `<section id="ranking-section">
<h2>${esc(words.ranking)}</h2>
<table id="ranking">
<thead><tr>${head.join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
${optional.rank ? "" : `<p class="note">${esc(words.orderedByTotal)}</p>`}
</section>`;
}

function charts(report: Report, ctx: RenderContext, colorOf: (grade?: string) => string): string {
  if (report.cards.length === 0) return "";
  const { words } = ctx;
  const max = Number(report.policy.maxScore);
  const guides: Guide[] = report.policy.grades
    .filter((g) => g.min !== undefined)
    .map((g) => ({ value: Number(g.min), label: `${ctx.name(g.name, g.id)} ≥ ${g.min}` }));
  const latest = report.periods[report.periods.length - 1];
  const shown = report.ranking
    .map((index) => report.cards[index] as ReportCard)
    .filter((card) => card.period === latest && card.status === "graded");
  const bars = shown.slice(0, MAX_BARS).map((card) => ({
    label: card.subject,
    value: Number(card.total),
    text: ctx.show(card.total),
    color: colorOf(card.grade),
  }));
  const parts = [
    `<section id="charts">`,
    `<h2>${esc(words.charts)}</h2>`,
    `<h3>${esc(words.totalsBySubject(latest))}</h3>`,
    `<figure class="chart">${barChart(words.totalsBySubject(latest), bars, max, guides)}</figure>`,
  ];
  if (shown.length > MAX_BARS)
    parts.push(`<p class="note">${esc(words.chartLimited(MAX_BARS, shown.length))}</p>`);
  if (report.trends.length > 0) {
    // The subjects drawn are those first in the latest period's ranking, then the rest by name.
    const order = new Map(shown.map((card, i) => [card.subject, i]));
    const trends = [...report.trends].sort(
      (a, b) =>
        (order.get(a.subject) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.subject) ?? Number.MAX_SAFE_INTEGER),
    );
    const lines: Line[] = trends.slice(0, MAX_LINES).map((trend, i) => ({
      label: trend.subject,
      values: trend.totals.map((total) => (total === undefined ? undefined : Number(ctx.show(total)))),
      color: LINE_COLORS[i % LINE_COLORS.length] as string,
    }));
    parts.push(
      `<h3>${esc(words.trend)}</h3>`,
      `<figure class="chart">${lineChart(words.trend, report.periods, lines, max, guides)}</figure>`,
    );
    if (trends.length > MAX_LINES)
      parts.push(`<p class="note">${esc(words.chartLimited(MAX_LINES, trends.length))}</p>`);
  }
  parts.push("</section>");
  return parts.join("\n");
}

function series(report: Report, ctx: RenderContext): string {
  if (report.series.length === 0) return "";
  const { words } = ctx;
  const rows = report.series.map(
    (s) =>
      `<tr data-subject="${esc(s.subject)}" data-triggered="${s.triggered}"><td>${esc(s.subject)}</td><td>${esc(ctx.name(s.name, s.rule))}</td><td>${esc(s.window)}</td><td class="${s.triggered ? "triggered" : ""}">${esc(words.triggered(s.triggered))}</td><td>${esc(ctx.messages.list(s.periods))}</td></tr>`,
  );
  return `<section id="series-section">
<h2>${esc(words.series)}</h2>
<table id="series">
<thead><tr><th>${esc(words.subject)}</th><th>${esc(words.rule)}</th><th>${esc(words.window)}</th><th>${esc(words.outcome)}</th><th>${esc(words.periods)}</th></tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table>
</section>`;
}

function cards(report: Report, ctx: RenderContext, colorOf: (grade?: string) => string): string {
  if (report.cards.length === 0) return "";
  const { words } = ctx;
  const articles = report.ranking.map((index, position) => {
    const card = report.cards[index] as ReportCard;
    const explanation = ctx.explain(card);
    const rows = explanation.components.map((c, i) => {
      const component = card.components[i];
      const ratio =
        component && Number(component.max) > 0 ? Number(component.score) / Number(component.max) : 0;
      return `<tr><td>${esc(c.name)}</td><td class="num">${c.noData ? esc(words.noData) : esc(c.score)}</td><td class="num">${esc(c.max)}</td><td class="meter"><span style="width:${Math.round(ratio * 100)}%"></span></td></tr>`;
    });
    const steps = explanation.components.map(
      (c) =>
        `<li>${c.noData ? esc(c.summary) : `<strong>${esc(c.name)}</strong> ${esc(words.outOf(c.score, c.max))}`}${stepList(c.steps)}</li>`,
    );
    const payouts = explanation.payouts.map(
      (p) => `<li><strong>${esc(p.name)}</strong> ${esc(p.amount)}${stepList(p.steps)}</li>`,
    );
    const facts = [
      card.rank === undefined ? "" : `<span>${esc(words.rank)} ${card.rank}</span>`,
      card.pay === undefined ? "" : `<span>${esc(words.pay)} ${esc(card.pay)}</span>`,
    ].join("");
    return `<article class="card" id="card-${position}" data-subject="${esc(card.subject)}">
<h3>${esc(card.subject)}${card.period ? ` <small>${esc(card.period)}</small>` : ""}</h3>
<p class="headline"><span class="big">${esc(ctx.show(card.total))}</span> / ${esc(ctx.show(card.maxScore))} ${badge(card, ctx, colorOf)}${facts}</p>
<table class="breakdown">
<thead><tr><th>${esc(words.component)}</th><th class="num">${esc(words.score)}</th><th class="num">${esc(words.max)}</th><th></th></tr></thead>
<tbody>${rows.join("")}</tbody>
</table>
<h4>${esc(words.explanation)}</h4>
<ul class="why">${steps.join("")}</ul>
<p class="conclusion">${esc(explanation.conclusion)}</p>
${payouts.length > 0 ? `<ul class="why payouts">${payouts.join("")}</ul>\n` : ""}${explanation.pay === undefined ? "" : `<p class="conclusion">${esc(explanation.pay)}</p>\n`}</article>`;
  });
  return `<section id="cards">
<h2>${esc(words.scorecards)}</h2>
${articles.join("\n")}
</section>`;
}

/** Trace steps as a nested list: a weighted part's own steps under it. */
function stepList(steps: readonly ExplainedStep[]): string {
  if (steps.length === 0) return "";
  return `<ul>${steps.map((s) => `<li><span class="delta">${esc(s.points)}</span> ${esc(s.text)}${stepList(s.steps)}</li>`).join("")}</ul>`;
}

function rejected(report: Report, ctx: RenderContext): string {
  if (report.rejected.length === 0) return "";
  const { words } = ctx;
  const rows = report.rejected.flatMap((row) =>
    row.issues.map(
      (issue) =>
        `<tr><td class="num">${row.line ?? ""}</td><td>${esc(row.subject ?? "")}</td><td><code>${esc(issue.code)}</code></td><td>${esc(ctx.issueText(issue))}</td></tr>`,
    ),
  );
  return `<section id="rejected-section">
<h2>${esc(words.rejected)} (${report.rejected.length})</h2>
<table id="rejected">
<thead><tr><th class="num">${esc(words.line)}</th><th>${esc(words.subject)}</th><th>code</th><th>${esc(words.issues)}</th></tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table>
</section>`;
}

function badge(card: ReportCard, ctx: RenderContext, colorOf: (grade?: string) => string): string {
  return `<span class="badge" style="background:${colorOf(card.grade)}">${esc(ctx.gradeLabel(card))}</span>`;
}

/** Best grade green, the last (the fallback, usually failing) red, no opinion grey. */
function gradeColors(report: Report): (grade?: string) => string {
  const grades = report.policy.grades;
  const colors = new Map(
    grades.map((g, i) => [
      g.id,
      i === grades.length - 1 && grades.length > 1
        ? FAIL_COLOR
        : (GRADE_COLORS[i % GRADE_COLORS.length] as string),
    ]),
  );
  return (grade) => (grade === undefined ? NO_OPINION_COLOR : (colors.get(grade) ?? NO_OPINION_COLOR));
}

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;margin:0 auto;padding:24px;max-width:1040px;line-height:1.45;font-size:14px}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:18px;border-bottom:2px solid #ddd;padding-bottom:4px;margin:28px 0 12px}
h3{font-size:15px;margin:16px 0 8px}
h4{font-size:13px;margin:10px 0 4px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
.facts dt{font-weight:600;color:#555}
.facts dd{margin:0}
.description{color:#555}
.warning{background:#fff3e0;border:1px solid #ef6c00;padding:8px 12px;font-weight:600}
.tiles{display:flex;gap:12px;flex-wrap:wrap}
.tile{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:120px}
.tile .value{display:block;font-size:22px;font-weight:700}
.tile .label{color:#555;font-size:12px}
.side-by-side{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
table{border-collapse:collapse;margin:4px 0 8px}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f5f5;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
#ranking{width:100%}
.total{font-weight:700}
.badge{color:#fff;border-radius:10px;padding:1px 8px;font-size:12px;white-space:nowrap}
.note{color:#666;font-size:12px}
figure.chart{margin:8px 0}
figure.chart svg{max-width:100%;height:auto}
.card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;margin:12px 0}
.card h3{margin:0 0 4px}
.card small{color:#666;font-weight:400}
.headline{margin:0 0 6px}
.headline .big{font-size:22px;font-weight:700}
.headline span+span{margin-left:10px}
.breakdown{min-width:60%}
.meter{width:120px}
.meter span{display:block;height:8px;background:#1565c0;border-radius:4px}
.why{margin:0;padding-left:18px}
.why ul{padding-left:18px;margin:2px 0}
.delta{font-variant-numeric:tabular-nums;font-weight:600;display:inline-block;min-width:3.5em}
.conclusion{font-weight:600;margin:8px 0 0}
.triggered{color:#c62828;font-weight:700}
footer{margin-top:32px;color:#888;font-size:12px}
@page{size:A4;margin:14mm 12mm}
@media print{
body{padding:0;max-width:none;font-size:10pt}
h2{break-after:avoid}
.card,tr,figure.chart,.tile{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
.badge,.meter span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
