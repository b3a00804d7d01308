import { describe, expect, it } from "vitest";
import {
  assertSla,
  compile,
  formatIssue,
  getPreset,
  PolicyError,
  parsePolicy,
  policyJsonSchema,
} from "../../src/index";

const base = () =>
  getPreset("after-sales-response")! as unknown as Record<string, unknown> & { sla: Record<string, unknown> };

function issuesOf(sla: unknown) {
  const result = parsePolicy({ ...base(), sla });
  if (result.success) return [];
  return result.issues.map((issue) => ({ code: issue.code, path: issue.path }));
}

describe("the preset after-sales-response (P3)", () => {
  it("is a valid policy with an sla section: urgent 30 minutes, general 2 hours, enquiry 24 hours", () => {
    const result = parsePolicy(getPreset("after-sales-response"));
    expect(result.success).toBe(true);
    const sla = assertSla(getPreset("after-sales-response"));
    expect(sla.priorities.map((p) => [p.id, p.name?.["zh-CN"]])).toEqual([
      ["urgent", "紧急故障"],
      ["general", "一般故障"],
      ["enquiry", "普通问题咨询"],
    ]);
    expect(sla.rules.map((rule) => rule.targets.firstResponse)).toEqual([
      { minutes: 30 },
      { hours: 2 },
      { hours: 24 },
    ]);
    expect(sla.clock).toBe("calendar"); // P3 is silent: calendar time by default
  });

  it("scores 100 less the example points per breach (10 urgent, 5 general, 2 enquiry), never below 0", () => {
    const appraiser = compile(getPreset("after-sales-response")!);
    const card = appraiser.score({
      subject: "Hall",
      met: { urgent: 3, general: 0, enquiry: 5 },
      breached: { urgent: 1, general: 2, enquiry: 1 },
    });
    // 100 − 1 × 10 − 2 × 5 − 1 × 2 = 78.
    expect(card.status === "graded" && [card.total.toString(), card.grade]).toEqual(["78", "fail"]);
    const none = appraiser.score({
      subject: "Idle",
      met: { urgent: 0, general: 0, enquiry: 0 },
      breached: {},
    });
    expect(none.status).toBe("no-opinion");
  });

  it("is covered by the JSON Schema for editors", () => {
    const text = JSON.stringify(policyJsonSchema());
    for (const word of ["firstResponse", "workingDays", "workdayHours", "pausedStatuses", "priorities"])
      expect(text).toContain(word);
  });
});

describe("the sla section is checked, every issue at once with a stable code and path", () => {
  it("reports unknown zones, calendars and priorities, and rules that can never apply", () => {
    const sla = {
      zone: "Asia/Shangai",
      calendar: "office",
      priorities: [{ id: "urgent" }, { id: "general", aliases: ["URGENT"] }, { id: "enquiry" }],
      rules: [
        { when: { priority: "high" }, targets: { firstResponse: { minutes: 30 } } },
        { targets: { firstResponse: { hours: 2 } } },
        { id: "late", when: { priority: "enquiry" }, targets: {} },
      ],
    };
    expect(issuesOf(sla)).toEqual([
      { code: "sla.unknown-zone", path: ["sla", "zone"] },
      { code: "sla.unknown-calendar", path: ["sla", "calendar"] },
      { code: "sla.duplicate-priority", path: ["sla", "priorities", 1] },
      { code: "sla.unknown-priority", path: ["sla", "rules", 0, "when", "priority"] },
      { code: "sla.unreachable-rule", path: ["sla", "rules", 2] },
      { code: "sla.no-targets", path: ["sla", "rules", 2, "targets"] },
    ]);
  });

  it("counts rules from 1 in the unreachable-rule message, naming those with an id", () => {
    const unreachable = (rules: unknown[]) => {
      const result = parsePolicy({ ...base(), sla: { priorities: [{ id: "urgent" }], rules } });
      const issues = result.success ? [] : result.issues.filter((i) => i.code === "sla.unreachable-rule");
      return issues.map((issue) => [
        issue.path.join("."),
        formatIssue(issue, "en"),
        formatIssue(issue, "zh-CN"),
      ]);
    };
    const window = { firstResponse: { minutes: 30 } };
    // The second rule (index 1) matches every ticket, so the third (index 2) is never used.
    expect(
      unreachable([
        { when: { priority: "urgent" }, targets: window },
        { targets: window },
        { id: "late", targets: window },
      ]),
    ).toEqual([
      [
        "sla.rules.2",
        'sla.rules[2]: Rule 3 ("late") is never used: rule 2, before it, matches every ticket.',
        "sla.rules[2]: 第 3 条规则“late”永远不会被使用：其前面的第 2 条规则已匹配所有工单。",
      ],
    ]);
    // The first rule (id "all") matches every ticket: the second is never used.
    expect(unreachable([{ id: "all", targets: window }, { targets: window }])).toEqual([
      [
        "sla.rules.1",
        'sla.rules[1]: Rule 2 is never used: rule 1 ("all"), before it, matches every ticket.',
        "sla.rules[1]: 第 2 条规则永远不会被使用：其前面的第 1 条规则“all”已匹配所有工单。",
      ],
    ]);
  });

  it("reports a priority no rule matches", () => {
    const sla = {
      priorities: [{ id: "urgent" }, { id: "general" }],
      rules: [{ when: { priority: "urgent" }, targets: { firstResponse: { minutes: 30 } } }],
    };
    expect(issuesOf(sla)).toEqual([{ code: "sla.priority-without-rule", path: ["sla", "rules"] }]);
  });

  it("checks calendars: zone, shifts in order without overlap, real dates listed once, some hours", () => {
    const sla = {
      ...base().sla,
      calendar: "office",
      calendars: {
        office: {
          hours: { mon: ["13:00-12:00"], tue: ["09:00-12:00", "11:30-18:00"] },
          holidays: ["2026-02-30", "2026-05-01"],
          workdays: [{ date: "2026-05-01" }],
        },
        night: { zone: "Europe/Berlin", hours: {} },
        broken: { zone: "UTC", hours: { mon: ["9:00-12:00"] } },
      },
    };
    expect(issuesOf(sla)).toEqual([
      { code: "sla.zone-missing", path: ["sla", "calendars", "office"] },
      { code: "sla.shift-order", path: ["sla", "calendars", "office", "hours", "mon", 0] },
      { code: "sla.shifts-overlap", path: ["sla", "calendars", "office", "hours", "tue", 1] },
      { code: "sla.invalid-date", path: ["sla", "calendars", "office", "holidays", 0] },
      { code: "sla.day-listed-twice", path: ["sla", "calendars", "office", "workdays", 0, "date"] },
      { code: "sla.no-working-hours", path: ["sla", "calendars", "night", "hours"] },
      { code: "schema.invalid-format", path: ["sla", "calendars", "broken", "hours", "mon", 0] },
    ]);
  });

  it("checks the shape: windows are positive and of one unit, clocks are known", () => {
    const sla = {
      clock: "business",
      priorities: [{ id: "urgent" }],
      rules: [
        { when: { priority: "urgent" }, targets: { firstResponse: { minutes: 0 }, resolution: { days: 1 } } },
      ],
    };
    const codes = issuesOf(sla);
    expect(codes).toContainEqual({ code: "schema.invalid-value", path: ["sla", "clock"] });
    expect(codes).toContainEqual({
      code: "schema.invalid",
      path: ["sla", "rules", 0, "targets", "firstResponse", "minutes"],
    });
    expect(codes.some((issue) => issue.path.join(".").startsWith("sla.rules.0.targets.resolution"))).toBe(
      true,
    );
  });

  it("assertSla takes the section alone too, and throws one PolicyError with every issue", () => {
    const section = { priorities: [{ id: "urgent" }], rules: [{ when: { priority: "x" }, targets: {} }] };
    expect(() => assertSla(section)).toThrow(PolicyError);
    try {
      assertSla(section);
      expect.unreachable();
    } catch (error) {
      expect((error as PolicyError).issues.map((issue) => issue.code)).toEqual([
        "sla.no-targets",
        "sla.unknown-priority",
        "sla.priority-without-rule",
      ]);
    }
    const withoutSla = { ...base() };
    delete (withoutSla as { sla?: unknown }).sla;
    expect(() => assertSla(withoutSla)).toThrow(/no "sla" section/);
  });
});
