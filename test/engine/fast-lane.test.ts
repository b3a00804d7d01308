import { describe, expect, it } from "vitest";
import type { LazyScorecard } from "../../src/engine/lazy-scorecard";
import { compile, plainScorecard, type Scorecard, scorecardToJson } from "../../src/index";
import { p2PayRule, performanceBaseInput } from "../../src/presets/p2-pay";
import { p1Policy } from "../helpers/p1";

/** P1 with P2's pay rule: every input type the fast lane reads but decimals. */
const p1 = p1Policy();
const policy = {
  ...p1,
  inputs: { ...p1.inputs, performance_base: performanceBaseInput },
  payouts: [p2PayRule],
};
const appraiser = compile(policy as never);

/** The worked example (87 points: 47 + 16 + 24) with a base of 3001.70. */
const record = {
  subject: "Unit A",
  inspected: "yes",
  findings: "3",
  survey: "basically-satisfied",
  valid_complaints: "1",
  major_complaints: "0",
  performance_base: "3001.70",
};

const scored = (raw: unknown) => appraiser.score(raw);
const integers = (raw: unknown) => (scored(raw) as LazyScorecard).scoredInIntegers;

describe("the fast lane", () => {
  it("scores a plainly valid record in integers: total, grade and pay by hand", () => {
    const card = scored(record) as Scorecard;
    expect(integers(record)).toBe(true);
    // 50 − 3 + 16 + 30 − 6 = 87; 3001.70 × 87 / 100 = 2611.479 → 2611.48.
    expect([card.total.toString(), card.grade, card.pay]).toEqual(["87", "fail", "2611.48"]);
  });

  it("builds the parts when first read, as the decimal path does", () => {
    const card = scored(record) as Scorecard;
    expect(card.components.map((part) => part.score.toString())).toEqual(["47", "16", "24"]);
    expect(card.inputs?.performance_base?.toString()).toBe("3001.7");
    expect(card.payouts?.[0]?.amount).toBe("2611.48");
    expect(scorecardToJson(card).total).toBe("87");
    expect(JSON.parse(JSON.stringify(card)).pay).toBe("2611.48");
  });

  it("reads records whatever the order of their fields", () => {
    const reversed = Object.fromEntries(Object.entries(record).reverse());
    for (const raw of [record, reversed, record, reversed]) {
      expect(integers(raw)).toBe(true);
      expect(scorecardToJson(scored(raw) as Scorecard)).toEqual(scorecardToJson(scored(record) as Scorecard));
    }
  });

  it("leaves values that are not plainly valid to the record reader, which accepts or rejects them", () => {
    // Spaces around a count, a Chinese yes, a tier spelled with spaces: accepted by the reader.
    for (const odd of [{ findings: " 3 " }, { inspected: "是" }, { survey: " Basically satisfied " }]) {
      const raw = { ...record, ...odd };
      expect(scorecardToJson(scored(raw) as Scorecard).total).toBe("87");
    }
    // A leading zero, three places, a sign: not money.
    for (const base of ["03001.70", "3001.705", "-3001.70", "3001.", ".5"]) {
      expect(scored({ ...record, performance_base: base }).status).toBe("rejected");
    }
    expect(scored({ ...record, findings: "3.0" }).status).toBe("rejected");
    expect(scored({ ...record, survey: "great" }).status).toBe("rejected");
  });

  it("never reads a field the record only inherits", () => {
    const { findings: _findings, ...rest } = record;
    const inheriting = Object.assign(Object.create({ findings: "0" }), rest);
    const outcome = scored(inheriting);
    expect(outcome.status).toBe("rejected");
    expect(outcome.status === "rejected" && outcome.issues[0]?.code).toBe("record.missing-value");
    // A getter on a class is inherited too: the record reader finds no findings either.
    class Row {
      get findings() {
        return "3";
      }
    }
    const withGetter = Object.assign(new Row(), rest);
    expect(scored(withGetter).status).toBe("rejected");
  });

  it("scores objects without a prototype in integers, and leaves other objects to the record reader", () => {
    const bare = Object.assign(Object.create(null), record);
    expect(integers(bare)).toBe(true);
    class Row {}
    const instance = Object.assign(new Row(), record);
    expect(integers(instance)).toBe(false);
    for (const raw of [bare, instance]) {
      expect(scorecardToJson(scored(raw) as Scorecard)).toEqual(scorecardToJson(scored(record) as Scorecard));
    }
  });

  it("gives nested counts to the record reader, with the same card", () => {
    const { valid_complaints: _v, major_complaints: _m, ...rest } = record;
    const nested = { ...rest, complaints: { valid: 1, major: 0 } };
    expect(integers(nested)).toBe(false);
    expect(scorecardToJson(scored(nested) as Scorecard)).toEqual(
      scorecardToJson(scored(record) as Scorecard),
    );
  });

  it("keeps a card unchanged when the record it came from changes afterwards", () => {
    const raw = { ...record, survey: ["very-satisfied", "average"] };
    const card = scored(raw) as Scorecard;
    raw.survey[0] = "very-dissatisfied";
    // (20 + 12) / 2 = 16: the same 87 as one basically-satisfied answer.
    expect(card.components[1]?.score.toString()).toBe("16");
    expect(card.inputs?.survey).toEqual(["average", "very-satisfied"]);
  });

  it("gives a spread the plain card through plainScorecard", () => {
    const card = scored(record) as Scorecard;
    const ranked = { ...plainScorecard(card), rank: 1 };
    expect([ranked.total.toString(), ranked.pay, ranked.components.length, ranked.rank]).toEqual([
      "87",
      "2611.48",
      3,
      1,
    ]);
  });

  it("finds a tier answer whose id shares its length with another id", () => {
    // "fair" and "poor" have 4 letters each: the second is found past the first.
    const tiers = compile({
      ...p1,
      maxScore: 10,
      inputs: { answer: { type: "tier", options: [{ id: "good" }, { id: "fair" }, { id: "poor" }] } },
      components: [
        { id: "answer", kind: "tiers", max: 10, input: "answer", points: { good: 10, fair: 6, poor: 2 } },
      ],
      grades: [{ id: "all" }],
      noOpinion: undefined,
      ranking: undefined,
      series: undefined,
    } as never);
    const points = (answer: string) => {
      const card = tiers.score({ subject: "A", answer }) as Scorecard;
      expect((card as LazyScorecard).scoredInIntegers).toBe(true);
      return card.total.toString();
    };
    expect([points("good"), points("fair"), points("poor")]).toEqual(["10", "6", "2"]);
  });

  it("reads a sum of money however its point stands, as the record reader does", () => {
    // 2 places, 1, none; 3 with a trailing zero (the record reader's), 3 that are not (rejected).
    const pay = (base: string) => (scored({ ...record, performance_base: base }) as Scorecard).pay;
    expect([pay("3001.70"), pay("3001.7"), pay("3001"), pay("0.50")]).toEqual([
      "2611.48",
      "2611.48",
      "2610.87",
      "0.44",
    ]);
    expect(pay("3001.700")).toBe("2611.48");
    expect(scored({ ...record, performance_base: "3001.705" }).status).toBe("rejected");
  });
});
