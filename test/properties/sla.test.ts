import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CalendarSpec,
  calendar24x7,
  cnCalendar,
  compileSla,
  dueAt,
  elapsedMs,
  type Interval,
  type WorkingCalendar,
  workingCalendar,
} from "../../src/index";
import { mergeIntervals } from "../../src/sla/elapsed";

const RUNS = { numRuns: 150 };
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

// ——— An independent oracle: count minute by minute, reading each minute's local time with Intl ———

const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};
const DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** What the oracle knows of a calendar: plain sets and minute ranges, nothing from kaoping. */
interface OracleCalendar {
  readonly zone: string;
  readonly weekly: readonly (readonly [number, number])[][]; // Monday first
  readonly holidays: ReadonlySet<string>;
  readonly workdays: ReadonlySet<string>;
  readonly extra: readonly (readonly [number, number])[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function localParts(instant: number, zone: string) {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_INDEX[parts.weekday as string] as number,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function oracleCounts(calendar: OracleCalendar, instant: number): boolean {
  const { date, weekday, minute } = localParts(instant, calendar.zone);
  const shifts = calendar.holidays.has(date)
    ? []
    : calendar.workdays.has(date)
      ? calendar.extra
      : (calendar.weekly[weekday] ?? []);
  return shifts.some(([start, end]) => minute >= start && minute < end);
}

/** Working minutes in [from, to), less pauses, counted one minute at a time (from and to are whole minutes). */
function oracleElapsed(
  calendar: OracleCalendar | "24x7",
  from: number,
  to: number,
  pauses: readonly Interval[],
) {
  let total = 0;
  for (let t = from; t < to; t += MIN) {
    if (pauses.some(([start, end]) => t >= start && t < end)) continue;
    if (calendar === "24x7" || oracleCounts(calendar, t)) total += MIN;
  }
  return total;
}

// ——— Calendars under test, each with its oracle twin ———

/** The PRC data for the oracle, written out from the State Council's 2026 notice (not from chinese-days). */
const CN_2026_HOLIDAYS = [
  ...["01", "02", "03"].map((d) => `2026-01-${d}`),
  ...["15", "16", "17", "18", "19", "20", "21", "22", "23"].map((d) => `2026-02-${d}`),
  "2026-04-04",
  "2026-04-05",
  "2026-04-06",
  ...["01", "02", "03", "04", "05"].map((d) => `2026-05-${d}`),
  "2026-06-19",
  "2026-06-20",
  "2026-06-21",
  "2026-09-25",
  "2026-09-26",
  "2026-09-27",
  ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `2026-10-${d}`),
];
const CN_2026_WORKDAYS = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"];
const NINE_TO_SIX: [number, number][] = [[540, 1080]];
const cnOracle: OracleCalendar = {
  zone: "Asia/Shanghai",
  weekly: [NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, [], []],
  holidays: new Set(CN_2026_HOLIDAYS),
  workdays: new Set(CN_2026_WORKDAYS),
  extra: NINE_TO_SIX,
};

/**
 * Shifts of a day: boundaries on the half hour, never inside 02:00–03:00, the hour that a DST
 * change skips or repeats (where a wall-clock time names no instant, or two).
 */
const boundaryArb = fc
  .integer({ min: 0, max: 48 })
  .map((half) => half * 30)
  .filter((minute) => minute < 120 || minute >= 180);
const shiftsArb = fc
  .uniqueArray(boundaryArb, { maxLength: 4 })
  .map((bounds) => [...bounds].sort((a, b) => a - b))
  .map((bounds) => {
    const shifts: [number, number][] = [];
    for (let i = 0; i + 1 < bounds.length; i += 2)
      shifts.push([bounds[i] as number, bounds[i + 1] as number]);
    return shifts;
  });
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** Dates around Berlin's 2026 DST changes (29 March, 25 October) to list as holidays or working days. */
const berlinDateArb = fc.constantFrom(
  ...[
    "2026-03-27",
    "2026-03-28",
    "2026-03-29",
    "2026-03-30",
    "2026-10-24",
    "2026-10-25",
    "2026-10-26",
    "2026-10-27",
  ],
);

const berlinCalendarArb = fc
  .record({
    weekly: fc.array(shiftsArb, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(berlinDateArb, { maxLength: 2 }),
    workdays: fc.uniqueArray(berlinDateArb, { maxLength: 2 }),
  })
  .filter(
    ({ weekly, holidays, workdays }) =>
      weekly.some((day) => day.length > 0) && !holidays.some((d) => workdays.includes(d)),
  )
  .map(({ weekly, holidays, workdays }) => {
    const spec: CalendarSpec = {
      zone: "Europe/Berlin",
      hours: Object.fromEntries(
        DAY_NAMES.map((day, i) => [day, (weekly[i] ?? []).map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`)]),
      ),
      holidays,
      workdays,
    };
    const extra = weekly.find((day) => day.length > 0) ?? [];
    const oracle: OracleCalendar = {
      zone: "Europe/Berlin",
      weekly,
      holidays: new Set(holidays),
      workdays: new Set(workdays),
      extra,
    };
    return { calendar: workingCalendar(spec, { id: "berlin" }), oracle };
  });

/** Whole-minute instants near the holidays of 2026 and Berlin's DST changes, plus anywhere in the year. */
const anchorArb = fc.constantFrom(
  Date.parse("2026-02-11T00:00Z"),
  Date.parse("2026-02-25T00:00Z"),
  Date.parse("2026-09-17T00:00Z"),
  Date.parse("2026-09-29T00:00Z"),
  Date.parse("2026-10-06T00:00Z"),
  Date.parse("2026-03-27T12:00Z"),
  Date.parse("2026-10-23T12:00Z"),
);
const instantArb = fc.oneof(
  fc
    .tuple(anchorArb, fc.integer({ min: 0, max: 5 * 24 * 60 }))
    .map(([anchor, minutes]) => anchor + minutes * MIN),
  fc
    .integer({ min: 0, max: 365 * 24 * 60 })
    .map((minutes) => Date.parse("2026-01-01T00:00Z") + minutes * MIN),
);
/** A start and a span of up to four days (the oracle counts every minute). */
const spanArb = fc
  .tuple(instantArb, fc.integer({ min: 0, max: 4 * 24 * 60 }))
  .map(([from, minutes]) => [from, from + minutes * MIN] as const);
const pausesArb = (from: number, to: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: from - DAY, max: to }), fc.integer({ min: 0, max: 2 * 24 * 60 })), {
      maxLength: 3,
    })
    .map((pairs) =>
      mergeIntervals(
        pairs.map(([start, minutes]) => [start - (start % MIN), start - (start % MIN) + minutes * MIN]),
      ),
    );
const spanWithPausesArb = spanArb.chain(([from, to]) =>
  pausesArb(from, to).map((pauses) => ({ from, to, pauses })),
);

const cn = cnCalendar();

describe("elapsed time agrees with a minute-by-minute count", () => {
  it("on the cn calendar: 2026 holidays and make-up working days, pauses subtracted", () => {
    fc.assert(
      fc.property(spanWithPausesArb, ({ from, to, pauses }) => {
        expect(elapsedMs(cn, from, to, pauses)).toBe(oracleElapsed(cnOracle, from, to, pauses));
      }),
      { numRuns: 100 },
    );
  });

  it("across a DST change in Europe/Berlin: split shifts, holidays, extra working days", () => {
    const nearDst = fc.tuple(
      fc.constantFrom(Date.parse("2026-03-27T00:00Z"), Date.parse("2026-10-23T00:00Z")),
      fc.integer({ min: 0, max: 4 * 24 * 60 }),
      fc.integer({ min: 0, max: 4 * 24 * 60 }),
    );
    fc.assert(
      fc.property(berlinCalendarArb, nearDst, ({ calendar, oracle }, [anchor, a, b]) => {
        const [from, to] = [anchor + Math.min(a, b) * MIN, anchor + Math.max(a, b) * MIN];
        expect(elapsedMs(calendar, from, to)).toBe(oracleElapsed(oracle, from, to, []));
      }),
      { numRuns: 100 },
    );
  });

  it("on the 24×7 clock in Berlin: real time, not wall-clock time (the night of 29 March has 23 hours)", () => {
    const berlin = calendar24x7("Europe/Berlin");
    // Saturday 28 March 22:00 (CET, +01:00) → Sunday 29 March 04:00 (CEST, +02:00): 6 h on the clock face, 5 h lived.
    expect(
      elapsedMs(berlin, Date.parse("2026-03-28T22:00+01:00"), Date.parse("2026-03-29T04:00+02:00")),
    ).toBe(5 * 60 * MIN);
    // Saturday 24 October 22:00 (CEST) → Sunday 25 October 04:00 (CET): 7 h lived.
    expect(
      elapsedMs(berlin, Date.parse("2026-10-24T22:00+02:00"), Date.parse("2026-10-25T04:00+01:00")),
    ).toBe(7 * 60 * MIN);
    fc.assert(
      fc.property(spanWithPausesArb, ({ from, to, pauses }) => {
        expect(elapsedMs(berlin, from, to, pauses)).toBe(oracleElapsed("24x7", from, to, pauses));
      }),
      RUNS,
    );
  });
});

describe("properties of elapsed time", () => {
  const calendarArb: fc.Arbitrary<WorkingCalendar> = fc.oneof(
    fc.constant(cn),
    berlinCalendarArb.map(({ calendar }) => calendar),
  );

  it("working time never exceeds calendar time", () => {
    fc.assert(
      fc.property(calendarArb, spanWithPausesArb, (calendar, { from, to, pauses }) => {
        expect(elapsedMs(calendar, from, to, pauses)).toBeLessThanOrEqual(
          elapsedMs(calendar24x7("UTC"), from, to, pauses),
        );
      }),
      RUNS,
    );
  });

  it("adding a holiday never increases working time", () => {
    const dateArb = fc
      .integer({ min: 0, max: 364 })
      .map((day) => new Date(Date.parse("2026-01-01T00:00Z") + day * DAY).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        spanWithPausesArb,
        fc.array(dateArb, { maxLength: 3 }),
        dateArb,
        ({ from, to, pauses }, own, extra) => {
          const before = cnCalendar({ holidays: [...new Set(own)] });
          const after = cnCalendar({ holidays: [...new Set([...own, extra])] });
          expect(elapsedMs(after, from, to, pauses)).toBeLessThanOrEqual(elapsedMs(before, from, to, pauses));
        },
      ),
      RUNS,
    );
  });

  it("is additive: split an interval anywhere and the parts add up", () => {
    fc.assert(
      fc.property(
        calendarArb,
        spanWithPausesArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (calendar, { from, to, pauses }, at) => {
          const middle = from + Math.round((to - from) * at);
          expect(elapsedMs(calendar, from, middle, pauses) + elapsedMs(calendar, middle, to, pauses)).toBe(
            elapsedMs(calendar, from, to, pauses),
          );
        },
      ),
      RUNS,
    );
  });

  it("the due time is the last moment the window holds: the time counted up to it is the window", () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        fc.integer({ min: 1, max: 3 * 24 * 60 }),
        (calendar, from, minutes) => {
          const window = minutes * MIN;
          const due = dueAt(calendar, from, window) as number;
          expect(due).toBeDefined();
          expect(elapsedMs(calendar, from, due)).toBe(window);
          // One millisecond later the window is exceeded.
          expect(elapsedMs(calendar, from, due + 1)).toBe(window + 1);
        },
      ),
      RUNS,
    );
  });
});

describe("met exactly when the elapsed time is within the window", () => {
  const sla = (calendar: string) =>
    compileSla(
      {
        zone: "Asia/Shanghai",
        priorities: [{ id: "p" }],
        rules: [{ when: { priority: "p" }, targets: { firstResponse: { minutes: 1 } } }],
      },
      { calendar },
    );
  const windowsArb = fc.integer({ min: 1, max: 3 * 24 * 60 });

  for (const calendar of ["24x7", "cn"]) {
    it(`on the ${calendar} clock, for any window, opening, response and pauses`, () => {
      fc.assert(
        fc.property(windowsArb, spanWithPausesArb, (minutes, { from, to, pauses }) => {
          const evaluator = compileSla(
            {
              zone: "Asia/Shanghai",
              priorities: [{ id: "p" }],
              rules: [{ when: { priority: "p" }, targets: { firstResponse: { minutes } } }],
            },
            { calendar },
          );
          const result = evaluator.evaluate(
            {
              ticket: "T",
              subject: "S",
              priority: "p",
              openedAt: from,
              respondedAt: to,
              paused: pauses.map(([start, end]) => ({ from: start, to: end })),
            },
            { asOf: to + DAY },
          );
          if (result.status === "rejected") throw new Error(JSON.stringify(result.issues));
          const target = result.targets[0]!;
          const clock = calendar === "cn" ? cn : calendar24x7("Asia/Shanghai");
          const elapsed = elapsedMs(clock, from, to, pauses);
          expect(target.elapsedMs).toBe(elapsed);
          expect(target.status === "met").toBe(elapsed <= minutes * MIN);
          expect(target.status).toBe(elapsed <= minutes * MIN ? "met" : "breached");
          // The due time agrees: met exactly when the response came no later than it.
          if (target.dueAt !== undefined) expect(target.status === "met").toBe(to <= target.dueAt);
        }),
        RUNS,
      );
    });
  }

  it("an evaluation never throws, whatever the records", () => {
    const evaluator = sla("cn");
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (records) => {
        const batch = evaluator.evaluateAll(records, { asOf: "2026-12-31T00:00" });
        expect(batch.tickets.length + batch.rejected.length).toBe(records.length);
      }),
      RUNS,
    );
  });
});
