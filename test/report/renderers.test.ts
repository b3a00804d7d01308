import { describe, expect, it } from "vitest";
import { assertPolicy, getPreset } from "../../src/index";
import { makeIssue } from "../../src/issues/issue";
import { buildReport, createReportBuilder } from "../../src/report/build-report";
import { csvHeader, csvLayout, csvRow, renderCsv } from "../../src/report/csv";
import { renderHtml } from "../../src/report/html";
import { jsonHead, jsonResult, jsonTail, renderJson } from "../../src/report/json";
import { md, renderMarkdown } from "../../src/report/markdown";
import { renderNdjson } from "../../src/report/ndjson";
import { percent } from "../../src/report/percent";
import { REPORT_FORMATS, renderReport } from "../../src/report/render";
import { renderContext } from "../../src/report/render-context";
import { renderText } from "../../src/report/text";
import { p1Card, workedCards } from "../helpers/p1";

const policy = assertPolicy(getPreset("satisfaction-work")!);
const missingSubject = {
  line: 6,
  issues: [makeIssue("record.not-a-count", ["findings"], { input: "findings", received: '"x"' })],
};
const report = buildReport(policy, workedCards(), { rejected: [missingSubject], source: "units.csv" });

/** The same worked examples with what later stages add: ranks, pay, periods, a series outcome. */
function richReport() {
  const builder = createReportBuilder(policy, { title: "Monthly report <March>" });
  const months = ["2026-01", "2026-02"];
  for (const period of months) {
    workedCards((i) => ({ period, rank: i + 1, pay: `${1000 + i}.00` })).forEach((card) => {
      builder.add(card);
    });
  }
  builder.addSeries([
    {
      subject: "North",
      rule: "year-end-eligibility",
      window: "2026",
      triggered: true,
      periods: ["2026-01", "2026-02"],
    },
    { subject: "East", rule: "year-end-eligibility", window: "2026", triggered: false, periods: [] },
  ]);
  return builder.build();
}

describe("renderJson", () => {
  it("writes exact totals, series, rejected rows and counts", () => {
    const json = JSON.parse(renderJson(report));
    expect(json.policy).toMatchObject({ id: "satisfaction-work", version: "1.0.0" });
    expect(json.results.map((r: { total: string; grade: string }) => [r.total, r.grade])).toEqual([
      ["87", "fail"],
      ["100", "excellent"],
      ["4", "fail"],
      ["95", "excellent"],
    ]);
    expect(json.rejected[0]).toMatchObject({ line: 6, issues: [{ code: "record.not-a-count" }] });
    expect(json.summary).toMatchObject({
      records: 4,
      rejected: 1,
      grades: { excellent: 2, pass: 0, fail: 2 },
    });
    expect(json.series).toEqual([]);
  });

  it("is the same whether written whole or piece by piece as records come", () => {
    const pieces =
      jsonHead(report.policy) +
      report.cards.map((card, i) => jsonResult(card, i)).join("") +
      jsonTail(report);
    expect(pieces).toBe(renderJson(report));
  });

  it("is valid JSON with no result at all", () => {
    const empty = buildReport(policy, []);
    expect(JSON.parse(renderJson(empty)).results).toEqual([]);
  });
});

describe("renderNdjson", () => {
  it("writes one line per record, rejected rows in their place by line", () => {
    const builder = createReportBuilder(policy);
    builder.add(p1Card("A", 0, "very-satisfied", 0, 0), 2);
    builder.add(p1Card("B", 0, "very-satisfied", 0, 0), 4);
    builder.reject({ line: 3, issues: [makeIssue("record.missing-subject", ["subject"], {})] });
    const lines = renderNdjson(builder.build())
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.line, l.status])).toEqual([
      [2, "graded"],
      [3, "rejected"],
      [4, "graded"],
    ]);
  });
});

describe("renderCsv", () => {
  it("has a header and one row per result, scores shown with the policy's 2 places", () => {
    const [header, first, , , , end] = renderCsv(report).split("\r\n");
    expect(header).toBe(
      "line,subject,period,status,total,grade,grade_name,standards,survey,complaints,explanation",
    );
    // 87 = 47 + 16 + 24.
    expect(first?.split(",").slice(0, 10)).toEqual([
      "",
      "North",
      "",
      "graded",
      "87.00",
      "fail",
      "fail",
      "47.00",
      "16.00",
      "24.00",
    ]);
    expect(end).toBe("");
  });

  it("adds rank and pay columns when results carry them", () => {
    const rich = richReport();
    const [header, first] = renderCsv(rich).split("\r\n");
    expect(header).toContain("grade_name,rank,pay,standards");
    expect(first).toContain(",1,1000.00,");
  });

  it("quotes cells with commas and quotes, and keeps formula-like text as text", () => {
    const layout = csvLayout(report.policy, { period: true, rank: false, pay: false });
    const ctx = renderContext(report);
    const row = csvRow({ ...report.cards[0]!, subject: '=HYPERLINK("x"),y' }, layout, ctx);
    expect(row.startsWith(`,"'=HYPERLINK(""x""),y",`)).toBe(true);
    expect(csvHeader(layout).endsWith("explanation\r\n")).toBe(true);
  });

  it("explains each result in the chosen language", () => {
    const zh = renderCsv(report, { locale: "zh-CN" }).split("\r\n")[1]!;
    expect(zh).toContain("不合格");
    expect(zh).toContain("检查发现的问题：3 × 1 分，予以扣除");
  });
});

describe("renderMarkdown", () => {
  it("has the policy, distribution, ranking, cards and rejected rows", () => {
    const text = renderMarkdown(report);
    expect(text).toContain("**Policy:** Satisfaction work appraisal (satisfaction-work version 1.0.0)");
    expect(text).toContain("| excellent | 2 | 50.0% |");
    expect(text).toContain("| East | 100.00 | excellent | 50.00 | 20.00 | 30.00 |");
    expect(text).toContain("### Workshop — 4.00 · fail");
    expect(text).toContain("  - −60 inspection findings: 60 × 1 point taken off");
    expect(text).toContain(
      '| 6 |  | `record.not-a-count` | findings: "findings" must be a whole number, 0 or more; got "x". |',
    );
  });

  it("shows rank, pay, periods and series when present, in Chinese", () => {
    const text = renderMarkdown(richReport(), { locale: "zh-CN" });
    expect(text).toContain("# Monthly report \\<March\\>");
    expect(text).toContain("| 名次 | 考评对象 | 考评期 | 总分 | 等级 | 金额 |");
    expect(text).toContain("| 1 | North | 2026-01 | 87.00 | 不合格 | 1000.00 |");
    expect(text).toContain("| North | year-end-eligibility | 2026 | 已触发 | 2026-01；2026-02 |");
  });

  it("escapes what would break a table or start formatting", () => {
    expect(md("a|b *c* <x>")).toBe("a\\|b \\*c\\* \\<x\\>");
    expect(percent(1, 3)).toBe("33.3");
    expect(percent(0, 0)).toBe("0.0");
  });
});

describe("renderHtml", () => {
  it("is one page with no script, charts inline, every number of the tables right", () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain("<svg");
    for (const [subject, total] of [
      ["North", "87"],
      ["East", "100"],
      ["Workshop", "4"],
      ["West", "95"],
    ]) {
      expect(html).toContain(`data-subject="${subject}" data-total="${total}"`);
    }
    expect(html).toContain("@page{size:A4");
  });

  it("escapes every string it shows", () => {
    const hostile = buildReport(
      policy,
      [p1Card(`<img src=x onerror="alert(1)">`, 0, "very-satisfied", 0, 0)],
      {
        title: "</title><script>alert(1)</script>",
      },
    );
    const html = renderHtml(hostile);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("draws a trend when there are several periods, and shows ranks, pay and series", () => {
    const html = renderHtml(richReport(), { locale: "zh-CN" });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("各期总分走势");
    expect(html).toContain("<polyline");
    expect(html).toContain('<table id="series">');
    expect(html).toContain('data-triggered="true"');
    expect(html).toContain('<th class="num">名次</th>');
    expect(html).toContain("1000.00");
  });

  it("warns that a stopped run is incomplete", () => {
    const builder = createReportBuilder(policy);
    builder.stop(12, 10);
    expect(renderHtml(builder.build())).toContain(
      "The run stopped at line 12: more than 10 records were rejected.",
    );
  });
});

describe("renderText", () => {
  it("lists results by total with their components, and rejected rows with their lines", () => {
    const text = renderText(report);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^Subject\s+Status\s+Total\s+Grade\s+Standards compliance/);
    expect(lines[2]).toMatch(/^East\s+graded\s+100\.00\s+excellent\s+50\.00\s+20\.00\s+30\.00$/);
    expect(text).toContain('line 6: findings: "findings" must be a whole number, 0 or more; got "x".');
  });

  it("explains each result when asked", () => {
    expect(renderText(report, { explain: true, locale: "zh-CN" })).toContain(
      "总分：87 分（满分 100 分），等级：不合格。",
    );
  });
});

describe("renderReport", () => {
  it("renders every format, the same text every time", () => {
    for (const format of REPORT_FORMATS) {
      const rich = richReport();
      expect(renderReport(rich, format)).toBe(renderReport(richReport(), format));
      expect(renderReport(rich, format).length).toBeGreaterThan(0);
    }
  });
});
