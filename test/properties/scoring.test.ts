import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, Decimal, type PolicyInput, type Scorecard } from "../../src/index";
import {
  add,
  cmp,
  div,
  max,
  min,
  mul,
  parseRational,
  type Rational,
  rational,
  sub,
  toPlainString,
} from "../helpers/rational";
import { policyAndRecord, policyArb, recordArb } from "./arbitraries";

const RUNS = { numRuns: 200 };

function scored(policy: PolicyInput, record: unknown): Scorecard {
  const card = compile(policy).score(record);
  if (card.status === "rejected") throw new Error(JSON.stringify(card.issues));
  return card;
}

type Fields = Record<string, unknown>;
type ComponentData = Record<string, unknown>;

/** The oracle: each component's score in exact rationals, from the policy text's rules. */
function oracle(policy: PolicyInput, record: Fields): Rational[] {
  const read = (ref: string): Rational => {
    const [id, key] = ref.split(".") as [string, string | undefined];
    const value = record[id];
    return rational(
      BigInt(key === undefined ? (value as number) : ((value as Record<string, number>)[key] as number)),
    );
  };
  return (policy.components as ComponentData[]).map((component) => {
    const top = parseRational(component.max as number);
    if (component.kind === "deduction") {
      let deducted = rational(0n);
      for (const rule of component.per as { input: string; points: string | number }[]) {
        deducted = add(deducted, mul(read(rule.input), parseRational(rule.points)));
      }
      if (component.cap !== undefined) deducted = min(deducted, parseRational(component.cap as number));
      return max(rational(0n), sub(top, deducted));
    }
    const answers = record[component.input as string] as string[];
    const points = component.points as Record<string, number>;
    const sum = answers.reduce(
      (acc, answer) => add(acc, parseRational(points[answer] as number)),
      rational(0n),
    );
    return div(sum, rational(BigInt(answers.length)));
  });
}

describe("scoring properties over generated policies and records", () => {
  it("every component lies in [0, its maximum] and the total in [0, maxScore]", () => {
    fc.assert(
      fc.property(policyAndRecord, ({ policy, record }) => {
        const card = scored(policy, record);
        for (const component of card.components) {
          expect(component.score.gte(0) && component.score.lte(component.max)).toBe(true);
        }
        expect(card.total.gte(0) && card.total.lte(card.maxScore)).toBe(true);
      }),
      RUNS,
    );
  });

  it("matches an exact rational oracle (means kept to 20 places, half-up)", () => {
    fc.assert(
      fc.property(policyAndRecord, ({ policy, record }) => {
        const card = scored(policy, record);
        const expected = oracle(policy, record);
        card.components.forEach((component, i) => {
          expect(component.score.toString()).toBe(toPlainString(expected[i] as Rational));
        });
      }),
      RUNS,
    );
  });

  it("is deterministic, also after a JSON round trip of the policy", () => {
    fc.assert(
      fc.property(policyAndRecord, ({ policy, record }) => {
        const first = JSON.stringify(scored(policy, record));
        expect(JSON.stringify(scored(policy, record))).toBe(first);
        expect(JSON.stringify(scored(JSON.parse(JSON.stringify(policy)), record))).toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on the order of records, nor of survey answers", () => {
    const arb = policyArb.chain((policy) =>
      fc
        .array(recordArb(policy), { minLength: 1, maxLength: 6 })
        .map((records) => records.map((record, i) => ({ ...record, subject: `S${i}` })))
        .chain((records) =>
          fc
            .shuffledSubarray(records, { minLength: records.length })
            .map((shuffled) => ({ policy, records, shuffled })),
        ),
    );
    fc.assert(
      fc.property(arb, ({ policy, records, shuffled }) => {
        const appraiser = compile(policy);
        const bySubject = (cards: readonly Scorecard[]) =>
          JSON.stringify([...cards].sort((a, b) => a.subject.localeCompare(b.subject)));
        expect(bySubject(appraiser.scoreAll(shuffled).results)).toBe(
          bySubject(appraiser.scoreAll(records).results),
        );
        const reversed = records.map((record) =>
          Object.fromEntries(
            Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]),
          ),
        );
        expect(bySubject(appraiser.scoreAll(reversed).results)).toBe(
          bySubject(appraiser.scoreAll(records).results),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("one more finding or complaint never raises a score", () => {
    fc.assert(
      fc.property(policyAndRecord, fc.nat(), ({ policy, record }, pick) => {
        const countFields = Object.entries(
          policy.inputs as Record<string, { type: string; keys?: string[] }>,
        ).flatMap(([id, input]) =>
          input.type === "count"
            ? [[id]]
            : input.type === "counts"
              ? (input.keys ?? []).map((k) => [id, k])
              : [],
        );
        fc.pre(countFields.length > 0);
        const [id, key] = countFields[pick % countFields.length] as [string, string?];
        const more = structuredClone(record) as Fields;
        if (key === undefined) more[id] = (more[id] as number) + 1;
        else
          (more[id] as Record<string, number>)[key] =
            ((more[id] as Record<string, number>)[key] as number) + 1;
        const before = scored(policy, record);
        const after = scored(policy, more);
        expect(after.total.lte(before.total)).toBe(true);
        for (const [i, c] of after.components.entries()) {
          expect(c.score.lte(before.components[i]?.score as Decimal)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("a better survey tier never lowers a score", () => {
    fc.assert(
      fc.property(policyAndRecord, fc.nat(), fc.nat(), ({ policy, record }, pickInput, pickAnswer) => {
        const tierComponents = (policy.components as ComponentData[]).filter((c) => c.kind === "tiers");
        fc.pre(tierComponents.length > 0);
        const component = tierComponents[pickInput % tierComponents.length] as ComponentData;
        const points = component.points as Record<string, number>;
        const answers = [...(record[component.input as string] as string[])];
        const index = pickAnswer % answers.length;
        const best = Object.keys(points).reduce((a, b) =>
          (points[b] as number) > (points[a] as number) ? b : a,
        );
        answers[index] = best;
        const before = scored(policy, record);
        const after = scored(policy, { ...record, [component.input as string]: answers });
        expect(after.total.gte(before.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it("grades are monotone in the total", () => {
    const arb = policyArb.chain((policy) =>
      fc.tuple(fc.constant(policy), recordArb(policy), recordArb(policy)),
    );
    fc.assert(
      fc.property(arb, ([policy, a, b]) => {
        const order = [...(policy.grades as { id: string }[]).map((g) => g.id)];
        const [x, y] = [scored(policy, { ...a, flag: false }), scored(policy, { ...b, flag: false })];
        const [high, low] = x.total.gte(y.total) ? [x, y] : [y, x];
        expect(order.indexOf(high.grade as string)).toBeLessThanOrEqual(order.indexOf(low.grade as string));
      }),
      RUNS,
    );
  });

  it("trace deltas add up to each component's score, and scores to the total", () => {
    fc.assert(
      fc.property(policyAndRecord, ({ policy, record }) => {
        const card = scored(policy, record);
        let total = new Decimal(0);
        for (const component of card.components) {
          const sum = component.trace.reduce((acc, step) => acc.plus(step.delta), new Decimal(0));
          expect(sum.toString()).toBe(component.score.toString());
          total = total.plus(component.score);
        }
        expect(total.toString()).toBe(card.total.toString());
      }),
      RUNS,
    );
  });

  it("no opinion exactly when its condition holds, and then no grade", () => {
    fc.assert(
      fc.property(policyAndRecord, ({ policy, record }) => {
        const card = scored(policy, record);
        const expected = policy.noOpinion !== undefined && record.flag === true;
        expect(card.status).toBe(expected ? "no-opinion" : "graded");
        expect(card.grade === undefined).toBe(expected);
      }),
      RUNS,
    );
  });

  it("the oracle agrees with the worked example it is checked on", () => {
    // Guards the oracle itself: P1's first example, 47 + 16 + 24.
    const d = max(rational(0n), sub(rational(50n), mul(rational(3n), rational(1n))));
    expect(toPlainString(d)).toBe("47");
    expect(toPlainString(div(rational(52n), rational(3n)))).toBe("17.33333333333333333333");
    expect(cmp(parseRational("0.10"), parseRational("0.1"))).toBe(0);
  });
});
