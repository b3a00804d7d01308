import { describe, expect, it } from "vitest";
import { buildReport, compile, explain, renderReport, type Scorecard } from "../../src/index";
import { WORKED_EXPLANATION, weightedPayPolicy } from "../helpers/weighted-pay-policy";

const appraiser = compile(weightedPayPolicy());
const card = appraiser.score({ subject: "Unit", a: 8, b: 60, c: 4, base: "1000.00" }) as Scorecard;
const report = buildReport(appraiser.policy, [card]);

/** Whether `lines` holds `wanted` one after the other. */
function holdsInOrder(lines: readonly string[], wanted: readonly string[]): boolean {
  const start = lines.indexOf(wanted[0] as string);
  return start !== -1 && wanted.every((line, i) => lines[start + i] === line);
}

describe("one explanation for explain, score --explain and the report's scorecards", () => {
  it("explain: a weighted part's own steps, why a component has no data, every payout step", () => {
    expect(card.status).toBe("graded");
    expect(explain(card).split("\n")).toEqual(["Unit — Test", ...WORKED_EXPLANATION]);
  });

  it("says why there is no data in Chinese too", () => {
    expect(explain(card, { locale: "zh-CN" }).split("\n")).toContain(
      "主管评分：无数据，计 0 分（满分 40 分）：记录中没有可据以评分的数值（可选字段留空，或指标无法计算：有效答卷过少，或分母为 0）。",
    );
  });

  it("the text report's explanation is explain's, line for line", () => {
    const text = renderReport(report, "text", { explain: true }).split("\n");
    expect(holdsInOrder(text, ["Unit — Test", ...WORKED_EXPLANATION])).toBe(true);
  });

  it("the HTML card lists the part's own steps under it, the payout's steps, and why there is no data", () => {
    const html = renderReport(report, "html");
    expect(html).toContain(
      '<li><span class="delta">+24</span> Quality: 8 of 10, weighted 50%<ul><li><span class="delta">+8</span> quality: 8 of 10, as given</li></ul></li>',
    );
    expect(html).toContain(`<li>${escapeHtml(WORKED_EXPLANATION[7] as string)}</li>`);
    expect(html).toContain(
      '<li><strong>Performance pay</strong> 310.80<ul><li><span class="delta">+444</span>',
    );
    expect(html).toContain('<span class="delta">−133.2</span> 30% of 444 withheld (below 60)');
  });

  it("Markdown nests the part's steps, lists the payout, and shows no data in the ranking table", () => {
    const markdown = renderReport(report, "markdown").split("\n");
    expect(
      holdsInOrder(markdown, [
        "  - +24 Quality: 8 of 10, weighted 50%",
        "    - +8 quality: 8 of 10, as given",
        "  - +10.8 Speed: 60 of 100, weighted 30%",
      ]),
    ).toBe(true);
    expect(markdown).toContain(`- ${WORKED_EXPLANATION[7]}`);
    expect(
      holdsInOrder(markdown, [
        "- Performance pay: 310.80.",
        "  - +444 performance base 1000.00 × score 44.4 / 100",
        "  - −133.2 30% of 444 withheld (below 60)",
      ]),
    ).toBe(true);
    // Subject, total, grade, pay, KPI, manager's mark.
    expect(markdown).toContain("| Unit | 44.40 | fail | 310.80 | 44.40 | no data |");
  });

  it("the CSV explanation cell has the same steps, nested in brackets", () => {
    const cell = renderReport(report, "csv").split("\r\n")[1] as string;
    expect(cell).toContain("+24 Quality: 8 of 10, weighted 50% (+8 quality: 8 of 10, as given)");
    expect(cell).toContain("Manager's mark: no data, so 0 of 40 points");
    expect(cell).toContain(
      "Performance pay: 310.80. (+444 performance base 1000.00 × score 44.4 / 100, −133.2 30%",
    );
  });
});

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("'", "&#39;");
}
