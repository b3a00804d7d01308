import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { assertPolicy, getPreset } from "../../src/index";
import { createReportBuilder } from "../../src/report/build-report";
import { renderHtml } from "../../src/report/html";
import { runCli, tempDir } from "../helpers/cli";
import { workedCards } from "../helpers/p1";
import { launch, OUTPUT } from "./chromium";

// Launched by the first test that needs it: without Chromium every test fails (never skips) with the fix.
let browser: Promise<BrowserContext> | undefined;

afterAll(async () => {
  await (await browser?.catch(() => undefined))?.close();
});

/** Opens a file and gathers every console error and uncaught page error. */
async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  browser ??= launch();
  const page = await (await browser).newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, errors };
}

describe("the HTML report in Chromium", () => {
  it("shows the new user's units with the right totals and grades, without console errors", async () => {
    const cwd = tempDir();
    expect((await runCli(["init", "demo"], { cwd })).code).toBe(0);
    const demo = join(cwd, "demo");
    const scored = await runCli(
      [
        "score",
        "--policy",
        "policy.json",
        "--input",
        "units.csv",
        "--format",
        "html",
        "--out",
        "report.html",
      ],
      { cwd: demo },
    );
    expect(scored.code).toBe(0);
    const { page, errors } = await open(join(demo, "report.html"));
    await page.setViewportSize({ width: 1100, height: 900 });

    const rows = await page.$$eval("#ranking tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent?.trim())),
    );
    // P1's worked examples (POLICIES.md) among the sample units: 87 fail, 100 excellent, 4 fail, 95 excellent;
    // by hand, 客服一部 48 + 18 + 30 = 96 and Hotline Team 50 + 16 + 24 = 90; 客服二部 has no opinion, no rank.
    expect(rows).toEqual([
      ["1", "East Service Center", "100.00", "excellent"],
      ["2", "客服一部", "96.00", "excellent"],
      ["3", "West Service Hall", "95.00", "excellent"],
      ["4", "Hotline Team", "90.00", "pass"],
      ["5", "North Service Hall", "87.00", "fail"],
      ["6", "Repair Workshop", "4.00", "fail"],
      ["—", "客服二部", "96.00", "no opinion"],
    ]);
    const distribution = await page.$$eval("#distribution tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim())),
    );
    // excellent: 100, 96 (客服一部: 48 + 18 + 30), 95; pass: 90 (Hotline Team); fail: 87, 4; no opinion: 客服二部.
    expect(distribution).toEqual([
      ["excellent", "3", "42.9%"],
      ["pass", "1", "14.3%"],
      ["fail", "2", "28.6%"],
      ["no opinion", "1", "14.3%"],
    ]);
    // Every unit has its card with the reason for its grade.
    const conclusions = await page.$$eval(".card .conclusion", (ps) => ps.map((p) => p.textContent));
    expect(conclusions).toHaveLength(7);
    expect(conclusions).toContain("Total: 87 of 100 points, grade: fail.");
    // The charts are drawn, not only present.
    const charts = await page.$$eval("figure.chart svg", (svgs) =>
      svgs.map((svg) => svg.getBoundingClientRect().width),
    );
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const width of charts) expect(width).toBeGreaterThan(100);
    await page.screenshot({ path: join(OUTPUT, "html-report.png"), fullPage: true });
    expect(errors).toEqual([]);

    // Printed on A4 (186 mm between the margins ≈ 703 px), nothing spills over the right edge.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 703, height: 1000 });
    const overflow = await page.evaluate(() => {
      // The page's own document (tsconfig has no DOM library: the tests run in Node).
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ format: "A4", path: join(OUTPUT, "html-report.pdf") });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    await page.close();
  });

  it("draws periods, ranks, pay and series outcomes in Chinese", async () => {
    const policy = assertPolicy(getPreset("satisfaction-work")!);
    const builder = createReportBuilder(policy, { title: "月度综合绩效考核报告" });
    for (const period of ["2026-01", "2026-02", "2026-03"]) {
      for (const card of workedCards((i) => ({ period, rank: [3, 1, 4, 2][i]!, pay: `${2000 + i}.00` }))) {
        builder.add(card);
      }
    }
    builder.addSeries([
      {
        subject: "North",
        rule: "year-end-eligibility",
        window: "2026",
        triggered: true,
        periods: ["2026-01", "2026-02"],
      },
    ]);
    const file = join(tempDir(), "report.html");
    writeFileSync(file, renderHtml(builder.build(), { locale: "zh-CN" }));
    const { page, errors } = await open(file);
    await page.setViewportSize({ width: 1100, height: 900 });
    const first = await page.$$eval("#ranking tbody tr:first-child td", (tds) =>
      tds.map((td) => td.textContent?.trim()),
    );
    // Rank 1 of 2026-01 is East: 100, 优秀, pay 2001.00, components 50 / 20 / 30.
    expect(first).toEqual(["1", "East", "2026-01", "100.00", "优秀", "2001.00", "50.00", "20.00", "30.00"]);
    expect(await page.$$eval("#series tbody tr td", (tds) => tds.map((td) => td.textContent))).toEqual([
      "North",
      "year-end-eligibility",
      "2026",
      "已触发",
      "2026-01；2026-02",
    ]);
    expect(await page.locator("polyline").count()).toBe(4);
    await page.screenshot({ path: join(OUTPUT, "html-report-periods.zh-CN.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
