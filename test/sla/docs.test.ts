import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileSla, getPreset, parsePolicy } from "../../src/index";

const guide = readFileSync(join(import.meta.dirname, "..", "..", "docs", "sla.md"), "utf8");

describe("docs/sla.md", () => {
  it("shows calendars that a policy accepts", () => {
    const yaml = /```yaml\n(sla:\n[\s\S]*?)```/.exec(guide)?.[1];
    expect(yaml).toBeDefined();
    const { sla } = parse(yaml as string) as { sla: Record<string, unknown> };
    const policy = {
      ...getPreset("after-sales-response")!,
      sla: { ...getPreset("after-sales-response")!.sla, ...sla },
    };
    const result = parsePolicy(policy);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it("says true things about working days: Friday 17:00 + 1 working day on cn is Monday 17:00", () => {
    const sla = compileSla(
      { priorities: [{ id: "p" }], rules: [{ targets: { firstResponse: { workingDays: 1 } } }] },
      { calendar: "cn" },
    );
    // Friday 6 March 2026: 17:00–18:00 is 1 h; Monday 9 March 09:00 + 8 h = 17:00 (9 h in all).
    const result = sla.evaluate(
      { ticket: "T", subject: "S", priority: "p", opened_at: "2026-03-06T17:00" },
      { asOf: "2026-03-06T17:30" },
    );
    expect(result).toMatchObject({
      targets: [{ windowMs: 9 * 3_600_000, dueAt: Date.parse("2026-03-09T17:00+08:00") }],
    });
  });
});
