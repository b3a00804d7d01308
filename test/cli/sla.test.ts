import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "kaoping-sla-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const HEADER = "ticket,subject,priority,opened_at,responded_at";

const slaJson = async (args: readonly string[], options: { cwd?: string; stdin?: string } = {}) => {
  const result = await cli(["sla", "--format", "json", ...args], { cwd: dir, ...options });
  return { ...result, json: result.stdout === "" ? undefined : JSON.parse(result.stdout) };
};

describe("kaoping sla, tried as a new user would", () => {
  // A Friday 17:00 general-fault ticket, answered at 10:00 on Saturday 14 February 2026 (a make-up working day).
  const ticket = file("friday.csv", `${HEADER}\nT-1,Hall,一般故障,2026-02-13T17:00,2026-02-14T10:00\n`);
  const base = ["--policy", "after-sales-response", "--input", ticket, "--as-of", "2026-03-01T00:00"];

  it("is breached on the 24×7 clock: 17 hours of calendar time for a 2-hour window", async () => {
    const { code, json } = await slaJson([...base, "--calendar", "24x7"]);
    expect(code).toBe(0);
    expect(json.tickets).toHaveLength(1);
    expect(json.tickets[0]).toMatchObject({
      ticket: "T-1",
      subject: "Hall",
      priority: "general",
      status: "breached",
      calendarMinutes: "1020",
      workingMinutes: "120",
    });
    expect(json.tickets[0].targets[0]).toMatchObject({
      clock: "calendar",
      windowMinutes: "120",
      elapsedMinutes: "1020",
      breachedAt: "2026-02-13T19:00:00+08:00",
    });
    expect(json.rejected).toEqual([]);
  });

  it("is met on the cn clock: one working hour on Friday, one on the make-up Saturday", async () => {
    const { code, json } = await slaJson([...base, "--calendar", "cn"]);
    expect(code).toBe(0);
    expect(json.tickets[0]).toMatchObject({ ticket: "T-1", status: "met", workingMinutes: "120" });
    expect(json.tickets[0].targets[0]).toMatchObject({
      clock: "working",
      calendar: "cn",
      elapsedMinutes: "120",
    });
    expect(json.subjects).toEqual([
      expect.objectContaining({
        subject: "Hall",
        tickets: 1,
        met: 1,
        breached: 0,
        open: 0,
        compliance: "100",
      }),
    ]);
  });

  it("runs on the policy's clock without --calendar (calendar time for the preset)", async () => {
    const { json } = await slaJson(base);
    expect(json.tickets[0].status).toBe("breached");
    // Working minutes are still counted, on the policy's working calendar.
    expect(json).toMatchObject({
      asOf: "2026-03-01T00:00:00+08:00",
      zone: "Asia/Shanghai",
      workingCalendar: "cn",
    });
  });
});

describe("kaoping sla with bad rows", () => {
  const input = file(
    "mixed.csv",
    [
      HEADER,
      "A,Hall,urgent,2026-02-02T10:00,2026-02-02T10:20", // line 2: met
      "B,Hall,urgent,2026-02-02T10:00,2026-02-02T09:00", // line 3: response before the opening
      "C,Hall,P9,2026-02-02T10:00,2026-02-02T10:10", // line 4: unknown priority
      "D,Hall,general,2026-02-02 25:00,", // line 5: unparsable time
      "E,Depot,enquiry,2026-02-02T10:00,", // line 6: still open as of 2026-02-02T12:00
      "F,Depot,general,2026-02-02T10:00,2026-02-02T12:30", // line 7: breached
    ].join("\n"),
  );

  it("rejects each with its line and reason, still counting the others, exit 1", async () => {
    const { code, json } = await slaJson([
      "-p",
      "after-sales-response",
      "-i",
      input,
      "--as-of",
      "2026-02-02T12:00",
    ]);
    expect(code).toBe(1);
    expect(json.tickets.map((t: { ticket: string; status: string }) => [t.ticket, t.status])).toEqual([
      ["A", "met"],
      ["E", "open"],
      // F answered at 12:30, after the as-of time: not yet answered then, but already 2 h in: still open.
      ["F", "open"],
    ]);
    expect(
      json.rejected.map((r: { line: number; ticket: string; issues: { code: string }[] }) => [
        r.line,
        r.ticket,
        r.issues.map((issue) => issue.code),
      ]),
    ).toEqual([
      [3, "B", ["ticket.before-opening"]],
      [4, "C", ["ticket.unknown-priority"]],
      [5, "D", ["ticket.invalid-time"]],
    ]);
    expect(json.subjects.map((s: { subject: string; tickets: number }) => [s.subject, s.tickets])).toEqual([
      ["Depot", 2],
      ["Hall", 1],
    ]);
  });

  it("says so in text too, in English or Chinese", async () => {
    const english = await cli(
      ["sla", "-p", "after-sales-response", "-i", input, "--as-of", "2026-02-02T13:00"],
      {
        cwd: dir,
      },
    );
    expect(english.code).toBe(1);
    expect(english.stdout).toMatch(/^ticket +subject +priority +status/m);
    expect(english.stdout).toMatch(/^F +Depot +general fault +breached +2:00 +2:30 /m);
    expect(english.stdout).toContain("Rejected (3):");
    expect(english.stdout).toContain(
      '  C: line 4: priority: The priority "P9" is not one of "urgent", "general", "enquiry".',
    );
    const chinese = await cli(
      ["sla", "-p", "after-sales-response", "-i", input, "--as-of", "2026-02-02T13:00", "--locale", "zh-CN"],
      { cwd: dir },
    );
    expect(chinese.stdout).toMatch(/^F +Depot +一般故障 +超时/m);
    expect(chinese.stdout).toContain("被拒绝的记录 (3):");
    expect(chinese.stdout).toContain("第 5 行");
  });
});

describe("kaoping sla options and inputs", () => {
  it("reads JSON and NDJSON tickets, with camelCase fields and offsets", async () => {
    const ndjson = file(
      "tickets.ndjson",
      [
        JSON.stringify({
          ticket: "N1",
          subject: "Hall",
          priority: "urgent",
          openedAt: "2026-02-02T02:00Z",
          respondedAt: "2026-02-02T10:25+08:00",
        }),
        "{ not json",
      ].join("\n"),
    );
    const { code, json } = await slaJson([
      "-p",
      "after-sales-response",
      "-i",
      ndjson,
      "--as-of",
      "2026-03-01T00:00",
    ]);
    expect(code).toBe(1);
    expect(json.tickets[0]).toMatchObject({ ticket: "N1", status: "met", calendarMinutes: "25" });
    expect(json.rejected).toEqual([
      expect.objectContaining({ line: 2, issues: [expect.objectContaining({ code: "file.parse-error" })] }),
    ]);
  });

  it("reports a missing column once, for the header", async () => {
    const input = file("nocol.csv", "ticket,subject,opened_at\nA,Hall,2026-02-02T10:00\n");
    const { code, json } = await slaJson([
      "-p",
      "after-sales-response",
      "-i",
      input,
      "--as-of",
      "2026-03-01T00:00",
    ]);
    expect(code).toBe(1);
    expect(json.rejected).toEqual([
      {
        line: 1,
        issues: [expect.objectContaining({ code: "file.missing-column", values: { column: "priority" } })],
      },
    ]);
  });

  it("scores each subject with the policy's components on --score", async () => {
    const input = file(
      "score.csv",
      [
        HEADER,
        "A,Hall,urgent,2026-02-02T10:00,2026-02-02T11:00",
        "B,Hall,general,2026-02-02T10:00,2026-02-02T11:00",
      ].join("\n"),
    );
    const { json } = await slaJson([
      "-p",
      "after-sales-response",
      "-i",
      input,
      "--as-of",
      "2026-03-01T00:00",
      "--score",
    ]);
    // One urgent breach (60 min > 30): 100 − 10 = 90, pass.
    expect(
      json.results.map((r: { subject: string; total: string; grade: string }) => [
        r.subject,
        r.total,
        r.grade,
      ]),
    ).toEqual([["Hall", "90", "pass"]]);
  });

  it("takes a policy file with its own calendar and resolution windows", async () => {
    const { stringify } = await import("yaml");
    const { getPreset } = await import("../../src/index");
    const policy = structuredClone(getPreset("after-sales-response")) as { sla: Record<string, unknown> };
    policy.sla.calendars = { office: { base: "cn", hours: { mon: ["09:00-12:00", "13:30-18:00"] } } };
    policy.sla.calendar = "office";
    policy.sla.rules = [{ targets: { firstResponse: { hours: 1 }, resolution: { workingDays: 1 } } }];
    file("office.yaml", stringify(policy));
    // Monday 2 March 2026, 11:30: 11:30–12:00 and 13:30–14:00 is 1 h of work by 14:00.
    const input = file(
      "office.csv",
      "ticket,subject,priority,opened_at,responded_at,resolved_at\nA,Hall,urgent,2026-03-02T11:30,2026-03-02T14:00,\n",
    );
    const args = [
      "sla",
      "-p",
      "office.yaml",
      "-i",
      input,
      "--as-of",
      "2026-03-02T15:00",
      "--calendar",
      "office",
    ];
    const text = await cli(args, { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ticket +subject +priority +window of +status/m);
    expect(text.stdout).toMatch(/^A +Hall +urgent fault +first response +met +1:00 +1:00 /m);
    // Resolution: one working day is Monday's 7 h 30 min; 2 h are used by 15:00, 5 h 30 min are left.
    expect(text.stdout).toMatch(/^A +Hall +urgent fault +resolution +open +7:30 +2:00 +3:30 +2:00 +5:30 /m);
  });

  it("refuses an unknown calendar, a bad --as-of, a policy without sla: usage errors, exit 2", async () => {
    const input = file("one.csv", `${HEADER}\nA,Hall,urgent,2026-02-02T10:00,\n`);
    const calendar = await cli(["sla", "-p", "after-sales-response", "-i", input, "--calendar", "mars"], {
      cwd: dir,
    });
    expect(calendar.code).toBe(2);
    expect(calendar.stderr).toMatch(/--calendar: Calendar "mars" is not known \(calendars: "24x7", "cn"\)/);
    const asOf = await cli(["sla", "-p", "after-sales-response", "-i", input, "--as-of", "tomorrow"], {
      cwd: dir,
    });
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain('"--as-of" must be an ISO 8601 date and time');
    const noSla = await cli(["sla", "-p", "satisfaction-work", "-i", input], { cwd: dir });
    expect(noSla.code).toBe(2);
    expect(noSla.stderr).toContain('no "sla" section');
  });

  it("evaluates the example file: Spring Festival and National Day tickets, three bad rows", async () => {
    const examples = join(import.meta.dirname, "..", "..", "examples");
    const { code, json } = await slaJson(
      ["-p", "after-sales-response", "-i", "tickets.csv", "--as-of", "2026-10-09T12:00", "--calendar", "cn"],
      { cwd: examples },
    );
    expect(code).toBe(1);
    // Worked in docs/sla.md; T-006 is open until the make-up Saturday 10 October, 14:00.
    expect(json.tickets.map((t: { ticket: string; status: string }) => [t.ticket, t.status])).toEqual([
      ["T-001", "met"],
      ["T-002", "met"],
      ["T-003", "met"],
      ["T-004", "met"],
      ["T-005", "breached"],
      ["T-006", "open"],
      ["T-010", "met"],
    ]);
    expect(json.tickets[5].targets[0]).toMatchObject({
      remainingMinutes: "660",
      dueAt: "2026-10-10T14:00:00+08:00",
    });
    expect(json.rejected.map((r: { line: number }) => r.line)).toEqual([8, 9, 10]);
  });
});
