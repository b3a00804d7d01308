import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compile, Decimal, type PolicyInput, type Scorecard } from "../../src/index";
import { add, cmp, div, fixed, mul, parseRational, type Rational, rational, sub } from "../helpers/rational";

/** A weighted sheet: weights in hundredths of a percent adding up to 100%, part scores or no data. */
const sheet = fc
  .integer({ min: 1, max: 6 })
  .chain((count) =>
    fc.record({
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: count - 1, maxLength: count - 1 }),
      parts: fc.array(
        fc.integer({ min: 1, max: 20000 }).chain((maxHundredths) =>
          fc.record({
            max: fc.constant(maxHundredths),
            score: fc.option(fc.integer({ min: 0, max: maxHundredths }), { nil: undefined }),
          }),
        ),
        { minLength: count, maxLength: count },
      ),
      max: fc.integer({ min: 1, max: 100000 }),
      rule: fc.constantFrom("redistribute" as const, "zero" as const),
    }),
  )
  .map(({ cuts, parts, max, rule }) => {
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), 10000];
    const weights = parts.map((_, i) => (bounds[i + 1] as number) - (bounds[i] as number));
    return { weights, parts, max, rule };
  });

type Sheet = {
  weights: number[];
  parts: { max: number; score?: number | undefined }[];
  max: number;
  rule: "redistribute" | "zero";
};

const hundredths = (value: number) => fixed(BigInt(value), 2);

function policyOf(s: Sheet): PolicyInput {
  return {
    id: "sheet",
    version: "1",
    name: { en: "sheet", "zh-CN": "表" },
    cycle: "month",
    maxScore: hundredths(s.max),
    inputs: Object.fromEntries(s.parts.map((_, i) => [`p${i}`, { type: "decimal", required: false }])),
    components: [
      {
        id: "kpi",
        kind: "weighted",
        max: hundredths(s.max),
        noData: s.rule,
        parts: s.parts.map((part, i) => ({
          weight: hundredths(s.weights[i] as number),
          component: { id: `c${i}`, kind: "given", max: hundredths(part.max), input: `p${i}` },
        })),
      },
    ],
    grades: [{ id: "any" }],
  };
}

/** The exact weighted score, from the issue's rule: Σ weight × score / part max, over the weight counted. */
function oracle(s: Sheet): Rational | undefined {
  const scored = s.parts.map((part, i) => ({ ...part, weight: s.weights[i] as number }));
  if (scored.every((part) => part.score === undefined)) return undefined;
  let counted = rational(0n);
  let sum = rational(0n);
  for (const part of scored) {
    if (s.rule === "zero" || part.score !== undefined) counted = add(counted, rational(BigInt(part.weight)));
    if (part.score === undefined) continue;
    sum = add(
      sum,
      div(mul(rational(BigInt(part.weight)), rational(BigInt(part.score))), rational(BigInt(part.max))),
    );
  }
  return div(mul(rational(BigInt(s.max), 100n), sum), counted);
}

function sumOfDeltas(card: Scorecard): Decimal {
  return (
    card.components[0]?.trace.reduce((acc, step) => acc.plus(step.delta), new Decimal(0)) ?? new Decimal(0)
  );
}

describe("weighted totals (property)", () => {
  test.prop([sheet], { numRuns: 250 })(
    "stay within [0, max], are the exact oracle rounded at the 20th place, and their trace adds up",
    (s) => {
      const card = compile(policyOf(s)).score({
        subject: "s",
        ...Object.fromEntries(
          s.parts.map((part, i) => [`p${i}`, part.score === undefined ? "" : hundredths(part.score)]),
        ),
      });
      if (card.status === "rejected") throw new Error(card.issues[0]?.message);
      const exact = oracle(s);
      const total = parseRational(card.total.toString());
      const max = rational(BigInt(s.max), 100n);
      expect(cmp(total, rational(0n))).toBeGreaterThanOrEqual(0);
      expect(cmp(total, max)).toBeLessThanOrEqual(0);
      if (exact === undefined) {
        expect(card.components[0]?.noData).toBe(true);
        return;
      }
      // Rounded once, half-up at the 20th place, from contributions worked out to 30 places.
      const error = sub(total, exact);
      const bound = add(rational(1n, 2n * 10n ** 20n), rational(BigInt(s.parts.length), 10n ** 30n));
      expect(cmp(error.n < 0n ? rational(-error.n, error.d) : error, bound)).toBeLessThanOrEqual(0);
      expect(sumOfDeltas(card).eq(card.total)).toBe(true);
    },
  );
});
