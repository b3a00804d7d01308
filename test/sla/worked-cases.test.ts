import { describe, expect, it } from "vitest";
import { compileSla, getPreset, type TicketResult } from "../../src/index";

// Worked by hand, in Asia/Shanghai (UTC+8, no DST), on the preset after-sales-response:
// urgent fault 30 min, general fault 2 h (120 min), ordinary enquiry 24 h (1440 min).
// The `cn` clock counts Monday–Friday 09:00–18:00, minus the 2026 official holidays, plus the
// make-up working days (State Council notice for 2026):
//   Spring Festival: off Sun 15 – Mon 23 February; make-up working days Sat 14 and Sat 28 February.
//   National Day:    off Thu 1 – Wed 7 October;    make-up working days Sun 20 September and Sat 10 October.
// 2026-02-13 is a Friday; 2026-09-30 a Wednesday; 2026-10-09 a Friday.

const policy = getPreset("after-sales-response")!;
const calendarTime = compileSla(policy); // the preset's default: calendar time (24×7)
const workingTime = compileSla(policy, { calendar: "cn" });
const MIN = 60_000;

function evaluate(sla: typeof calendarTime, ticket: Record<string, string>, asOf = "2026-12-31T00:00") {
  const result = sla.evaluate({ ticket: "T", subject: "Hall", ...ticket }, { asOf });
  if (result.status === "rejected") throw new Error(JSON.stringify(result.issues));
  return result as TicketResult;
}

const at = (local: string) => Date.parse(`${local}:00+08:00`);

describe("Spring Festival 2026", () => {
  it("urgent fault, Friday 17:45 → make-up Saturday 09:10: breached on 24×7, met on cn", () => {
    const ticket = { priority: "urgent", opened_at: "2026-02-13T17:45", responded_at: "2026-02-14T09:10" };
    // 24×7: 17:45 → 09:10 next day = 15 h 25 min = 925 min > 30; the window ran out at 18:15.
    const calendar = evaluate(calendarTime, ticket).targets[0]!;
    expect(calendar).toMatchObject({
      status: "breached",
      elapsedMs: 925 * MIN,
      breachedAt: at("2026-02-13T18:15"),
    });
    // cn: Friday 17:45–18:00 = 15 min, Saturday 14th is a make-up working day: 09:00–09:10 = 10 min → 25 ≤ 30.
    const working = evaluate(workingTime, ticket).targets[0]!;
    expect(working).toMatchObject({ status: "met", elapsedMs: 25 * MIN, calendarMs: 925 * MIN });
    // The last moment that still met it: 15 min on Friday, 15 more on Saturday → 09:15.
    expect(working.dueAt).toBe(at("2026-02-14T09:15"));
  });

  it("general fault, Friday 17:00 → Saturday 10:00 (the new user's case): breached on 24×7, met on cn", () => {
    const ticket = { priority: "一般故障", opened_at: "2026-02-13T17:00", responded_at: "2026-02-14T10:00" };
    // 24×7: 17 h = 1020 min > 120; ran out Friday 19:00.
    expect(evaluate(calendarTime, ticket).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 1020 * MIN,
      breachedAt: at("2026-02-13T19:00"),
    });
    // cn: Friday 17:00–18:00 = 60 min + make-up Saturday 09:00–10:00 = 60 min = 120 ≤ 120 ("within" is inclusive).
    expect(evaluate(workingTime, ticket).targets[0]).toMatchObject({
      status: "met",
      elapsedMs: 120 * MIN,
      workingMs: 120 * MIN,
      calendarMs: 1020 * MIN,
      dueAt: at("2026-02-14T10:00"),
    });
  });

  it("ordinary enquiry, make-up Saturday 15:00 → Tuesday 24 February 11:00, over the whole holiday", () => {
    const ticket = { priority: "enquiry", opened_at: "2026-02-14T15:00", responded_at: "2026-02-24T11:00" };
    // 24×7: 14th 15:00 → 24th 11:00 = 9 days 20 h = 236 h = 14160 min > 1440; ran out 15th 15:00.
    expect(evaluate(calendarTime, ticket).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 14160 * MIN,
      breachedAt: at("2026-02-15T15:00"),
    });
    // cn: Saturday 14th 15:00–18:00 = 3 h; 15th–23rd off; Tuesday 24th 09:00–11:00 = 2 h → 5 h = 300 min ≤ 1440.
    // Due: 24 h − 3 h = 21 h after the holiday: 24th 9 h, 25th 9 h, 26th 3 h → Thursday 26th 12:00.
    expect(evaluate(workingTime, ticket).targets[0]).toMatchObject({
      status: "met",
      elapsedMs: 300 * MIN,
      dueAt: at("2026-02-26T12:00"),
    });
  });

  it("ordinary enquiry still unanswered on the make-up Saturday 28 February: breached on 24×7, open on cn", () => {
    const ticket = { priority: "enquiry", opened_at: "2026-02-27T10:00" };
    const asOf = "2026-02-28T12:00";
    // 24×7: 26 h > 24 h; ran out Saturday 28th 10:00.
    expect(evaluate(calendarTime, ticket, asOf).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 26 * 60 * MIN,
      breachedAt: at("2026-02-28T10:00"),
    });
    // cn: Friday 10:00–18:00 = 8 h, Saturday 28th (make-up) 09:00–12:00 = 3 h → 11 h; 13 h left.
    // Due: Saturday 12:00–18:00 = 6 h (7 h left), Sunday off, Monday 2 March 09:00 + 7 h = 16:00.
    const open = evaluate(workingTime, ticket, asOf);
    expect(open.status).toBe("open");
    expect(open.targets[0]).toMatchObject({
      status: "open",
      elapsedMs: 11 * 60 * MIN,
      remainingMs: 13 * 60 * MIN,
      dueAt: at("2026-03-02T16:00"),
    });
    expect(open.targets[0]?.at).toBeUndefined();
  });
});

describe("National Day 2026", () => {
  it("urgent fault, Wednesday 30 September 17:40 → Thursday 8 October 09:05", () => {
    const ticket = { priority: "紧急故障", opened_at: "2026-09-30T17:40", responded_at: "2026-10-08T09:05" };
    // 24×7: 7 days 15 h 25 min = 183 h 25 min = 11005 min; ran out 30 September 18:10.
    expect(evaluate(calendarTime, ticket).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 11005 * MIN,
      breachedAt: at("2026-09-30T18:10"),
    });
    // cn: 30th 17:40–18:00 = 20 min; 1–7 October off; 8th 09:00–09:05 = 5 min → 25 ≤ 30. Due 8th 09:10.
    expect(evaluate(workingTime, ticket).targets[0]).toMatchObject({
      status: "met",
      elapsedMs: 25 * MIN,
      dueAt: at("2026-10-08T09:10"),
    });
  });

  it("general fault, Friday 9 October 17:00 → make-up Saturday 10 October 11:00: breached on both clocks", () => {
    const ticket = { priority: "general", opened_at: "2026-10-09T17:00", responded_at: "2026-10-10T11:00" };
    // 24×7: 18 h = 1080 min; ran out Friday 19:00.
    expect(evaluate(calendarTime, ticket).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 1080 * MIN,
      breachedAt: at("2026-10-09T19:00"),
    });
    // cn: Friday 17:00–18:00 = 1 h, Saturday 10th is a make-up working day: 09:00–11:00 = 2 h → 3 h = 180 > 120.
    // The second hour ran out on Saturday at 10:00.
    expect(evaluate(workingTime, ticket).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 180 * MIN,
      breachedAt: at("2026-10-10T10:00"),
    });
  });

  it("ordinary enquiry, Saturday 19 September 10:00 → Monday 21st 17:00, over the make-up Sunday 20th", () => {
    const ticket = {
      priority: "普通问题咨询",
      opened_at: "2026-09-19T10:00",
      responded_at: "2026-09-21T17:00",
    };
    // 24×7: 55 h = 3300 min; ran out Sunday 20th 10:00.
    expect(evaluate(calendarTime, ticket).targets[0]).toMatchObject({
      status: "breached",
      elapsedMs: 3300 * MIN,
      breachedAt: at("2026-09-20T10:00"),
    });
    // cn: Saturday 19th is an ordinary day off; Sunday 20th a make-up working day 09:00–18:00 = 9 h; Monday 21st
    // 09:00–17:00 = 8 h → 17 h = 1020 min ≤ 1440. Due: 9 h + 9 h (Monday) + 6 h on Tuesday 22nd → 15:00.
    expect(evaluate(workingTime, ticket).targets[0]).toMatchObject({
      status: "met",
      elapsedMs: 1020 * MIN,
      dueAt: at("2026-09-22T15:00"),
    });
  });

  it("ordinary enquiry still open over National Day: due on the make-up Saturday 10 October", () => {
    const ticket = { priority: "enquiry", opened_at: "2026-09-30T17:00" };
    // cn as of Friday 9 October 12:00: 30th 17:00–18:00 = 1 h; 1–7 off; 8th 9 h; 9th 09:00–12:00 = 3 h → 13 h, 11 h left.
    // Due: 9th 12:00–18:00 = 6 h (5 h left); Saturday 10th is a make-up working day: 09:00 + 5 h = 14:00.
    expect(evaluate(workingTime, ticket, "2026-10-09T12:00").targets[0]).toMatchObject({
      status: "open",
      elapsedMs: 13 * 60 * MIN,
      remainingMs: 11 * 60 * MIN,
      dueAt: at("2026-10-10T14:00"),
    });
  });
});

describe("windows that run out exactly as working hours end", () => {
  it("are still met by a response before work resumes, and breached just after", () => {
    // General fault opened Wednesday 30 September 16:00: 16:00–18:00 uses the 2 h exactly. The next working
    // moment is Thursday 8 October 09:00: a response up to then has still taken 2 working hours.
    const opened = { priority: "general", opened_at: "2026-09-30T16:00" };
    const onTime = evaluate(workingTime, { ...opened, responded_at: "2026-10-08T09:00" }).targets[0]!;
    expect(onTime).toMatchObject({ status: "met", elapsedMs: 120 * MIN, dueAt: at("2026-10-08T09:00") });
    const late = evaluate(workingTime, { ...opened, responded_at: "2026-10-08T09:01" }).targets[0]!;
    expect(late).toMatchObject({
      status: "breached",
      elapsedMs: 121 * MIN,
      breachedAt: at("2026-10-08T09:00"),
    });
  });
});
