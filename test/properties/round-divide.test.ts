import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RoundingMode } from "../../src/decimal";
import { integerRounding, roundDivide } from "../../src/engine/fast/round-divide";

const MODES: readonly RoundingMode[] = ["half-up", "half-down", "half-even", "up", "down"];
const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** The oracle: n / d rounded by the mode's own definition, in BigInt (d > 0). */
function oracle(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = n < 0n;
  const m = negative ? -n : n;
  const q = m / d;
  const r = m % d;
  const up = {
    "half-up": 2n * r >= d,
    "half-down": 2n * r > d,
    "half-even": 2n * r > d || (2n * r === d && q % 2n === 1n),
    up: r > 0n,
    down: false,
  }[mode];
  const rounded = up && r > 0n ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** Safe integers of every size: small ones, where ties are common, and ones near 2^53. */
const integer = (min: bigint) =>
  fc.oneof(
    fc.bigInt({ min: min < -1000n ? -1000n : min, max: 1000n }),
    fc.bigInt({ min, max: MAX }),
    fc.bigInt({ min: MAX - 1000n, max: MAX }),
  );

describe("roundDivide", () => {
  it("rounds exactly by every mode, as a BigInt oracle does, up to 2^53", () => {
    fc.assert(
      fc.property(integer(-MAX), integer(1n), fc.constantFrom(...MODES), (n, d, mode) => {
        const want = oracle(n, d, mode);
        // -0 and 0 are one integer here; the fast path never tells them apart.
        expect(roundDivide(Number(n), Number(d), mode) + 0).toBe(Number(want));
        expect(integerRounding(mode)(Number(n), Number(d)) + 0).toBe(Number(want));
      }),
      { numRuns: 3000 },
    );
  });

  it("decides exact ties by the mode, on both sides of zero", () => {
    // [mode, 2551.5, 2552.5, 2551.445], each in thousandths over 1000, worked by hand.
    const cases: [RoundingMode, number, number, number][] = [
      ["half-up", 2552, 2553, 2551],
      ["half-down", 2551, 2552, 2551],
      ["half-even", 2552, 2552, 2551],
      ["up", 2552, 2553, 2552],
      ["down", 2551, 2552, 2551],
    ];
    for (const [mode, odd, even, under] of cases) {
      expect(roundDivide(2551500, 1000, mode)).toBe(odd);
      expect(roundDivide(-2551500, 1000, mode)).toBe(-odd);
      expect(roundDivide(2552500, 1000, mode)).toBe(even);
      expect(roundDivide(-2552500, 1000, mode)).toBe(-even);
      expect(roundDivide(2551445, 1000, mode)).toBe(under);
    }
  });

  it("gives NaN for an operand that is not a safe integer, or a divisor below 1", () => {
    for (const mode of MODES) {
      expect(roundDivide(2 ** 53, 3, mode)).toBeNaN();
      expect(roundDivide(1.5, 3, mode)).toBeNaN();
      expect(roundDivide(7, 0, mode)).toBeNaN();
      expect(roundDivide(7, -2, mode)).toBeNaN();
      expect(roundDivide(Number.NaN, 2, mode)).toBeNaN();
    }
  });
});
