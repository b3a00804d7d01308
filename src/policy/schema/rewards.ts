import { z } from "zod";
import { idSchema, nameSchema } from "./common";
import { conditionSchema } from "./condition";

const within = idSchema
  .optional()
  .describe("A ranking group's id to rank within; the overall ranking when left out.");

/** A standing in a period's ranking: among the first `top` or the last `bottom` (ties all in). */
export const rankConditionSchema = z.union([
  z.strictObject({ top: z.number().int().min(1), within }),
  z.strictObject({ bottom: z.number().int().min(1), within }),
]);

/**
 * A reward or a penalty (奖惩) a subject gets for a period: by its standing in the ranking, by a
 * condition on its scorecard, or both. Subjects without an opinion get none.
 *
 * @example
 * ```ts
 * rewardSchema.parse({ id: "best-unit", kind: "reward", rank: { top: 1 } });
 * rewardSchema.parse({ id: "warning", kind: "penalty", rank: { bottom: 1 }, when: { grade: "fail" } });
 * ```
 */
export const rewardSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema.optional(),
    description: nameSchema.optional(),
    kind: z.enum(["reward", "penalty"]),
    rank: rankConditionSchema.optional().describe('e.g. { "top": 1 } for the best-ranked subject.'),
    when: conditionSchema.optional().describe('A condition on the scorecard, e.g. { "grade": "fail" }.'),
  })
  .describe("A reward or a penalty, given when its rank and its condition both hold.");

/** A reward or penalty as a policy declares it. */
export type Reward = z.infer<typeof rewardSchema>;
