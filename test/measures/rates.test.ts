import { describe, expect, test } from "vitest";
import { compile, parsePolicy } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

const policy = indicatorPolicy({
  inputs: {
    complaints: { type: "count" },
    served: { type: "count", column: "customers_served" },
    transactions: { type: "decimal", required: false },
    start: { type: "count" },
    end: { type: "count" },
    gained: { type: "count", column: "new" },
  },
  measures: {
    "complaint-rate": {
      kind: "rate",
      name: { en: "complaint rate", "zh-CN": "客诉率" },
      numerator: "complaints",
      denominator: "served",
    },
    "per-transaction": { kind: "rate", numerator: "complaints", denominator: "transactions" },
    retention: { kind: "retention", start: "start", end: "end", new: "gained" },
  },
  components: [
    {
      id: "complaints",
      kind: "bands",
      max: 100,
      measure: "complaint-rate",
      bands: [{ lte: 0.02, points: 100 }],
    },
  ],
});
const appraiser = compile(policy);
const record = { subject: "Unit", complaints: 3, customers_served: 150, start: 200, end: 210, new: 30 };
const measure = (card: ReturnType<typeof appraiser.score>, id: string) =>
  card.status === "rejected" ? undefined : card.measures?.find((m) => m.id === id);

describe("rate", () => {
  test("complaints / customers served: 3 / 150 = 0.02", () => {
    const result = measure(appraiser.score(record), "complaint-rate");
    expect(result?.value?.toString()).toBe("0.02");
    expect(result).toMatchObject({
      kind: "rate",
      numerator: expect.anything(),
      denominator: expect.anything(),
    });
  });

  test("the denominator is configurable: complaints per transaction (3 / 60 = 0.05)", () => {
    const result = measure(appraiser.score({ ...record, transactions: "60" }), "per-transaction");
    expect(result?.value?.toString()).toBe("0.05");
  });

  test("a denominator of 0 is no data, never 0 and never NaN", () => {
    const card = appraiser.score({ ...record, complaints: 0, customers_served: 0 });
    const result = measure(card, "complaint-rate");
    expect(result?.value).toBeUndefined();
    expect(result?.noData).toBe("zero-denominator");
    // The component reading it has no data too: at the top level it scores 0, flagged.
    if (card.status === "rejected") throw new Error("rejected");
    expect(card.components[0]).toMatchObject({ noData: true, trace: [] });
    expect(card.components[0]?.score.toString()).toBe("0");
  });

  test("an optional input left out is no data (missing input)", () => {
    const result = measure(appraiser.score(record), "per-transaction");
    expect(result?.value).toBeUndefined();
    expect(result?.noData).toBe("missing-input");
  });

  test("a numerator above its denominator rejects the record, naming the field; other records still score", () => {
    const results = appraiser.scoreAll([{ ...record, complaints: 151 }, record]);
    expect(results.results).toHaveLength(1);
    expect(results.rejected[0]?.index).toBe(0);
    expect(results.rejected[0]?.issues).toEqual([
      expect.objectContaining({
        code: "record.count-exceeds",
        path: ["complaints"],
        values: {
          measure: "complaint-rate",
          field: "complaints",
          value: "151",
          limitField: "customers_served",
          limit: "150",
        },
      }),
    ]);
    expect(results.rejected[0]?.issues[0]?.message).toContain(
      '"complaints" is 151, more than "customers_served" (150)',
    );
  });

  test("allowAboveOne lets a ratio exceed 1", () => {
    const ratio = compile(
      indicatorPolicy({
        inputs: { complaints: { type: "count" }, served: { type: "count" }, points: { type: "decimal" } },
        measures: {
          ratio: { kind: "rate", numerator: "complaints", denominator: "served", allowAboveOne: true },
        },
        components: [{ id: "p", kind: "given", max: 100, input: "points" }],
      }),
    );
    const card = ratio.score({ subject: "Unit", complaints: 300, served: 150, points: 1 });
    expect(measure(card, "ratio")?.value?.toString()).toBe("2");
  });

  test("a negative decimal count is rejected, naming the field", () => {
    const card = appraiser.score({ ...record, transactions: "-5" });
    expect(card.status).toBe("rejected");
    if (card.status !== "rejected") return;
    expect(card.issues).toEqual([
      expect.objectContaining({
        code: "record.out-of-range",
        path: ["transactions"],
        values: expect.objectContaining({ min: "0" }),
      }),
    ]);
  });

  test("negative counts are rejected when the record is read (a count is a whole number, 0 or more)", () => {
    const card = appraiser.score({ ...record, complaints: "-1" });
    expect(card.status === "rejected" && card.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["record.not-a-count", ["complaints"]],
    ]);
  });

  test("numerator and denominator must be declared count-like inputs", () => {
    const result = parsePolicy(
      indicatorPolicy({
        ...policy,
        inputs: { ...(policy.inputs as object), ok: { type: "boolean" } },
        measures: { bad: { kind: "rate", numerator: "ok", denominator: "nowhere" } },
      }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    // In the order of the document: the components come before the measures in this policy object.
    expect(result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["policy.unknown-measure", "components.0.measure"],
      ["policy.input-type-mismatch", "measures.bad.numerator"],
      ["policy.unknown-input", "measures.bad.denominator"],
    ]);
  });
});

describe("retention", () => {
  test("(E − N) / S: (210 − 30) / 200 = 0.9", () => {
    expect(measure(appraiser.score(record), "retention")?.value?.toString()).toBe("0.9");
  });

  test("no customers at the start is no data", () => {
    const result = measure(appraiser.score({ ...record, start: 0, end: 5, new: 5 }), "retention");
    expect(result?.value).toBeUndefined();
    expect(result?.noData).toBe("zero-denominator");
  });

  test("more new customers than customers at the end rejects the record", () => {
    const card = appraiser.score({ ...record, end: 20, new: 30 });
    expect(card.status === "rejected" && card.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["record.count-exceeds", ["new"]],
    ]);
  });

  test("more customers retained than there were at the start rejects the record", () => {
    const card = appraiser.score({ ...record, start: 100, end: 210, new: 30 });
    expect(card.status === "rejected" && card.issues[0]).toMatchObject({
      code: "record.count-exceeds",
      path: ["end"],
      values: { field: "end − new", value: "180", limitField: "start", limit: "100" },
    });
  });
});
