import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse/sync";
import { describe, expect } from "vitest";
import { assertPolicy, getPreset } from "../../src/index";
import { buildReport } from "../../src/report/build-report";
import { renderCsv } from "../../src/report/csv";
import { escapeHtml } from "../../src/report/html-escape";
import { renderReport } from "../../src/report/render";
import { p1Card } from "../helpers/p1";

const policy = assertPolicy(getPreset("satisfaction-work")!);
const TIERS = ["very-satisfied", "basically-satisfied", "average", "not-very-satisfied", "very-dissatisfied"];

/** A P1 scorecard from random inputs. */
const card = (subject: string) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 60 }),
      fc.array(fc.constantFrom(...TIERS), { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(undefined, "2026-01", "2026-02"),
    )
    .map(([findings, answers, valid, major, period]) =>
      p1Card(subject, findings, answers.join(";"), valid, major, period ? { period } : {}),
    );

/** Cards of distinct subjects (so that no two cards tie on everything). */
const cards = fc
  .uniqueArray(
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ""),
    {
      maxLength: 12,
    },
  )
  .chain((subjects) => fc.tuple(...subjects.map(card)));

describe("reports", () => {
  test.prop(
    [
      cards.chain((list) =>
        fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
      ),
    ],
    {
      numRuns: 100,
    },
  )("look the same whatever the order of the records (HTML, Markdown, text)", ([list, shuffled]) => {
    const a = buildReport(policy, list);
    const b = buildReport(policy, shuffled);
    for (const format of ["html", "markdown", "text"] as const) {
      expect(renderReport(b, format)).toBe(renderReport(a, format));
    }
  });

  test.prop([cards], { numRuns: 100 })("count every record once, in one grade or as no opinion", (list) => {
    const report = buildReport(policy, list);
    const graded = report.distribution.grades.reduce((sum, g) => sum + g.count, 0);
    expect(graded + report.distribution.noOpinion).toBe(list.length);
    expect([...report.ranking].sort((x, y) => x - y)).toEqual(list.map((_, i) => i));
    // A higher total is never listed after a lower one within a period (no-opinion records last).
    const ordered = report.ranking.map((i) => report.cards[i]!);
    for (let i = 1; i < ordered.length; i++) {
      const [prev, next] = [ordered[i - 1]!, ordered[i]!];
      if ((prev.period ?? "") === (next.period ?? "") && prev.status === next.status) {
        expect(Number(prev.total)).toBeGreaterThanOrEqual(Number(next.total));
      }
    }
  });

  test.prop(
    [fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => s.trim() === s && !/^[=+\-@]/.test(s))],
    {
      numRuns: 200,
    },
  )("CSV gives back any subject name a spreadsheet reads", (subject) => {
    const csv = renderCsv(buildReport(policy, [p1Card(subject, 0, "average", 0, 0)]));
    const rows = parse(csv, { columns: true }) as { subject: string }[];
    expect(rows[0]?.subject).toBe(subject);
  });

  test.prop([fc.string()], { numRuns: 300 })(
    "escaped HTML has no character that could open markup",
    (text) => {
      const escaped = escapeHtml(text);
      expect(escaped).not.toMatch(/[<>"']/);
      // Decoding the entities gives the text back.
      expect(
        escaped
          .replaceAll("&lt;", "<")
          .replaceAll("&gt;", ">")
          .replaceAll("&quot;", '"')
          .replaceAll("&#39;", "'")
          .replaceAll("&amp;", "&"),
      ).toBe(text);
    },
  );
});
