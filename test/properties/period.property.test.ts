import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  enclosingPeriod,
  makePeriod,
  PERIOD_KINDS,
  type PeriodKind,
  parsePeriod,
  periodBounds,
  periodContains,
  periodOf,
  periodsWithin,
  shiftPeriod,
} from "../../src/index";

const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, "half-year": 2, year: 1 };
const period = fc
  .tuple(fc.constantFrom(...PERIOD_KINDS), fc.integer({ min: 1100, max: 9800 }), fc.nat())
  .map(([kind, year, n]) => makePeriod(kind, year, (n % PER_YEAR[kind]) + 1));
const RUNS = { numRuns: 300 };

describe("period properties", () => {
  it("reads back every id it writes", () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(p.id)).toEqual(p);
      }),
      RUNS,
    );
  });

  it("shifting there and back is the identity, and a year of shifts is a year", () => {
    fc.assert(
      fc.property(period, fc.integer({ min: -30, max: 30 }), (p, n) => {
        expect(shiftPeriod(shiftPeriod(p, n), -n)).toEqual(p);
        expect(shiftPeriod(p, PER_YEAR[p.kind]).year).toBe(p.year + 1);
      }),
      RUNS,
    );
  });

  it("the months within a period lie within it, cover it day to day, and it encloses them", () => {
    fc.assert(
      fc.property(period, (p) => {
        const months = periodsWithin(p, "month");
        expect(months).toHaveLength(12 / PER_YEAR[p.kind]);
        for (const month of months) {
          expect(periodContains(p, month)).toBe(true);
          expect(enclosingPeriod(month, p.kind)).toEqual(p);
        }
        expect(periodBounds(months[0] as typeof p).start).toBe(periodBounds(p).start);
        expect(periodBounds(months.at(-1) as typeof p).end).toBe(periodBounds(p).end);
      }),
      RUNS,
    );
  });

  it("an instant's month lies within its quarter, half year and year, in any zone", () => {
    const zones = fc.constantFrom(
      "UTC",
      "Asia/Shanghai",
      "Europe/Berlin",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
    );
    const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(instant, zones, (time, zone) => {
        const month = periodOf(time, "month", zone);
        for (const kind of ["quarter", "half-year", "year"] as const) {
          expect(periodContains(periodOf(time, kind, zone), month)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
