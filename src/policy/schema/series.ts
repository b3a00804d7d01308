import { z } from "zod";
import { idSchema, nameSchema } from "./common";
import { conditionSchema } from "./condition";

/**
 * A rule across periods: in each window (a year, a half year, a quarter), how many periods meet a
 * condition. P1: two or more failing months in a year, counted cumulatively, lose the year-end
 * award. Periods without an opinion never meet it.
 *
 * @example
 * ```ts
 * seriesRuleSchema.parse({ id: "year-end-eligibility", window: "year", when: { grade: "fail" }, atLeast: 2 });
 * seriesRuleSchema.parse({ id: "three-in-a-row", window: "year", when: { score: "total", lt: 90 },
 *   atLeast: 3, consecutive: true });
 * ```
 */
export const seriesRuleSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema.optional(),
    description: nameSchema.optional(),
    window: z
      .enum(["quarter", "half-year", "year"])
      .describe("The span the periods are counted in; longer than the policy's cycle."),
    when: conditionSchema.describe('What a period must meet to count, e.g. { "grade": "fail" }.'),
    atLeast: z.number().int().min(1).describe("How many such periods trigger the rule."),
    consecutive: z
      .boolean()
      .optional()
      .describe(
        "When true, the periods must follow one another (a run); false (the default) counts them anywhere in the window.",
      ),
  })
  .describe("A rule across the periods of a window, per subject.");

/** A series rule as a policy declares it. */
export type SeriesRule = z.infer<typeof seriesRuleSchema>;
