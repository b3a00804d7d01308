import { describe, expect, it } from "vitest";
import {
  cnCalendar,
  compile,
  getPreset,
  mondayToFriday,
  type PolicyInput,
  performancePaySchedule,
  type Schedule,
  scheduleDates,
  type WorkingDays,
} from "../../src/index";

describe("P2's schedule: collect 10th–15th, pay by the 20th", () => {
  it("gives November 2026's dates in December, the 20th (a Sunday) moved back to Friday the 18th", () => {
    // 2026-12-10 is a Thursday, 2026-12-15 a Tuesday, 2026-12-20 a Sunday.
    expect(scheduleDates(performancePaySchedule, "2026-11")).toEqual([
      {
        id: "collect",
        name: { en: "Figures collected and checked", "zh-CN": "数据收集与审核" },
        from: { date: "2026-12-10", nominal: "2026-12-10" },
        to: { date: "2026-12-15", nominal: "2026-12-15" },
      },
      {
        id: "pay",
        name: { en: "Performance pay paid", "zh-CN": "发放绩效工资" },
        to: { date: "2026-12-18", nominal: "2026-12-20" },
      },
    ]);
  });

  it("leaves a pay date on a working day where it is", () => {
    // December 2026's pay: 2027-01-20 is a Wednesday.
    expect(scheduleDates(performancePaySchedule, "2026-12")[1]?.to).toEqual({
      date: "2027-01-20",
      nominal: "2027-01-20",
    });
  });

  it("moves on the working calendar it is given (a holiday on Friday the 18th → Thursday the 17th)", () => {
    const holidays: WorkingDays = {
      isWorkingDay: (date) => date !== "2026-12-18" && mondayToFriday.isWorkingDay(date),
    };
    expect(scheduleDates(performancePaySchedule, "2026-11", { workingDays: holidays })[1]?.to).toEqual({
      date: "2026-12-17",
      nominal: "2026-12-20",
    });
  });

  it("moves forward with next-working-day, and months are counted from the period's last month", () => {
    const schedule: Schedule = {
      milestones: [
        { id: "report", to: { day: 1, monthsAfter: 1, shift: "next-working-day" } },
        { id: "close", to: { day: "last", monthsAfter: 0 } },
        { id: "review", from: { day: 31, monthsAfter: 2 }, to: { day: 31, monthsAfter: 2 } },
      ],
    };
    // 2026-Q3 ends in September. October 1st 2026 is a Thursday; 2026-11-31 does not exist → 30th.
    expect(scheduleDates(schedule, "2026-Q3")).toEqual([
      { id: "report", to: { date: "2026-10-01", nominal: "2026-10-01" } },
      { id: "close", to: { date: "2026-09-30", nominal: "2026-09-30" } },
      {
        id: "review",
        from: { date: "2026-11-30", nominal: "2026-11-30" },
        to: { date: "2026-11-30", nominal: "2026-11-30" },
      },
    ]);
    // 2027-05-01 is a Saturday: the next working day is Monday the 3rd.
    expect(scheduleDates(schedule, "2027-04")[0]?.to).toEqual({ date: "2027-05-03", nominal: "2027-05-01" });
    // A February: day 31 is its last day (2028 is a leap year).
    expect(scheduleDates(schedule, "2027-12")[2]?.to.date).toBe("2028-02-29");
  });

  it("crosses a year for a period at its end, and accepts a period object", () => {
    expect(scheduleDates(performancePaySchedule, "2026-12")[0]?.from?.date).toBe("2027-01-10");
  });

  it("throws a RangeError for a bad period id or a calendar without working days", () => {
    expect(() => scheduleDates(performancePaySchedule, "2026-13")).toThrow(RangeError);
    expect(() =>
      scheduleDates(performancePaySchedule, "2026-11", { workingDays: { isWorkingDay: () => false } }),
    ).toThrow(RangeError);
  });

  it("knows Monday to Friday", () => {
    // 2026-12-14 is a Monday.
    const week = ["14", "15", "16", "17", "18", "19", "20"].map((d) =>
      mondayToFriday.isWorkingDay(`2026-12-${d}`),
    );
    expect(week).toEqual([true, true, true, true, true, false, false]);
    expect(() => mondayToFriday.isWorkingDay("2026-12-32")).toThrow(RangeError);
  });
});

describe("schedules on the PRC working calendar (cnCalendar: public holidays and make-up working days)", () => {
  // The 2026 official calendar: Spring Festival off Sunday 15 – Monday 23 February; Saturdays
  // 14 and 28 February are make-up working days (调休上班). 2026-02-01 is a Sunday.
  const cn = cnCalendar();

  it("moves January 2026's pay day back from Friday 20 February, a holiday, to the make-up Saturday the 14th", () => {
    // Pay by 20 February, else the working day before it: 19, 18, 17, 16, 15 are holidays too; 14 is worked.
    const [collect, pay] = scheduleDates(performancePaySchedule, "2026-01", { workingDays: cn });
    expect(pay?.to).toEqual({ date: "2026-02-14", nominal: "2026-02-20" });
    // The collection window has no shift: it stays 10–15 February, although the 15th is a holiday.
    expect([collect?.from?.date, collect?.to.date]).toEqual(["2026-02-10", "2026-02-15"]);
    // On Monday to Friday alone the 20th is an ordinary Friday.
    expect(scheduleDates(performancePaySchedule, "2026-01")[1]?.to.date).toBe("2026-02-20");
  });

  it("counts the make-up Saturday 28 February as a working day, moving forward as well", () => {
    const schedule: Schedule = { milestones: [{ id: "report", to: { day: 28, shift: "next-working-day" } }] };
    // Saturday 28 February 2026: worked in the PRC; on Monday to Friday, moved to Monday 2 March.
    expect(scheduleDates(schedule, "2026-01", { workingDays: cn })[0]?.to.date).toBe("2026-02-28");
    expect(scheduleDates(schedule, "2026-01")[0]?.to.date).toBe("2026-03-02");
    // A forward shift from Sunday 15 February skips the holiday to Tuesday 24 February.
    const mid: Schedule = { milestones: [{ id: "mid", to: { day: 15, shift: "next-working-day" } }] };
    expect(scheduleDates(mid, "2026-01", { workingDays: cn })[0]?.to.date).toBe("2026-02-24");
  });

  it.each(["performance-pay", "sales-performance-pay", "after-sales-performance-pay"])(
    "the P2 preset %s carries P2's schedule, which compiles and places January's pay on 14 February",
    (name) => {
      const policy = compile(getPreset(name) as PolicyInput).policy;
      expect(policy.schedule).toEqual({
        milestones: [
          expect.objectContaining({ id: "collect", from: { day: 10 }, to: { day: 15 } }),
          expect.objectContaining({ id: "pay", to: { day: 20, shift: "previous-working-day" } }),
        ],
      });
      const schedule = policy.schedule as Schedule;
      expect(scheduleDates(schedule, "2026-01", { workingDays: cn })[1]?.to.date).toBe("2026-02-14");
    },
  );
});
