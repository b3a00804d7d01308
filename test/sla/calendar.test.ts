import { afterEach, describe, expect, it } from "vitest";
import {
  calendar24x7,
  cnCalendar,
  cnCalendarInfo,
  dueAt,
  elapsedMs,
  PolicyError,
  performancePaySchedule,
  scheduleDates,
  workingCalendar,
} from "../../src/index";
import { mergeIntervals } from "../../src/sla/elapsed";
import { formatInstant, parseInstant } from "../../src/sla/time";

const MIN = 60_000;

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
const HOUR = 60 * MIN;
const shanghai = (local: string) => Date.parse(`${local}:00+08:00`);

describe("the cn calendar", () => {
  const cn = cnCalendar();

  it("has the 2026 Spring Festival: off 15–23 February, working Saturdays 14 and 28 February", () => {
    for (let day = 15; day <= 23; day++) {
      expect(cn.day(`2026-02-${day}`)).toMatchObject({
        kind: "holiday",
        shifts: [],
        name: { "zh-CN": "春节" },
      });
    }
    for (const date of ["2026-02-14", "2026-02-28"]) {
      // Both are Saturdays, worked with a regular day's hours.
      expect(cn.day(date)).toMatchObject({
        kind: "workday",
        shifts: [[540, 1080]],
        name: { en: "Spring Festival" },
      });
    }
    expect(cn.day("2026-02-24")).toEqual({ date: "2026-02-24", kind: "weekly", shifts: [[540, 1080]] });
    expect(cn.day("2026-02-07")).toEqual({ date: "2026-02-07", kind: "weekly", shifts: [] }); // an ordinary Saturday
  });

  it("has the 2026 National Day: off 1–7 October, working Sunday 20 September and Saturday 10 October", () => {
    for (let day = 1; day <= 7; day++) expect(cn.day(`2026-10-0${day}`).kind).toBe("holiday");
    expect(cn.day("2026-09-20")).toMatchObject({ kind: "workday", name: { "zh-CN": "国庆节" } });
    expect(cn.day("2026-10-10")).toMatchObject({ kind: "workday", name: { "zh-CN": "国庆节" } });
    expect(cn.day("2026-10-08").kind).toBe("weekly");
  });

  it("moves P2's pay day as the PRC calendar does: 20 February 2026 is a holiday, so pay comes on the make-up Saturday", () => {
    // Pay by the 20th, else the previous working day: Friday 20 February is in the Spring Festival holiday
    // (15–23), and so are the days back to Sunday 15th; Saturday 14th is a make-up working day.
    expect(cn.isWorkingDay("2026-02-20")).toBe(false);
    expect(cn.isWorkingDay("2026-02-14")).toBe(true);
    const pay = (workingDays?: typeof cn) =>
      scheduleDates(performancePaySchedule, "2026-01", workingDays ? { workingDays } : {}).find(
        (m) => m.id === "pay",
      )?.to.date;
    expect(pay(cn)).toBe("2026-02-14");
    expect(pay()).toBe("2026-02-20"); // Monday to Friday alone knows no holiday
    expect(calendar24x7("UTC").isWorkingDay("2026-02-15")).toBe(true);
  });

  it("works Monday to Friday 09:00–18:00 in Asia/Shanghai: 9 hours a day", () => {
    expect(cn.zone).toBe("Asia/Shanghai");
    expect(cn.dayMs).toBe(9 * HOUR);
  });

  it("says which years its data covers and where it comes from", () => {
    const info = cnCalendarInfo();
    expect(info.from).toBeLessThanOrEqual(2020);
    expect(info.to).toBeGreaterThanOrEqual(2026);
    expect(info.source.package).toBe("chinese-days");
    expect(info.source.version).toMatch(/^1\.5\.\d+$/);
  });

  it("takes the company's own hours, days off and working days over the official ones", () => {
    const own = cnCalendar({
      hours: { mon: ["09:00-12:00", "13:30-18:00"], fri: ["09:00-12:00", "13:30-17:00"] },
      holidays: [{ date: "2026-02-14", name: { en: "company day off" } }, "2026-02-27"],
      workdays: ["2026-02-16"],
    });
    expect(own.day("2026-02-14")).toMatchObject({ kind: "holiday", name: { en: "company day off" } });
    expect(own.day("2026-02-27").kind).toBe("holiday");
    // An extra working day has the hours of the first working weekday (Monday here).
    expect(own.day("2026-02-16")).toEqual({
      date: "2026-02-16",
      kind: "workday",
      shifts: [
        [540, 720],
        [810, 1080],
      ],
    });
    expect(own.day("2026-02-28").kind).toBe("workday"); // the official make-up day is kept
    expect(own.day("2026-03-06").shifts).toEqual([
      [540, 720],
      [810, 1020],
    ]); // a Friday
    expect(own.day("2026-03-03").shifts).toEqual([]); // Tuesday has no hours in this calendar
    // A working day is Monday's: 3 h + 4 h 30 min.
    expect(own.dayMs).toBe(7.5 * HOUR);
  });

  it("rejects options that are not a calendar, with every issue", () => {
    expect(() => cnCalendar({ hours: { mon: ["12:00-09:00"] } })).toThrow(PolicyError);
    const error = caught(() =>
      cnCalendar({
        zone: "Mars/Olympus",
        hours: { mon: ["09:00-12:00", "11:00-14:00"] },
        holidays: ["2026-02-30"],
      }),
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["sla.unknown-zone", ["zone"]],
      ["sla.shifts-overlap", ["hours", "mon", 1]],
      ["sla.invalid-date", ["holidays", 0]],
    ]);
  });
});

describe("split shifts", () => {
  // An office in Berlin: 09:00–12:00 and 13:30–18:00, Monday to Friday; Christmas off.
  const office = workingCalendar({
    zone: "Europe/Berlin",
    hours: Object.fromEntries(
      ["mon", "tue", "wed", "thu", "fri"].map((day) => [day, ["09:00-12:00", "13:30-18:00"]]),
    ),
    holidays: ["2026-12-25"],
  });
  const berlin = (local: string, offset = "+01:00") => Date.parse(`${local}:00${offset}`);

  it("count only the working parts of a day", () => {
    // Monday 2 March 2026, 11:00 → 14:00: 11:00–12:00 and 13:30–14:00 = 90 min.
    expect(elapsedMs(office, berlin("2026-03-02T11:00"), berlin("2026-03-02T14:00"))).toBe(90 * MIN);
    // The lunch break counts nothing.
    expect(elapsedMs(office, berlin("2026-03-02T12:00"), berlin("2026-03-02T13:30"))).toBe(0);
  });

  it("put a due time past the lunch break", () => {
    // 2 h from 11:00: 1 h until 12:00, then 1 h from 13:30 → 14:30.
    expect(dueAt(office, berlin("2026-03-02T11:00"), 2 * HOUR)).toBe(berlin("2026-03-02T14:30"));
  });

  it("skip holidays and weekends", () => {
    // Thursday 24 December 2026 17:00 → Monday 28th 10:00: 1 h on the 24th, the 25th off, the weekend, 1 h on the 28th.
    expect(elapsedMs(office, berlin("2026-12-24T17:00"), berlin("2026-12-28T10:00"))).toBe(2 * HOUR);
  });
});

describe("elapsed time with pauses", () => {
  const clock = calendar24x7("UTC");

  it("subtracts paused intervals, overlapping ones once", () => {
    const pauses = mergeIntervals([
      [Date.parse("2026-01-01T10:00Z"), Date.parse("2026-01-01T11:00Z")],
      [Date.parse("2026-01-01T10:30Z"), Date.parse("2026-01-01T12:00Z")],
    ]);
    expect(elapsedMs(clock, Date.parse("2026-01-01T09:00Z"), Date.parse("2026-01-01T13:00Z"), pauses)).toBe(
      2 * HOUR,
    );
  });

  it("stops the clock for good while a pause has no end", () => {
    const from = Date.parse("2026-01-01T09:00Z");
    const pauses = [[from + HOUR, Number.POSITIVE_INFINITY] as const];
    expect(elapsedMs(clock, from, from + 100 * HOUR, pauses)).toBe(HOUR);
    expect(dueAt(clock, from, 2 * HOUR, pauses)).toBeUndefined();
  });

  it("is zero when the end is not after the start", () => {
    expect(elapsedMs(clock, 10, 10)).toBe(0);
    expect(elapsedMs(clock, 10, 5)).toBe(0);
  });
});

describe("times", () => {
  it("read a time without an offset in the given zone, and one with an offset as written", () => {
    expect(parseInstant("2026-02-13T17:00", "Asia/Shanghai")).toBe(Date.parse("2026-02-13T09:00Z"));
    expect(parseInstant("2026-02-13 17:00:30", "Asia/Shanghai")).toBe(Date.parse("2026-02-13T09:00:30Z"));
    expect(parseInstant("2026-02-13T17:00+01:00", "Asia/Shanghai")).toBe(Date.parse("2026-02-13T16:00Z"));
    expect(parseInstant("2026-02-13T17:00Z", "Asia/Shanghai")).toBe(Date.parse("2026-02-13T17:00Z"));
  });

  it("refuse what is not a real date and time", () => {
    for (const text of [
      "2026-02-30T10:00",
      "2026-02-13T25:00",
      "2026-02-13",
      "yesterday",
      "13/02/2026 17:00",
      "",
    ]) {
      expect(parseInstant(text, "UTC")).toBeUndefined();
    }
    expect(parseInstant(Number.NaN, "UTC")).toBeUndefined();
    expect(parseInstant(new Date(Number.NaN), "UTC")).toBeUndefined();
  });

  it("are written with the zone's offset", () => {
    expect(formatInstant(shanghai("2026-02-14T10:00"), "Asia/Shanghai")).toBe("2026-02-14T10:00:00+08:00");
    expect(formatInstant(Date.parse("2026-07-01T10:00:00.250Z"), "Europe/Berlin")).toBe(
      "2026-07-01T12:00:00.250+02:00",
    );
  });
});

describe("whatever the time zone of the machine", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  // chinese-days' own functions shift every date by one day west of UTC; kaoping reads its data
  // and places hours in the calendar's zone, so the host's zone must not matter.
  for (const [host, offset] of [
    ["America/New_York", 300],
    ["Pacific/Kiritimati", -840],
    ["UTC", 0],
  ] as const) {
    it(`counts the same working time on a host in ${host}`, () => {
      process.env.TZ = host;
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset); // the host zone did change
      expect(new Date(2026, 1, 15).toDateString()).toBe("Sun Feb 15 2026");
      const cn = cnCalendar();
      expect(cn.day("2026-02-14").kind).toBe("workday");
      expect(cn.day("2026-02-15").kind).toBe("holiday");
      expect(cn.day("2026-02-24").kind).toBe("weekly");
      expect(elapsedMs(cn, shanghai("2026-02-13T17:00"), shanghai("2026-02-14T10:00"))).toBe(2 * HOUR);
      expect(parseInstant("2026-02-13T17:00", "Asia/Shanghai")).toBe(Date.parse("2026-02-13T09:00Z"));
    });
  }
});
