import { z } from "zod";
import { decimalSchema, idSchema, nameSchema, positiveSchema } from "./common";

/** The scale of a survey question: its lowest and highest answer and the step between answers. */
export const scaleSchema = z.strictObject({
  min: decimalSchema.describe("The lowest answer, such as 1 (or 0 for NPS)."),
  max: decimalSchema.describe("The highest answer, such as 5 (or 10 for NPS)."),
  step: positiveSchema.optional().describe("The step between answers; 1 by default (whole numbers)."),
});

/**
 * The answers to one survey question, such as `"5;4;5;1!malicious"`: scores on a scale, each
 * optionally flagged (a malicious or untrue evaluation) so that measures can leave it out.
 *
 * @example
 * ```json
 * "survey": { "type": "scores", "scale": { "min": 1, "max": 5 }, "flags": ["malicious", "untrue"] }
 * //=> a cell "5;4;1!malicious" reads three answers, the last flagged
 * ```
 */
export const scoresInputSchema = z.strictObject({
  type: z.literal("scores"),
  name: nameSchema.optional(),
  description: nameSchema.optional(),
  /** When false, a record may leave the answers out: the question then has no answers. */
  required: z.boolean().optional(),
  column: z.string().min(1).optional(),
  scale: scaleSchema,
  flags: z
    .array(idSchema)
    .optional()
    .describe('Flags an answer may carry after "!", such as malicious: "1!malicious".'),
});

/** A declared scores input. */
export type ScoresInput = z.infer<typeof scoresInputSchema>;
/** The scale of a scores input. */
export type Scale = z.infer<typeof scaleSchema>;
