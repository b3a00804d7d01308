import { z } from "zod";
import { decimalSchema } from "./common";

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

/** A condition over a record's inputs: comparisons combined with all / any / not. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | z.infer<typeof inputConditionSchema>;

/** The schema of a {@link Condition}. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    inputConditionSchema,
  ]),
);
