import { describe, expect, it } from "vitest";
import {
  compile,
  compileSla,
  getPreset,
  PolicyError,
  type SlaPolicyInput,
  slaRecords,
  slaSubjectToJson,
  ticketResultToJson,
} from "../../src/index";

const MIN = 60_000;
const policy = getPreset("after-sales-response")!;
const asOf = "2026-03-01T00:00";

describe("bad tickets are rejected with their reasons; the others still count", () => {
  const sla = compileSla(policy);
  const batch = sla.evaluateAll(
    [
      {
        ticket: "ok-1",
        subject: "Hall",
        priority: "urgent",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-02T10:20",
      },
      {
        ticket: "early",
        subject: "Hall",
        priority: "urgent",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-02T09:59",
      },
      { ticket: "p9", subject: "Hall", priority: "P9", opened_at: "2026-02-02T10:00" },
      { ticket: "feb30", subject: "Hall", priority: "general", opened_at: "2026-02-30T10:00" },
      {
        ticket: "ok-2",
        subject: "Hall",
        priority: "general",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-02T13:00",
      },
      { subject: "Hall", priority: "general", opened_at: "soon", resolved_at: "2026-02-02T09:00" },
      { ticket: "ok-1", subject: "Depot", priority: "general", opened_at: "2026-02-02T10:00" },
      { ticket: "future", subject: "Hall", priority: "general", opened_at: "2026-03-02T10:00" },
      "not a ticket",
    ],
    { asOf },
  );

  it("keeps the good tickets, in input order", () => {
    // ok-1 (20 min ≤ 30) is on two rows: both are rejected.
    expect(batch.tickets.map((t) => [t.ticket, t.status])).toEqual([
      ["ok-2", "breached"], // 3 h > 2 h
    ]);
  });

  it("rejects each bad ticket with its position, id and reasons", () => {
    const rejected = batch.rejected.map((r) => ({
      index: r.index,
      ticket: r.ticket,
      issues: r.issues.map((issue) => [issue.code, issue.path.join(".")]),
    }));
    expect(rejected).toEqual([
      { index: 0, ticket: "ok-1", issues: [["ticket.duplicate", "ticket"]] },
      { index: 1, ticket: "early", issues: [["ticket.before-opening", "responded_at"]] },
      { index: 2, ticket: "p9", issues: [["ticket.unknown-priority", "priority"]] },
      { index: 3, ticket: "feb30", issues: [["ticket.invalid-time", "opened_at"]] },
      {
        index: 5,
        ticket: undefined,
        issues: [
          ["record.missing-value", "ticket"],
          ["ticket.invalid-time", "opened_at"],
        ],
      },
      { index: 6, ticket: "ok-1", issues: [["ticket.duplicate", "ticket"]] },
      { index: 7, ticket: "future", issues: [["ticket.opened-after-as-of", "opened_at"]] },
      { index: 8, ticket: undefined, issues: [["record.not-an-object", ""]] },
    ]);
    expect(batch.rejected[1]?.issues[0]?.message).toBe(
      '"responded_at" (2026-02-02T09:59:00+08:00) is before the ticket was opened (2026-02-02T10:00:00+08:00).',
    );
  });

  it("summarizes only the tickets that count", () => {
    expect(batch.subjects.map(slaSubjectToJson)).toEqual([
      {
        subject: "Hall",
        tickets: 1,
        met: 0,
        breached: 1,
        open: 0,
        compliance: "0",
        priorities: [
          {
            priority: "urgent",
            name: { en: "urgent fault", "zh-CN": "紧急故障" },
            tickets: 0,
            met: 0,
            breached: 0,
            open: 0,
            compliance: null,
          },
          {
            priority: "general",
            name: { en: "general fault", "zh-CN": "一般故障" },
            tickets: 1,
            met: 0,
            breached: 1,
            open: 0,
            compliance: "0",
          },
          {
            priority: "enquiry",
            name: { en: "ordinary enquiry", "zh-CN": "普通问题咨询" },
            tickets: 0,
            met: 0,
            breached: 0,
            open: 0,
            compliance: null,
          },
        ],
      },
    ]);
  });
});

describe("a ticket id on several rows", () => {
  const sla = compileSla(policy);
  const row = (ticket: string, subject: string, responded: string) => ({
    ticket,
    subject,
    priority: "urgent",
    opened_at: "2026-02-02T10:00",
    responded_at: responded,
  });
  // T1 is answered in 20 min (met) on one row and in 40 min (breached: > 30) on the other.
  const rows = [
    row("T1", "Hall", "2026-02-02T10:20"),
    row("T2", "Hall", "2026-02-02T10:10"),
    row("T1", "Depot", "2026-02-02T10:40"),
    row("T1", "Hall", "2026-02-02T10:05"),
  ];

  it("rejects every one of its rows, saying how many there are", () => {
    const batch = sla.evaluateAll(rows, { asOf });
    expect(batch.tickets.map((t) => t.ticket)).toEqual(["T2"]);
    expect(batch.rejected.map((r) => [r.index, r.ticket, r.subject, r.issues.map((i) => i.values)])).toEqual([
      [0, "T1", "Hall", [{ ticket: "T1", count: 3 }]],
      [2, "T1", "Depot", [{ ticket: "T1", count: 3 }]],
      [3, "T1", "Hall", [{ ticket: "T1", count: 3 }]],
    ]);
    expect(batch.rejected[0]?.issues[0]?.message).toBe(
      'Ticket "T1" appears on 3 rows: keep one (none of them counts).',
    );
  });

  it("gives the same tickets and summaries whatever the order of the rows", () => {
    const forward = sla.evaluateAll(rows, { asOf });
    const backward = sla.evaluateAll([...rows].reverse(), { asOf });
    expect(backward.tickets.map(ticketResultToJson)).toEqual(forward.tickets.map(ticketResultToJson));
    expect(backward.subjects.map(slaSubjectToJson)).toEqual(forward.subjects.map(slaSubjectToJson));
    // Hall has T2 alone, met: 10 min ≤ 30.
    expect(forward.subjects.map((s) => [s.subject, s.tickets, s.met])).toEqual([["Hall", 1, 1]]);
  });

  it("counts only the rows that can be read: a broken row with the same id is rejected for its own reason", () => {
    const batch = sla.evaluateAll([row("T1", "Hall", "2026-02-02T10:20"), row("T1", "Hall", "soon")], {
      asOf,
    });
    expect(batch.tickets.map((t) => [t.ticket, t.status])).toEqual([["T1", "met"]]);
    expect(batch.rejected.map((r) => [r.index, r.issues.map((i) => i.code)])).toEqual([
      [1, ["ticket.invalid-time"]],
    ]);
  });
});

describe("priorities", () => {
  const sla = compileSla(policy);
  it("match by id, English or Chinese name, whatever the case and spacing", () => {
    for (const spelling of ["general", "GENERAL", " General Fault ", "general_fault", "一般故障"]) {
      const result = sla.evaluate(
        { ticket: "T", subject: "S", priority: spelling, opened_at: "2026-02-02T10:00" },
        { asOf: "2026-02-02T10:30" },
      );
      expect(result.status === "rejected" ? result.issues : result.priority).toBe("general");
    }
  });
});

describe("rules, categories and resolution windows", () => {
  const section: SlaPolicyInput = {
    zone: "UTC",
    calendar: "office",
    calendars: { office: { zone: "UTC", hours: { mon: ["09:00-17:00"], tue: ["09:00-17:00"] } } },
    priorities: [{ id: "high" }, { id: "low" }],
    rules: [
      {
        id: "vip",
        when: { priority: ["high", "low"], category: "vip" },
        targets: { firstResponse: { minutes: 15 } },
        clock: "calendar",
      },
      {
        id: "high",
        when: { priority: "high" },
        targets: { firstResponse: { hours: 1 }, resolution: { workingDays: 1 } },
      },
      { id: "low", when: { priority: "low" }, targets: { firstResponse: { workingDays: "0.5" } } },
    ],
    clock: "working",
  };
  const sla = compileSla(section);

  it("the first matching rule applies; a category narrows a rule", () => {
    const vip = sla.evaluate(
      {
        ticket: "A",
        subject: "S",
        priority: "low",
        category: "VIP",
        opened_at: "2026-03-02T08:00",
        responded_at: "2026-03-02T08:10",
      },
      { asOf: "2026-03-03T00:00" },
    );
    // The vip rule runs on calendar time: 10 min ≤ 15, although no working time has passed at 08:00.
    expect(vip).toMatchObject({
      rule: "vip",
      status: "met",
      targets: [{ clock: "calendar", elapsedMs: 10 * MIN }],
    });
  });

  it("a window in working days is that many of the calendar's working days; both windows are evaluated", () => {
    // Monday 2 March 2026 16:00, high: response 16:30 (30 min ≤ 1 h); resolved Tuesday 15:00.
    // One working day is 8 h: Monday 16:00–17:00 = 1 h + Tuesday 09:00–15:00 = 6 h → 7 h ≤ 8 h: met.
    const result = sla.evaluate(
      {
        ticket: "B",
        subject: "S",
        priority: "high",
        opened_at: "2026-03-02T16:00",
        responded_at: "2026-03-02T16:30",
        resolved_at: "2026-03-03T15:00",
      },
      { asOf: "2026-03-04T00:00" },
    );
    expect(result).toMatchObject({
      rule: "high",
      status: "met",
      targets: [
        { metric: "firstResponse", status: "met", elapsedMs: 30 * MIN, windowMs: 60 * MIN },
        {
          metric: "resolution",
          status: "met",
          elapsedMs: 7 * 60 * MIN,
          windowMs: 8 * 60 * MIN,
          dueAt: Date.parse("2026-03-03T16:00Z"),
        },
      ],
    });
  });

  it("a ticket is breached when any window is, open when any is still running", () => {
    const result = sla.evaluate(
      {
        ticket: "C",
        subject: "S",
        priority: "high",
        opened_at: "2026-03-02T09:00",
        responded_at: "2026-03-02T11:00",
      },
      { asOf: "2026-03-02T12:00" },
    );
    // Response after 2 h > 1 h: breached; resolution: 3 h of 8 h, still open.
    expect(result).toMatchObject({
      status: "breached",
      targets: [
        { status: "breached", breachedAt: Date.parse("2026-03-02T10:00Z") },
        { status: "open", remainingMs: 5 * 60 * MIN },
      ],
    });
    // Half a working day is 4 h; 4 h exactly is still within.
    const low = sla.evaluate(
      {
        ticket: "D",
        subject: "S",
        priority: "low",
        opened_at: "2026-03-02T13:00",
        responded_at: "2026-03-02T17:00",
      },
      { asOf: "2026-03-03T00:00" },
    );
    expect(low).toMatchObject({
      status: "met",
      targets: [{ windowMs: 4 * 60 * MIN, elapsedMs: 4 * 60 * MIN }],
    });
  });

  it("an event after the as-of time has not happened yet", () => {
    const result = sla.evaluate(
      {
        ticket: "E",
        subject: "S",
        priority: "high",
        opened_at: "2026-03-02T09:00",
        responded_at: "2026-03-02T09:40",
      },
      { asOf: "2026-03-02T09:30" },
    );
    expect(result).toMatchObject({
      targets: [{ status: "open", elapsedMs: 30 * MIN, remainingMs: 30 * MIN }, {}],
    });
    expect((result as unknown as { targets: { at?: number }[] }).targets[0]?.at).toBeUndefined();
  });

  it("a ticket no rule matches is rejected", () => {
    const narrow = compileSla({
      priorities: [{ id: "high" }],
      rules: [{ when: { priority: "high", category: "billing" }, targets: { firstResponse: { hours: 1 } } }],
    });
    const result = narrow.evaluate(
      { ticket: "F", subject: "S", priority: "high", opened_at: "2026-03-02T09:00" },
      { asOf: "2026-03-02T09:30" },
    );
    expect(result).toMatchObject({
      status: "rejected",
      issues: [{ code: "ticket.no-rule", values: { priority: "high" } }],
    });
  });
});

describe("pauses", () => {
  const sla = compileSla(
    { ...policy, sla: { ...policy.sla, pausedStatuses: ["waiting for customer"] } } as typeof policy,
    { calendar: "cn" },
  );

  it("subtract from both clocks, written as ISO 8601 intervals", () => {
    // General fault, Monday 2 March 2026 09:00 → 12:00, paused 09:30–11:00: 3 h − 1 h 30 = 90 min ≤ 120.
    const result = sla.evaluate(
      {
        ticket: "P",
        subject: "S",
        priority: "general",
        opened_at: "2026-03-02T09:00",
        responded_at: "2026-03-02T12:00",
        paused: "2026-03-02T09:30/2026-03-02T11:00",
      },
      { asOf: "2026-03-31T00:00" },
    );
    expect(result).toMatchObject({
      status: "met",
      targets: [{ elapsedMs: 90 * MIN, calendarMs: 90 * MIN, workingMs: 90 * MIN }],
    });
  });

  it("come from a status history: a paused status stops the clock until the next change", () => {
    const result = sla.evaluate(
      {
        ticket: "H",
        subject: "S",
        priority: "general",
        openedAt: "2026-03-02T09:00",
        history: [
          { at: "2026-03-02T10:30", status: "open" },
          { at: "2026-03-02T09:30", status: "Waiting for customer" },
        ],
      },
      { asOf: "2026-03-02T11:00" },
    );
    // 09:00–09:30 counts, 09:30–10:30 paused, 10:30–11:00 counts: 60 min, 60 left.
    expect(result).toMatchObject({
      status: "open",
      targets: [{ elapsedMs: 60 * MIN, remainingMs: 60 * MIN }],
    });
  });

  it("a pause still running stops the clock: the ticket stays open with no due time", () => {
    const result = sla.evaluate(
      {
        ticket: "R",
        subject: "S",
        priority: "urgent",
        opened_at: "2026-03-02T09:00",
        paused: "2026-03-02T09:10/",
      },
      { asOf: "2026-03-09T09:00" },
    );
    expect(result).toMatchObject({
      status: "open",
      targets: [{ elapsedMs: 10 * MIN, remainingMs: 20 * MIN }],
    });
    expect((result as unknown as { targets: { dueAt?: number }[] }).targets[0]?.dueAt).toBeUndefined();
  });

  it("a pause that is not an interval is rejected", () => {
    for (const paused of ["2026-03-02T09:10", "2026-03-02T11:00/2026-03-02T10:00", "a/b", "x/y/z"]) {
      const result = sla.evaluate(
        { ticket: "X", subject: "S", priority: "urgent", opened_at: "2026-03-02T09:00", paused },
        { asOf: "2026-03-31T00:00" },
      );
      expect(result).toMatchObject({
        status: "rejected",
        issues: [{ code: "ticket.invalid-pause", path: ["paused"] }],
      });
    }
  });
});

describe("the calendar option", () => {
  it("rejects a calendar that is neither built in nor declared", () => {
    expect(() => compileSla(policy, { calendar: "mars" })).toThrow(PolicyError);
  });

  it("takes calendars built in code", async () => {
    const { cnCalendar } = await import("../../src/index");
    const sla = compileSla(policy, {
      calendar: "ours",
      calendars: { ours: cnCalendar({ holidays: ["2026-02-14"] }) },
    });
    // The make-up Saturday is a company day off here: Friday 17:00–18:00, then Tuesday 24 February 09:00–10:00.
    const result = sla.evaluate(
      {
        ticket: "T",
        subject: "S",
        priority: "general",
        opened_at: "2026-02-13T17:00",
        responded_at: "2026-02-24T10:00",
      },
      { asOf },
    );
    expect(result).toMatchObject({ status: "met", targets: [{ calendar: "cn", workingMs: 120 * MIN }] });
  });
});

describe("from tickets to scores", () => {
  it("slaRecords feeds the policy's components: a deduction per breach", () => {
    const sla = compileSla(policy);
    const tickets = [
      // Urgent, 45 min: breached. General, 1 h: met. Enquiry, 30 h: breached. Another subject: one met.
      {
        ticket: "1",
        subject: "Hall",
        priority: "urgent",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-02T10:45",
      },
      {
        ticket: "2",
        subject: "Hall",
        priority: "general",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-02T11:00",
      },
      {
        ticket: "3",
        subject: "Hall",
        priority: "enquiry",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-03T16:00",
      },
      {
        ticket: "4",
        subject: "Depot",
        priority: "enquiry",
        opened_at: "2026-02-02T10:00",
        responded_at: "2026-02-02T16:00",
      },
    ];
    const batch = sla.evaluateAll(tickets, { asOf });
    const records = slaRecords(batch.subjects);
    expect(records[1]).toMatchObject({
      subject: "Hall",
      tickets: { urgent: 1, general: 1, enquiry: 1 },
      breached: { urgent: 1, general: 0, enquiry: 1 },
      met: { urgent: 0, general: 1, enquiry: 0 },
    });
    // 1 met of 3 decided: 33.333…%, exact to 20 places.
    expect(records[1]?.compliance?.toString()).toBe("33.33333333333333333333");
    expect(records[1]?.["compliance.general"]?.toString()).toBe("100");
    const scored = compile(policy).scoreAll(records);
    // Depot: no breach → 100. Hall: 100 − 10 (urgent) − 2 (enquiry) = 88.
    expect(scored.results.map((card) => [card.subject, card.total.toString(), card.grade])).toEqual([
      ["Depot", "100", "excellent"],
      ["Hall", "88", "fail"],
    ]);
    expect(scored.rejected).toEqual([]);
  });

  it("JSON: minutes as decimal strings, instants in the SLA's zone", () => {
    const sla = compileSla(policy, { calendar: "cn" });
    const result = sla.evaluate(
      {
        ticket: "T",
        subject: "S",
        priority: "general",
        opened_at: "2026-02-13T17:00:30",
        responded_at: "2026-02-14T10:00",
      },
      { asOf },
    );
    if (result.status === "rejected") throw new Error("rejected");
    const json = ticketResultToJson(result);
    // 17:00:30 → 18:00 = 59.5 min, + 60 on Saturday = 119.5 min of work; 16 h 59 min 30 s = 1019.5 min of calendar time.
    expect(json).toMatchObject({
      ticket: "T",
      status: "met",
      openedAt: "2026-02-13T17:00:30+08:00",
      calendarMinutes: "1019.5",
      workingMinutes: "119.5",
      targets: [
        { windowMinutes: "120", at: "2026-02-14T10:00:00+08:00", dueAt: "2026-02-14T10:00:30+08:00" },
      ],
    });
  });
});
