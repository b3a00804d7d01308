import { z } from "zod";
import { Decimal, toDecimal } from "../decimal";
import { decimalSchema, idSchema, issueCode, nameSchema } from "../policy/schema/common";
import { conditionSchema } from "../policy/schema/condition";
import { moneySchema } from "../policy/schema/money";

const HUNDRED = new Decimal(100);

/** A percentage from 0 to 100, compared exactly ("100.00000000000000000001" is above 100). */
export const percentSchema = decimalSchema.refine((value) => {
  const percent = toDecimal(value);
  // What is not a decimal at all is left to the "not a decimal" issue.
  return percent === undefined || (!percent.isNegative() && percent.lte(HUNDRED));
}, issueCode("schema.not-a-percent"));

/** A withholding: when its condition holds, a percentage of the amount (or a fixed sum) is kept back. */
export const withholdSchema = z.strictObject({
  name: nameSchema.optional().describe("Why, in words the trace shows (such as: failed month)."),
  when: conditionSchema.describe('When to withhold, such as { "score": "total", "lt": 60 }.'),
  percent: percentSchema
    .optional()
    .describe("The percentage of the amount withheld (give percent or amount)."),
  amount: moneySchema
    .optional()
    .describe("A fixed sum withheld, never more than the amount (give percent or amount)."),
});

/** How a payout's final amount is rounded, once. */
export const moneyRoundingSchema = z.strictObject({
  mode: z
    .enum(["half-up", "half-even", "half-down", "down", "up"])
    .optional()
    .describe("half-up (the default: 四舍五入), half-even, half-down, down or up."),
  places: z
    .number()
    .int()
    .min(0)
    .max(2)
    .optional()
    .describe("Decimal places kept: 2 (cents, the default), 1 or 0."),
});

/** The fields every payout kind's schema starts with, and the adjustments every payout may make. */
export const payoutBaseShape = {
  id: idSchema,
  name: nameSchema.optional(),
  description: nameSchema.optional(),
  withhold: z
    .array(withholdSchema)
    .optional()
    .describe("Withholdings, applied in order to the amount left by the previous ones."),
  cap: moneySchema.optional().describe("The most the payout pays (after withholding)."),
  floor: moneySchema.optional().describe("The least the payout pays (after withholding)."),
  rounding: moneyRoundingSchema
    .optional()
    .describe("Rounding of the final amount; half-up to cents by default."),
};

/** A withholding as a policy declares it. */
export type Withhold = z.infer<typeof withholdSchema>;
/** A payout's rounding as a policy declares it. */
export type MoneyRounding = z.infer<typeof moneyRoundingSchema>;
