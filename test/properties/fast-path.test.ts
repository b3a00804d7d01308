import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileContext } from "../../src/engine/compile-context";
import { compileFastPlan } from "../../src/engine/fast/fast-plan";
import type { LazyScorecard } from "../../src/engine/lazy-scorecard";
import {
  assertPolicy,
  compile,
  getPreset,
  type PolicyInput,
  plainScorecard,
  type Rejection,
  type Scorecard,
} from "../../src/index";
import { p2PayRule, performanceBaseInput } from "../../src/presets/p2-pay";
import { policyArb, recordArb } from "./arbitraries";

/** A scorecard's JSON without its traces: what both paths must agree on. */
function untraced(card: unknown): string {
  return JSON.stringify(card, (key, value) => (key === "trace" ? [] : value));
}

const money = fc
  .oneof(fc.integer({ min: 0, max: 100_000_00 }), fc.integer({ min: 0, max: 10 ** 11 }))
  .map((cents) => (cents / 100).toFixed(2));

const rounding = fc.record({
  mode: fc.constantFrom("half-up", "half-even", "half-down", "down", "up"),
  places: fc.constantFrom(0, 1, 2),
});

/** Payouts over a generated policy: proportional to the total or by grade, withholdings, limits, rounding. */
const payoutsArb = (grades: string[], maxScore: number) =>
  fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant("proportional"),
        withhold: fc.array(
          fc.oneof(
            fc.record({
              when: fc.integer({ min: 0, max: maxScore }).map((lt) => ({ score: "total", lt })),
              percent: fc.integer({ min: 0, max: 10000 }).map((p) => (p / 100).toString()),
            }),
            fc.record({ when: fc.constantFrom(...grades).map((grade) => ({ grade })), amount: money }),
          ),
          { maxLength: 2 },
        ),
        cap: fc.option(money, { nil: undefined }),
        floor: fc.option(money, { nil: undefined }),
        rounding,
      }),
      fc.record({
        kind: fc.constant("by-grade"),
        amounts: fc.record(Object.fromEntries(grades.map((g) => [g, money]))),
        rounding,
      }),
    ),
    { minLength: 1, maxLength: 2 },
  );

const paidPolicy = policyArb.chain((policy) => {
  const grades = (policy.grades as { id: string }[]).map((g) => g.id);
  return payoutsArb(grades, Number(policy.maxScore)).map((payouts) => {
    const withIds = payouts.map((payout, i) =>
      Object.fromEntries(
        Object.entries({
          id: `p${i}`,
          ...(payout.kind === "proportional" && { base: "base" }),
          ...payout,
        }).filter(([, v]) => v !== undefined),
      ),
    );
    // A floor above the cap is a policy issue: keep the pair in order.
    for (const payout of withIds) {
      if (
        payout.cap !== undefined &&
        payout.floor !== undefined &&
        Number(payout.floor) > Number(payout.cap)
      ) {
        [payout.cap, payout.floor] = [payout.floor, payout.cap];
      }
    }
    return {
      ...policy,
      inputs: { ...policy.inputs, base: { type: "money" } },
      payouts: withIds,
    } as unknown as PolicyInput;
  });
});

/** A record for a policy, its counts nested or (as a CSV has them) in flat `id.key` columns. */
function laneRecordArb(policy: PolicyInput): fc.Arbitrary<Record<string, unknown>> {
  const counts = Object.entries(policy.inputs as Record<string, { type: string }>)
    .filter(([, input]) => input.type === "counts")
    .map(([id]) => id);
  return fc.tuple(recordArb(policy), fc.boolean()).map(([record, flat]) => {
    if (!flat) return record;
    const columns: Record<string, unknown> = { ...record };
    for (const id of counts) {
      for (const [key, count] of Object.entries(record[id] as Record<string, number>))
        columns[`${id}.${key}`] = count;
      delete columns[id];
    }
    return columns;
  });
}

const OPERATORS = ["eq", "ne", "lt", "lte", "gt", "gte"] as const;

/**
 * A condition over a generated policy: comparisons of its inputs (yes/no, counts, keys, money)
 * and scores (the total, a component) by every operator, grades where allowed, nested in
 * all/any/not.
 */
function conditionArb(policy: PolicyInput, grades: boolean): fc.Arbitrary<Record<string, unknown>> {
  const refs: string[] = [];
  for (const [id, input] of Object.entries(policy.inputs as Record<string, Record<string, unknown>>)) {
    if (input.type === "counts") refs.push(id, ...(input.keys as string[]).map((key) => `${id}.${key}`));
    else if (input.type !== "tier" && input.type !== "money") refs.push(id);
  }
  const scores = ["total", ...(policy.components as { id: string }[]).map((c) => c.id)];
  const target = fc.oneof(
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 0, max: 6000 }).map((hundredths) => (hundredths / 100).toFixed(2)),
  );
  const tests = fc
    .uniqueArray(fc.constantFrom(...OPERATORS), { minLength: 1, maxLength: 2 })
    .chain((operators) => fc.tuple(...operators.map((op) => target.map((t) => [op, t] as const))))
    .map((pairs) => Object.fromEntries(pairs));
  const leaves = [
    fc.tuple(fc.constantFrom(...refs), tests).map(([input, t]) => ({ input, ...t })),
    fc.tuple(fc.constantFrom(...scores), tests).map(([score, t]) => ({ score, ...t })),
    ...(grades
      ? [fc.constantFrom(...(policy.grades as { id: string }[]).map((g) => ({ grade: g.id })))]
      : []),
  ];
  const { node } = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      ...leaves,
      fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie("node"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
      tie("node").map((not) => ({ not })),
    ),
  }));
  return node;
}

/**
 * What a card scored in integers knows before its parts are built (total, grade, pay), read
 * first, then the same fields of the card the decimal path builds for the same record.
 */
function bothPaths(card: Scorecard | Rejection) {
  if (card.status === "rejected") return { integers: false, fast: card, exact: card };
  const fast = { status: card.status, total: card.total.toString(), grade: card.grade, pay: card.pay };
  const whole = plainScorecard(card);
  const exact = { status: whole.status, total: whole.total.toString(), grade: whole.grade, pay: whole.pay };
  return { integers: (card as LazyScorecard).scoredInIntegers, fast, exact };
}

describe("the fast path and the decimal path give the same scorecards", () => {
  it("on generated policies and records", () => {
    let integers = 0;
    fc.assert(
      fc.property(
        policyArb.chain((policy) => laneRecordArb(policy).map((record) => ({ policy, record }))),
        ({ policy, record }) => {
          const off = compile(policy, { trace: false }).score(record);
          const on = compile(policy, { trace: true }).score(record);
          const both = bothPaths(off);
          if (both.integers) integers++;
          expect(both.fast).toEqual(both.exact);
          // With the trace on or off, the same card but for the steps.
          expect(untraced(off)).toBe(untraced(on));
        },
      ),
      { numRuns: 300 },
    );
    // Most generated records take the fast path, so that the property above tests it.
    expect(integers).toBeGreaterThan(150);
  });

  it("with payouts: withholdings, caps, floors, every rounding mode", () => {
    const arb = paidPolicy.chain((policy) =>
      laneRecordArb(policy).chain((record) => money.map((base) => ({ policy, record: { ...record, base } }))),
    );
    let integers = 0;
    fc.assert(
      fc.property(arb, ({ policy, record }) => {
        const both = bothPaths(compile(policy, { trace: true }).score(record));
        if (both.integers) integers++;
        expect(both.fast).toEqual(both.exact);
      }),
      { numRuns: 300 },
    );
    // Large bases with fine percentages leave the integers: still, a good share stays in them.
    expect(integers).toBeGreaterThan(100);
  });
});

describe("conditions in integers decide as in decimals", () => {
  it("as the no-opinion rule and as withholdings: every operator, inputs and scores, nested", () => {
    // A decimal input too (a rate with up to 2 places), which conditions read scaled.
    const rate = fc.integer({ min: 0, max: 6000 }).map((hundredths) => (hundredths / 100).toString());
    const arb = paidPolicy
      .map((paid) => ({ ...paid, inputs: { ...paid.inputs, rate: { type: "decimal" } } }) as PolicyInput)
      .chain((paid) =>
        fc
          .tuple(conditionArb(paid, false), conditionArb(paid, true), laneRecordArb(paid), money, rate)
          .map(([noOpinion, when, record, base, r]) => {
            const payouts = (paid.payouts as Record<string, unknown>[]).map((payout, i) =>
              i === 0 ? { ...payout, withhold: [{ when, percent: "30" }] } : payout,
            );
            const policy = { ...paid, noOpinion, payouts } as PolicyInput;
            return { policy, record: { ...record, base, rate: r } };
          }),
      );
    let integers = 0;
    fc.assert(
      fc.property(arb, ({ policy, record }) => {
        const off = compile(policy, { trace: false }).score(record);
        const both = bothPaths(off);
        if (both.integers) integers++;
        expect(both.fast).toEqual(both.exact);
        expect(untraced(off)).toBe(untraced(compile(policy, { trace: true }).score(record)));
      }),
      { numRuns: 300 },
    );
    expect(integers).toBeGreaterThan(100);
  });
});

describe("the fast plan", () => {
  const planOf = (input: PolicyInput) => {
    const policy = assertPolicy(input);
    const ctx = compileContext(new Map(Object.entries(policy.inputs)), policy.measures);
    return compileFastPlan(policy, ctx);
  };

  it("exists for P1 with P2's pay rule, and for the performance-pay preset, at 0 and 2 places", () => {
    const p1 = getPreset("satisfaction-work") as PolicyInput;
    const withPay = {
      ...p1,
      inputs: { ...p1.inputs, performance_base: performanceBaseInput },
      payouts: [p2PayRule],
    };
    expect(planOf(withPay as PolicyInput)?.places).toBe(0);
    expect(planOf(getPreset("performance-pay") as PolicyInput)?.places).toBe(0);
  });

  it("does not exist where a part has no integer form (a weighted sheet of measures)", () => {
    expect(planOf(getPreset("sales-performance-pay") as PolicyInput)).toBeUndefined();
  });

  it("exists for most generated policies, so that the property above tests it", () => {
    const samples = fc.sample(policyArb, { numRuns: 200, seed: 7 });
    const planned = samples.filter((policy) => planOf(policy) !== undefined).length;
    expect(planned).toBeGreaterThan(150);
  });

  it("scores a record with a non-terminating mean as a fraction, its total as the decimal path adds it", () => {
    const policy = getPreset("satisfaction-work") as PolicyInput;
    const record = {
      subject: "A",
      inspected: true,
      findings: 1,
      survey: ["very-satisfied", "basically-satisfied", "basically-satisfied"],
      valid_complaints: 0,
      major_complaints: 0,
    };
    const card = compile(policy, { trace: false }).score(record) as Scorecard;
    // 49 + 52/3 + 30 = 96.333…: excellent.
    expect(card.total.toString()).toBe("96.33333333333333333333");
    expect(card.grade).toBe("excellent");
  });
});

describe("regressions the properties found", () => {
  it("a base of three decimal.js words with a fixed withholding declines nothing silently", () => {
    // 10185793.01 is stored as three words; a fixed-amount withholding once turned the unread base into 0.
    const policy = {
      id: "r",
      version: "1",
      name: { en: "R", "zh-CN": "R" },
      cycle: "month",
      maxScore: 10,
      inputs: { n: { type: "count" }, base: { type: "money" } },
      components: [{ id: "d", kind: "deduction", max: 10, per: [{ input: "n", points: 1 }] }],
      grades: [{ id: "pass", min: 5 }, { id: "fail" }],
      payouts: [
        {
          id: "p",
          kind: "proportional",
          base: "base",
          withhold: [{ when: { grade: "fail" }, amount: "40484.34" }],
          floor: "45272.34",
          cap: "46381.25",
        },
      ],
    } as unknown as PolicyInput;
    const record = { subject: "S", n: 8, base: "10185793.01" };
    // By hand: 10185793.01 × 2/10 = 2037158.602, less 40484.34 = 1996674.262, capped at 46381.25.
    for (const trace of [false, true]) {
      expect((compile(policy, { trace }).score(record) as Scorecard).pay).toBe("46381.25");
    }
  });
});
