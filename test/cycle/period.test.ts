import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  enclosingPeriod,
  makePeriod,
  type Period,
  parsePeriod,
  periodBounds,
  periodContains,
  periodOf,
  periodsWithin,
  shiftPeriod,
  yearBefore,
} from "../../src/index";

const p = (id: string): Period => {
  const period = parsePeriod(id);
  if (period === undefined) throw new Error(`not a period: ${id}`);
  return period;
};

describe("period ids", () => {
  it("reads the four canonical forms", () => {
    expect(parsePeriod("2026-11")).toEqual({ id: "2026-11", kind: "month", year: 2026, index: 11 });
    expect(parsePeriod("2026-Q4")).toEqual({ id: "2026-Q4", kind: "quarter", year: 2026, index: 4 });
    expect(parsePeriod("2026-H2")).toEqual({ id: "2026-H2", kind: "half-year", year: 2026, index: 2 });
    expect(parsePeriod("2026")).toEqual({ id: "2026", kind: "year", year: 2026, index: 1 });
  });

  it("reads the spellings spreadsheets use and writes them canonically", () => {
    const spellings: [string, string][] = [
      ["2026-3", "2026-03"],
      ["2026/03", "2026-03"],
      ["2026.3", "2026-03"],
      [" 2026-03 ", "2026-03"],
      ["2026年3月", "2026-03"],
      ["２０２６年１２月", "2026-12"], // full-width digits
      ["2026q4", "2026-Q4"],
      ["2026-q1", "2026-Q1"],
      ["2026年第四季度", "2026-Q4"],
      ["2026年第2季度", "2026-Q2"],
      ["2026h1", "2026-H1"],
      ["2026年上半年", "2026-H1"],
      ["2026年下半年", "2026-H2"],
      ["2026年", "2026"],
    ];
    for (const [text, id] of spellings) expect(parsePeriod(text)?.id, text).toBe(id);
  });

  it("rejects what is not a period", () => {
    for (const text of [
      "2026-13",
      "2026-00",
      "2026-Q5",
      "2026-Q0",
      "2026-H3",
      "26-11",
      "0999",
      "2026-11-15",
      "",
      "Q4",
      "abc",
    ]) {
      expect(parsePeriod(text), text).toBeUndefined();
    }
  });

  it("makes periods and refuses out-of-range ones", () => {
    expect(makePeriod("month", 2026, 1).id).toBe("2026-01");
    expect(makePeriod("half-year", 2026, 1).id).toBe("2026-H1");
    expect(() => makePeriod("quarter", 2026, 5)).toThrow(RangeError);
    expect(() => makePeriod("month", 999, 1)).toThrow(RangeError);
  });
});

describe("periodOf: an instant in a stated time zone", () => {
  // 2026-06-30T17:00Z is 01:00 on 1 July in Shanghai (UTC+8), still 18:00 on 30 June in London (BST, UTC+1).
  it("puts the same instant in different months in different zones", () => {
    expect(periodOf("2026-06-30T17:00:00Z", "month", "Asia/Shanghai").id).toBe("2026-07");
    expect(periodOf("2026-06-30T17:00:00Z", "month", "Europe/London").id).toBe("2026-06");
    expect(periodOf("2026-06-30T17:00:00Z", "quarter", "Asia/Shanghai").id).toBe("2026-Q3");
    expect(periodOf("2026-06-30T17:00:00Z", "half-year", "Asia/Shanghai").id).toBe("2026-H2");
    expect(periodOf("2026-06-30T17:00:00Z", "half-year", "Europe/London").id).toBe("2026-H1");
  });

  it("reads a Date and epoch milliseconds as instants", () => {
    // 2025-12-31T16:30Z: 00:30 on 1 January 2026 in Shanghai.
    const instant = new Date(Date.UTC(2025, 11, 31, 16, 30));
    expect(periodOf(instant, "year", "Asia/Shanghai").id).toBe("2026");
    expect(periodOf(instant.getTime(), "year", "UTC").id).toBe("2025");
  });

  it("reads a time without an offset as wall-clock time in the zone", () => {
    expect(periodOf("2026-11-15", "month", "Asia/Shanghai").id).toBe("2026-11");
    expect(periodOf("2026-12-31T23:59", "year", "Pacific/Kiritimati").id).toBe("2026");
    expect(periodOf("2026-01-01 00:00:00", "quarter", "America/New_York").id).toBe("2026-Q1");
    // Read as a UTC instant, midnight of 1 November would be 31 October in New York.
    expect(periodOf("2026-11-01", "month", "America/New_York").id).toBe("2026-11");
  });

  it("reads a time with an offset as an instant", () => {
    // 00:30 on 1 November at UTC+8 is 16:30 on 31 October in UTC.
    expect(periodOf("2026-11-01T00:30:00+08:00", "month", "UTC").id).toBe("2026-10");
    expect(periodOf("2026-11-01T00:30+0800", "month", "Asia/Shanghai").id).toBe("2026-11");
  });

  it("throws a RangeError for an unknown zone or an unreadable date", () => {
    expect(() => periodOf("2026-11-15", "month", "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => periodOf("2026-02-30", "month", "UTC")).toThrow(RangeError);
    expect(() => periodOf("yesterday", "month", "UTC")).toThrow(RangeError);
    expect(() => periodOf("2026-02-30T10:00:00Z", "month", "UTC")).toThrow(RangeError);
    expect(() => periodOf("2026-02-01Z", "month", "UTC")).toThrow(RangeError);
    expect(() => periodOf(Number.NaN, "month", "UTC")).toThrow(RangeError);
  });
});

describe("containment and arithmetic", () => {
  it("lists the months of a half year and the quarters of a year", () => {
    expect(periodsWithin(p("2026-H2"), "month").map((x) => x.id)).toEqual([
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(periodsWithin(p("2026"), "quarter").map((x) => x.id)).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
    expect(periodsWithin(p("2026-Q2"), "month").map((x) => x.id)).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(periodsWithin(p("2026-03"), "year")).toEqual([]);
  });

  it("finds the enclosing quarter, half year and year", () => {
    expect(enclosingPeriod(p("2026-11"), "quarter")?.id).toBe("2026-Q4");
    expect(enclosingPeriod(p("2026-06"), "half-year")?.id).toBe("2026-H1");
    expect(enclosingPeriod(p("2026-07"), "half-year")?.id).toBe("2026-H2");
    expect(enclosingPeriod(p("2026-Q3"), "year")?.id).toBe("2026");
    expect(enclosingPeriod(p("2026-Q3"), "month")).toBeUndefined();
    expect(periodContains(p("2026-H2"), p("2026-09"))).toBe(true);
    expect(periodContains(p("2026-H2"), p("2026-Q2"))).toBe(false);
    expect(periodContains(p("2026"), p("2025-12"))).toBe(false);
  });

  it("steps to the previous period and the same period a year before", () => {
    expect(shiftPeriod(p("2026-01"), -1).id).toBe("2025-12");
    expect(shiftPeriod(p("2026-12"), 1).id).toBe("2027-01");
    expect(shiftPeriod(p("2026-Q1"), -1).id).toBe("2025-Q4");
    expect(shiftPeriod(p("2026-H1"), 3).id).toBe("2027-H2");
    expect(yearBefore(p("2026-11")).id).toBe("2025-11");
    expect(yearBefore(p("2026-Q4")).id).toBe("2025-Q4");
  });

  it("gives first and last days, leap years included", () => {
    expect(periodBounds(p("2026-02"))).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(periodBounds(p("2028-02"))).toEqual({ start: "2028-02-01", end: "2028-02-29" });
    expect(periodBounds(p("2026-Q4"))).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(periodBounds(p("2026-H1"))).toEqual({ start: "2026-01-01", end: "2026-06-30" });
    expect(periodBounds(p("2026"))).toEqual({ start: "2026-01-01", end: "2026-12-31" });
  });

  it("orders periods in time", () => {
    const sorted = ["2026-Q1", "2026", "2025-12", "2026-01", "2026-H1"].map(p).sort(comparePeriods);
    expect(sorted.map((x) => x.id)).toEqual(["2025-12", "2026-01", "2026-Q1", "2026-H1", "2026"]);
  });
});
