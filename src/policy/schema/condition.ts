import { z } from "zod";
import { decimalSchema, idSchema } from "./common";

/** Comparisons a condition may make; several in one object must all hold. */
const comparison = {
  eq: z.union([decimalSchema, z.boolean()]).optional(),
  ne: z.union([decimalSchema, z.boolean()]).optional(),
  lt: decimalSchema.optional(),
  lte: decimalSchema.optional(),
  gt: decimalSchema.optional(),
  gte: decimalSchema.optional(),
};

/** A comparison of one input: `{ "input": "complaints", "eq": 0 }`. */
export const inputConditionSchema = z.strictObject({
  /** An input id, or `input.key` for one key of a counts input. */
  input: z.string().min(1),
  ...comparison,
});

/** A comparison of a score: `{ "score": "total", "lt": 60 }`, or a component's score by its id. */
export const scoreConditionSchema = z.strictObject({
  score: z.string().min(1),
  ...comparison,
});

/** A grade test: `{ "grade": "fail" }`, or one of several: `{ "grade": ["fail", "pass"] }`. */
export const gradeConditionSchema = z.strictObject({
  grade: z.union([idSchema, z.array(idSchema).min(1)]),
});

/** A condition: comparisons of inputs, scores or the grade, combined with all / any / not. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | z.infer<typeof inputConditionSchema>
  | z.infer<typeof scoreConditionSchema>
  | z.infer<typeof gradeConditionSchema>;

/** The schema of a {@link Condition}. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    inputConditionSchema,
    scoreConditionSchema,
    gradeConditionSchema,
  ]),
);
