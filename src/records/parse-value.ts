import { type Decimal, toDecimal } from "../decimal";

/** Spellings of yes and no found in spreadsheets, in English and Chinese. */
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["yes", true],
  ["y", true],
  ["t", true],
  ["1", true],
  ["是", true],
  ["有", true],
  ["false", false],
  ["no", false],
  ["n", false],
  ["f", false],
  ["0", false],
  ["否", false],
  ["无", false],
]);

/**
 * Reads a yes/no value from a boolean, 1/0, or a word such as `yes`, `false`, `是`, `否`.
 *
 * @example
 * ```ts
 * parseBoolean("是");  //=> true
 * parseBoolean("abc"); //=> undefined
 * ```
 */
export function parseBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") return BOOLEANS.get(value.trim().toLowerCase());
  return undefined;
}

/**
 * Reads a whole number, 0 or more, from a number or a string of digits.
 *
 * @example
 * ```ts
 * parseCount("3");  //=> 3
 * parseCount("-1"); //=> undefined
 * ```
 */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === "string" && /^\s*\d+\s*$/.test(value)) {
    const count = Number(value);
    return Number.isSafeInteger(count) ? count : undefined;
  }
  return undefined;
}

/**
 * Reads a decimal from a number or a decimal string.
 *
 * @example
 * ```ts
 * parseDecimal("59.5")?.toString(); //=> "59.5"
 * ```
 */
export function parseDecimal(value: unknown): Decimal | undefined {
  return toDecimal(value);
}

/**
 * Whether a field counts as left empty: absent, null, or only spaces.
 *
 * @example
 * ```ts
 * isEmpty("  "); //=> true
 * ```
 */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
