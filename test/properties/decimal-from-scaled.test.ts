import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DECIMAL_PATTERN, Decimal, decimalFromScaled, toDecimal } from "../../src/decimal";

/** The decimal string of scaled / 10^places, written by hand (not by decimal.js). */
function plain(scaled: number, places: number): string {
  const sign = scaled < 0 ? "-" : "";
  const digits = String(Math.abs(scaled)).padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = places === 0 ? "" : `.${digits.slice(digits.length - places)}`;
  return `${sign}${whole}${fraction}`;
}

describe("decimalFromScaled", () => {
  it("builds the same decimal as parsing its string, inner form included", () => {
    const scaled = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger().map((n) => (n % 2 === 0 ? n : -n)),
      fc.integer({ min: 0, max: 12 }).map((p) => 10 ** p),
    );
    fc.assert(
      fc.property(scaled, fc.integer({ min: 0, max: 12 }), (n, places) => {
        const fast = decimalFromScaled(n, places) as unknown as { s: number; e: number; d: number[] };
        const parsed = new Decimal(plain(n, places)) as unknown as { s: number; e: number; d: number[] };
        expect([fast.s, fast.e, fast.d]).toEqual([parsed.s, parsed.e, parsed.d]);
        expect((fast as unknown as Decimal).eq(parsed as unknown as Decimal)).toBe(true);
        expect((fast as unknown as Decimal).plus(1).toString()).toBe(
          (parsed as unknown as Decimal).plus(1).toString(),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("gives decimals of kaoping's own constructor", () => {
    const value = decimalFromScaled(255145, 2);
    expect(value).toBeInstanceOf(Decimal);
    expect(value.toFixed(2)).toBe("2551.45");
    expect(JSON.stringify({ pay: value })).toBe('{"pay":"2551.45"}');
  });

  it("refuses an unsafe integer", () => {
    expect(() => decimalFromScaled(2 ** 53, 0)).toThrow(RangeError);
    expect(() => decimalFromScaled(1.5, 0)).toThrow(RangeError);
  });
});

describe("toDecimal", () => {
  it("reads decimal strings exactly as decimal.js parses them, and refuses what the pattern refuses", () => {
    const text = fc.oneof(
      fc.stringMatching(/^-?(0|[1-9][0-9]{0,18})(\.[0-9]{1,6})?$/),
      fc.string({ maxLength: 8 }),
      fc.constantFrom("01", "-", ".5", "5.", "1e3", "--1", "0.0", "-0", "00.1", " 12.50 ", "NaN"),
    );
    fc.assert(
      fc.property(text, (value) => {
        const ours = toDecimal(value);
        const trimmed = value.trim();
        const valid = DECIMAL_PATTERN.test(trimmed);
        expect(ours !== undefined).toBe(valid);
        if (ours !== undefined) {
          const parsed = new Decimal(trimmed) as unknown as { s: number; e: number; d: number[] };
          const inner = ours as unknown as { s: number; e: number; d: number[] };
          expect([inner.e, inner.d]).toEqual([parsed.e, parsed.d]);
          expect(ours.eq(parsed as unknown as Decimal)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
