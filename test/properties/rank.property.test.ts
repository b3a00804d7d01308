import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, type RankMethod, rankScorecards, type Scorecard, type TieBreaker } from "../../src/index";

/** A synthetic card: a total in hundredths (few values, so that ties are common), a tie-breaker value or none. */
interface Spec {
  readonly subject: string;
  readonly graded: boolean;
  readonly hundredths: number;
  readonly breaker: number | undefined;
}

const specs = fc
  .array(
    fc.record({
      graded: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), // mostly graded
      hundredths: fc.constantFrom(8500, 8800, 8850, 9000, 9500, 10000),
      breaker: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    }),
    { maxLength: 30 },
  )
  .map((items) => items.map((item, i): Spec => ({ ...item, subject: `S${String(i).padStart(2, "0")}` })));

function toCard(spec: Spec): Scorecard {
  return {
    subject: spec.subject,
    policy: { id: "p", version: "1", name: {} },
    status: spec.graded ? "graded" : "no-opinion",
    total: new Decimal(spec.hundredths).div(100),
    maxScore: new Decimal(100),
    ...(spec.graded && { grade: "g" }),
    components: [],
    inputs: spec.breaker === undefined ? {} : { breaker: spec.breaker },
  };
}

const fewer: TieBreaker = {
  id: "breaker",
  prefer: "lower",
  value: (card) => {
    const value = card.inputs?.breaker;
    return value === undefined ? undefined : new Decimal(value as number);
  },
};

/** The oracle's order on plain numbers: negative when a is better (higher total, then fewer, then having a value). */
function better(a: Spec, b: Spec, withBreaker: boolean): number {
  if (a.hundredths !== b.hundredths) return b.hundredths - a.hundredths;
  if (!withBreaker) return 0;
  if (a.breaker === b.breaker) return 0;
  if (a.breaker === undefined) return 1;
  if (b.breaker === undefined) return -1;
  return a.breaker - b.breaker;
}

/** Ranks by counting, with no sorting: competition = 1 + cards strictly better; dense = 1 + distinct better keys. */
function oracle(all: readonly Spec[], method: RankMethod, withBreaker: boolean): Map<string, number> {
  const graded = all.filter((spec) => spec.graded);
  const ranks = new Map<string, number>();
  for (const spec of graded) {
    const ahead = graded.filter((other) => better(other, spec, withBreaker) < 0);
    const distinct = new Set(ahead.map((other) => `${other.hundredths}/${withBreaker ? other.breaker : ""}`));
    ranks.set(spec.subject, 1 + (method === "competition" ? ahead.length : distinct.size));
  }
  return ranks;
}

const rankMap = (specList: readonly Spec[], method: RankMethod, withBreaker: boolean) =>
  new Map(
    rankScorecards(specList.map(toCard), { method, tieBreakers: withBreaker ? [fewer] : [] }).map((entry) => [
      entry.card.subject,
      entry.rank,
    ]),
  );

const settings = fc.tuple(fc.constantFrom<RankMethod>("competition", "dense"), fc.boolean());
const RUNS = { numRuns: 200 };

describe("ranking properties", () => {
  it("agrees with an oracle that counts who is ahead", () => {
    fc.assert(
      fc.property(specs, settings, (list, [method, withBreaker]) => {
        expect(rankMap(list, method, withBreaker)).toEqual(oracle(list, method, withBreaker));
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the input", () => {
    const shuffled = specs.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, settings, ([list, reordered], [method, withBreaker]) => {
        const a = rankScorecards(list.map(toCard), { method, tieBreakers: withBreaker ? [fewer] : [] });
        const b = rankScorecards(reordered.map(toCard), { method, tieBreakers: withBreaker ? [fewer] : [] });
        expect(b.map((e) => [e.card.subject, e.rank])).toEqual(a.map((e) => [e.card.subject, e.rank]));
      }),
      RUNS,
    );
  });

  it("gives equal keys (after tie-breakers) the same rank, and a higher total always a better rank", () => {
    fc.assert(
      fc.property(specs, settings, (list, [method, withBreaker]) => {
        const ranks = rankMap(list, method, withBreaker);
        const graded = list.filter((spec) => spec.graded);
        for (const a of graded) {
          for (const b of graded) {
            const ra = ranks.get(a.subject) as number;
            const rb = ranks.get(b.subject) as number;
            if (better(a, b, withBreaker) === 0) expect(ra).toBe(rb);
            if (a.hundredths > b.hundredths) expect(ra).toBeLessThan(rb);
          }
        }
      }),
      RUNS,
    );
  });

  it("ranks every graded card and no other, from 1", () => {
    fc.assert(
      fc.property(specs, settings, (list, [method, withBreaker]) => {
        const ranks = rankMap(list, method, withBreaker);
        expect([...ranks.keys()].sort()).toEqual(list.filter((s) => s.graded).map((s) => s.subject));
        if (ranks.size > 0) expect(Math.min(...ranks.values())).toBe(1);
      }),
      RUNS,
    );
  });
});
