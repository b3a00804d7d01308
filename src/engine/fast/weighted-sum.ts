import type { FastValues } from "./fast-layout";

/** Up to this many slots, a sum is written out term by term; past it, a loop. */
const WRITTEN_OUT = 6;

/**
 * Σ values[slots[i]] × weights[i]: the integer form most components reduce to (a deduction's
 * points per finding, a tier mean's points per answer).
 *
 * Up to 6 terms, the sum is written out over slots and weights held in constants of the
 * closure, not read from arrays in a loop: where V8 inlines the closure it then folds them into
 * the code, as if the sum had been written by hand for this policy (no code is generated).
 * Each slot is read by index, not through a helper: V8 inlines only so many bytes of bytecode
 * into the plan, and a call's bytes count (P1's tier mean: 92 bytes, against 152 with a helper).
 * Weights are never negative (a policy's points never are), so no sum is -0.
 *
 * @example
 * ```ts
 * const complaints = weightedSum([7, 8], [6, 12]);
 * complaints([1, 0, 0, 0, 0, 0, 0, 2, 1]); //=> 24 (2 valid × 6 + 1 major × 12)
 * ```
 */
export function weightedSum(
  slots: readonly number[],
  weights: readonly number[],
): (values: FastValues) => number {
  const n = slots.length;
  if (n > WRITTEN_OUT) return loopedSum(slots, weights);
  const [s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0] = slots;
  const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0] = weights;
  switch (n) {
    case 0:
      return () => 0;
    case 1:
      return (v) => (v[s0] as number) * w0;
    case 2:
      return (v) => (v[s0] as number) * w0 + (v[s1] as number) * w1;
    case 3:
      return (v) => (v[s0] as number) * w0 + (v[s1] as number) * w1 + (v[s2] as number) * w2;
    case 4:
      return (v) =>
        (v[s0] as number) * w0 + (v[s1] as number) * w1 + (v[s2] as number) * w2 + (v[s3] as number) * w3;
    case 5:
      return (v) =>
        (v[s0] as number) * w0 +
        (v[s1] as number) * w1 +
        (v[s2] as number) * w2 +
        (v[s3] as number) * w3 +
        (v[s4] as number) * w4;
    default:
      return (v) =>
        (v[s0] as number) * w0 +
        (v[s1] as number) * w1 +
        (v[s2] as number) * w2 +
        (v[s3] as number) * w3 +
        (v[s4] as number) * w4 +
        (v[s5] as number) * w5;
  }
}

/**
 * Σ values[slots[i]]: a counts input's keys in all. A plain function, which V8 inlines wherever
 * it is called. As a written-out sum (a closure of {@link weightedSum}'s) a record of P1 scored
 * 5–8% slower, when a tier mean's answers were counted this way.
 *
 * @example
 * ```ts
 * sumOfSlots([0, 0, 4, 1], [2, 3]); //=> 5
 * ```
 */
export function sumOfSlots(values: FastValues, slots: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < slots.length; i++) sum += values[slots[i] as number] as number;
  return sum;
}

/** The same sum past 6 terms, in a loop. */
function loopedSum(slots: readonly number[], weights: readonly number[]): (values: FastValues) => number {
  return (values) => {
    let sum = 0;
    for (let i = 0; i < slots.length; i++)
      sum += (values[slots[i] as number] as number) * (weights[i] as number);
    return sum;
  };
}
