import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumOfSlots, weightedSum } from "../../src/engine/fast/weighted-sum";

/** Slots, weights and the values they index: every arity written out (0–6) and some past it. */
const terms = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }).chain((values) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 50 })), { maxLength: 9 })
    .map((pairs) => ({
      values,
      slots: pairs.map(([slot]) => slot),
      weights: pairs.map(([, weight]) => weight),
    })),
);

describe("weightedSum", () => {
  it("is Σ values[slot] × weight, whatever the number of terms", () => {
    fc.assert(
      fc.property(terms, ({ values, slots, weights }) => {
        let expected = 0;
        slots.forEach((slot, i) => {
          expected += (values[slot] as number) * (weights[i] as number);
        });
        expect(weightedSum(slots, weights)(values)).toBe(expected);
        expect(sumOfSlots(values, slots)).toBe(
          slots.reduce((sum, slot) => sum + (values[slot] as number), 0),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("sums P1's complaints by hand: 2 valid × 6 + 1 major × 12", () => {
    expect(weightedSum([7, 8], [6, 12])([1, 0, 0, 0, 0, 0, 0, 2, 1])).toBe(24);
    expect(sumOfSlots([1, 2], [])).toBe(0);
  });
});
