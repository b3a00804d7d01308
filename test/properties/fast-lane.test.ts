import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LazyScorecard } from "../../src/engine/lazy-scorecard";
import { compile } from "../../src/index";
import { p2PayRule, performanceBaseInput } from "../../src/presets/p2-pay";
import { p1Policy } from "../helpers/p1";

const p1 = p1Policy();
const appraiser = compile({
  ...p1,
  inputs: { ...p1.inputs, performance_base: performanceBaseInput },
  payouts: [p2PayRule],
} as never);

/** Values a spreadsheet or a JSON feed may hold: plain, odd, and wrong. */
const cell = (plain: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 12, arbitrary: plain },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        " ",
        "007",
        "0",
        "3.0",
        "-1",
        "1e2",
        " 3 ",
        "3.",
        ".5",
        "0.50",
        "00.50",
        "1..50",
        "-1.00",
        "1.2.30",
        "12.345",
        "是",
        "否",
      ),
    },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.boolean()) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], {}) },
  );

const tiers = ["very-satisfied", "basically-satisfied", "average", "很满意", "Very satisfied", "great"];
const count = fc.oneof(fc.nat(80), fc.nat(80).map(String));

const raw = fc.record({
  subject: cell(fc.constantFrom("Unit A", " Unit B ", "7")),
  inspected: cell(fc.constantFrom(true, false, "yes", "no", 1, 0)),
  findings: cell(count),
  survey: cell(fc.oneof(fc.constantFrom(...tiers), fc.array(fc.constantFrom(...tiers), { maxLength: 4 }))),
  valid: cell(count),
  major: cell(count),
  base: cell(
    fc.oneof(
      fc.nat(10 ** 9).map((cents) => (cents / 100).toFixed(2)),
      fc.nat(10 ** 6),
      fc.nat(10 ** 6).map((cents) => (cents / 100).toFixed(1)),
    ),
  ),
});

describe("the fast lane reads records as the record reader does", () => {
  it("on plain, odd and wrong values: a card from the lane is the record reader's card", () => {
    let laned = 0;
    fc.assert(
      // A record from JSON is a plain object; one from some CSV parsers has no prototype.
      fc.property(
        raw,
        fc.constantFrom("plain", "bare"),
        ({ subject, inspected, findings, survey, valid, major, base }, shape) => {
          const fields = { subject, inspected, findings, survey, performance_base: base };
          const flat = { ...fields, valid_complaints: valid, major_complaints: major };
          const card = appraiser.score(shape === "bare" ? Object.assign(Object.create(null), flat) : flat);
          // The lane gives cards only; what it declines, the record reader takes (the same code as the reference).
          if (card.status === "rejected" || !(card as LazyScorecard).scoredInIntegers) return;
          laned++;
          // Nested counts always take the record reader and the decimal path: the reference.
          const reference = appraiser.score({ ...fields, complaints: { valid, major } });
          expect(JSON.stringify(card)).toBe(JSON.stringify(reference));
        },
      ),
      { numRuns: 1000 },
    );
    expect(laned).toBeGreaterThan(100);
  });
});
