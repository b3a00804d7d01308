import { z } from "zod";
import { decimalSchema, idSchema, nameSchema } from "./common";
import { moneyInputSchema } from "./money";
import { scoresInputSchema } from "./scores-input";

const common = {
  name: nameSchema.optional(),
  description: nameSchema.optional(),
  /** When false, a record may leave the input out; `default` then stands in, or the input has no data. */
  required: z.boolean().optional(),
};

/** A yes/no fact, such as "was the unit inspected this month". */
export const booleanInputSchema = z.strictObject({
  type: z.literal("boolean"),
  ...common,
  column: z.string().min(1).optional(),
  default: z.boolean().optional(),
});

/** A whole number of things, 0 or more, such as inspection findings. */
export const countInputSchema = z.strictObject({
  type: z.literal("count"),
  ...common,
  column: z.string().min(1).optional(),
  default: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});

/** A decimal measurement, optionally bounded. */
export const decimalInputSchema = z.strictObject({
  type: z.literal("decimal"),
  ...common,
  column: z.string().min(1).optional(),
  default: decimalSchema.optional(),
  min: decimalSchema.optional(),
  max: decimalSchema.optional(),
});

/** One answer a tier input accepts: an id, its names and the other spellings that mean it. */
export const tierOptionSchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  aliases: z.array(z.string().min(1)).optional(),
});

/** A categorical answer (or, with `many`, several answers), such as a survey's satisfaction tier. */
export const tierInputSchema = z.strictObject({
  type: z.literal("tier"),
  ...common,
  column: z.string().min(1).optional(),
  many: z.boolean().optional(),
  options: z.array(tierOptionSchema).min(1),
});

/** Counts by key, such as complaints by severity; referenced whole (their sum) or as `input.key`. */
export const countsInputSchema = z.strictObject({
  type: z.literal("counts"),
  ...common,
  keys: z.array(idSchema).min(1),
  /** The CSV column of each key; `<input>.<key>` when left out. */
  columns: z.record(z.string(), z.string().min(1)).optional(),
  names: z.record(z.string(), nameSchema).optional(),
  default: z.number().int().min(0).optional(),
});

/** A declared input of a policy: what each record must carry. */
export const inputSchema = z.discriminatedUnion("type", [
  booleanInputSchema,
  countInputSchema,
  decimalInputSchema,
  tierInputSchema,
  countsInputSchema,
  moneyInputSchema,
  scoresInputSchema,
]);

/** A declared input of a policy. */
export type InputDeclaration = z.infer<typeof inputSchema>;
/** The type names of inputs. */
export type InputType = InputDeclaration["type"];
/** A declared tier input. */
export type TierInput = z.infer<typeof tierInputSchema>;
/** A declared counts input. */
export type CountsInput = z.infer<typeof countsInputSchema>;
