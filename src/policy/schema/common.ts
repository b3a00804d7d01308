import { z } from "zod";
import { DECIMAL_PATTERN, type Decimal, toDecimal } from "../../decimal";
import type { IssueCode } from "../../issues/codes";

/** Marks a zod error with a kaoping issue code; `fromZod` reads it back. */
export const KAOPING_CODE_PREFIX = "kaoping:";

/** A zod error option that reports the given kaoping issue code. */
export function issueCode(code: IssueCode): { error: string } {
  return { error: `${KAOPING_CODE_PREFIX}${code}` };
}

/** An identifier a policy owner can type and reference: starts with a letter, then letters, digits, `-`, `_`. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, issueCode("schema.invalid-format"))
  .describe("An identifier: a letter, then letters, digits, '-' or '_'.");

/** A text in English and Chinese; either may be left out. */
export const nameSchema = z
  .strictObject({ en: z.string().min(1).optional(), "zh-CN": z.string().min(1).optional() })
  .describe("A name in English (en) and Simplified Chinese (zh-CN).");

/** A decimal of any sign: a JSON number or a decimal string such as "12.50" (exact, never a float). */
export const decimalSchema = z
  .union(
    [z.number(), z.string().regex(DECIMAL_PATTERN, issueCode("schema.not-a-decimal"))],
    issueCode("schema.not-a-decimal"),
  )
  .describe('A number, or a decimal string such as "12.50" when exactness matters.');

/** Whether a value is a decimal at all (refinements leave the rest to the "not a decimal" issue). */
const isDecimal = (value: unknown) =>
  (typeof value === "number" && Number.isFinite(value)) ||
  (typeof value === "string" && DECIMAL_PATTERN.test(value));

/** A decimal that is 0 or more. */
export const pointsSchema = decimalSchema.refine(
  (value) => !isDecimal(value) || !String(value).startsWith("-"),
  issueCode("policy.negative-points"),
);

/** A decimal above 0, compared exactly ("0.0000000000000000000000001" is above 0). */
export const positiveSchema = decimalSchema.refine(
  (value) => !isDecimal(value) || (toDecimal(value) as Decimal).gt(0),
  issueCode("schema.invalid"),
);

/** The value types a decimal field accepts. */
export type DecimalInput = z.infer<typeof decimalSchema>;
