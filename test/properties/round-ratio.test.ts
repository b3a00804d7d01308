import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal";
import { ratio, roundRatio } from "../../src/ratio";
import { parseRational, type rational, toFixedHalfUp } from "../helpers/rational";

describe("roundRatio", () => {
  it("rounds half-up exactly, as an independent BigInt oracle does, small or huge", () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, places]) => {
        const digits = n.toString().padStart(places + 1, "0");
        return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
      });
    fc.assert(
      fc.property(
        decimal,
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d, places) => {
          const got = roundRatio(ratio(new Decimal(n), new Decimal(d)), places, "half-up");
          const want = toFixedHalfUp(
            { n: parseRational(n).n * 1n, d: parseRational(n).d * BigInt(d) } as ReturnType<typeof rational>,
            places,
          );
          expect(got.toFixed(places)).toBe(want);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("decides exact ties by the mode", () => {
    const tie = ratio(new Decimal("3146089.5"), new Decimal(300)); // 10486.965
    expect(roundRatio(tie, 2, "half-up").toFixed(2)).toBe("10486.97");
    expect(roundRatio(tie, 2, "half-down").toFixed(2)).toBe("10486.96");
    expect(roundRatio(tie, 2, "half-even").toFixed(2)).toBe("10486.96");
    expect(roundRatio(tie, 2, "up").toFixed(2)).toBe("10486.97");
    expect(roundRatio(tie, 2, "down").toFixed(2)).toBe("10486.96");
  });
});
