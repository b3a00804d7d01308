import { describe, expect, test } from "vitest";
import { compile, parsePolicy } from "../../src/index";
import { indicatorPolicy } from "../helpers/indicator-policy";

const appraiser = compile(
  indicatorPolicy({
    inputs: { score: { type: "decimal", column: "manager_score", required: false } },
    components: [{ id: "score", kind: "given", max: 100, input: "score" }],
  }),
);

describe("given", () => {
  test("the score given in the record is the component's score, with one trace step", () => {
    const card = appraiser.score({ subject: "A", manager_score: "87.5" });
    expect(card.status !== "rejected" && card.total.toString()).toBe("87.5");
    expect(card.status !== "rejected" && card.components[0]?.trace).toEqual([
      expect.objectContaining({ code: "given.score", values: { value: "87.5", max: "100" } }),
    ]);
  });

  test.each(["0", "100"])("the bounds are inclusive: %s is accepted", (score) => {
    expect(appraiser.score({ subject: "A", manager_score: score }).status).toBe("graded");
  });

  test.each(["100.01", "101", "-0.5"])(
    "a score of %s, outside [0, max], rejects the record naming its column",
    (score) => {
      const card = appraiser.score({ subject: "A", manager_score: score });
      expect(card.status === "rejected" && card.issues).toEqual([
        expect.objectContaining({
          code: "record.out-of-range",
          path: ["manager_score"],
          values: { input: "manager_score", received: String(Number(score)), min: "0", max: "100" },
        }),
      ]);
    },
  );

  test("a score left out (optional) is no data", () => {
    const card = appraiser.score({ subject: "A" });
    expect(card.status !== "rejected" && card.components[0]?.noData).toBe(true);
  });

  test("the input must be a decimal or a count", () => {
    const result = parsePolicy(
      indicatorPolicy({
        inputs: { score: { type: "boolean" } },
        components: [{ id: "score", kind: "given", max: 100, input: "score" }],
      }),
    );
    expect(!result.success && result.issues[0]?.code).toBe("policy.input-type-mismatch");
  });
});
