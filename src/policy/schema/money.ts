import { z } from "zod";
import { decimalSchema, issueCode, nameSchema } from "./common";

/**
 * An amount of money in a policy: 0 or more, at most 2 decimal places.
 *
 * @example
 * ```ts
 * moneySchema.safeParse("500.00").success; //=> true
 * moneySchema.safeParse("10.001").success; //=> false (schema.not-money)
 * ```
 */
export const moneySchema = z
  .union([z.number(), z.string()], issueCode("schema.not-money"))
  .refine((value) => MONEY_PATTERN.test(String(value).trim()), issueCode("schema.not-money"))
  .describe('An amount of money: 0 or more, at most 2 decimal places, such as "500.00".');

/** Money as written in a policy or a record: digits, then at most 2 decimals. */
export const MONEY_PATTERN = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;

/**
 * An amount of money, such as a performance base: a decimal with at most 2 places, 0 or more
 * unless `min` says otherwise.
 *
 * @example
 * ```json
 * "performance_base": { "type": "money" }
 * //=> "3001.70" is read; "3001.705" and "-1" are rejected, naming the field
 * ```
 */
export const moneyInputSchema = z.strictObject({
  type: z.literal("money"),
  name: nameSchema.optional(),
  description: nameSchema.optional(),
  required: z.boolean().optional(),
  column: z.string().min(1).optional(),
  default: moneySchema.optional(),
  min: decimalSchema.optional().describe("The least amount accepted; 0 by default."),
  max: decimalSchema.optional(),
});

/** A declared money input. */
export type MoneyInput = z.infer<typeof moneyInputSchema>;
