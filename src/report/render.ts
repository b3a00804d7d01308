import { renderCsv } from "./csv";
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { renderNdjson } from "./ndjson";
import type { RenderOptions } from "./render-context";
import type { Report } from "./report";
import { renderText, type TextOptions } from "./text";

/**
 * The formats a report renders to.
 *
 * @example
 * ```ts
 * REPORT_FORMATS.map((format) => renderReport(report, format)); // json, ndjson, csv, markdown, html, text
 * ```
 */
export const REPORT_FORMATS = ["json", "ndjson", "csv", "markdown", "html", "text"] as const;

/** A format a report renders to. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Renders a report in a format and a locale; the same report and options always give the same
 * text, byte for byte. JSON and NDJSON keep scores exact; the others show them as the policy
 * rounds them.
 *
 * @example
 * ```ts
 * const report = buildReport(appraiser.policy, appraiser.scoreAll(records).results);
 * renderReport(report, "markdown", { locale: "zh-CN" }).split("\n")[0]; //=> "# 考评结果报告"
 * ```
 */
export function renderReport(
  report: Report,
  format: ReportFormat,
  options: RenderOptions & TextOptions = {},
): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "ndjson":
      return renderNdjson(report);
    case "csv":
      return renderCsv(report, options);
    case "markdown":
      return renderMarkdown(report, options);
    case "html":
      return renderHtml(report, options);
    case "text":
      return renderText(report, options);
  }
}
