import type { InputDeclaration, TierInput } from "../../policy/schema/inputs";
import { ANSWER_SEPARATOR, tierLookup } from "../../records/input-readers";
import { parseBoolean } from "../../records/parse-value";
import type { FastLayout } from "./fast-layout";
import { scaleLiteral } from "./scale";

/** A raw record's fields, by column. */
type Fields = Readonly<Record<string, unknown>>;

/** A slot's raw value to its content, or undefined when it is not plainly valid. */
type Parse = (value: unknown) => unknown;

/** Where a column's value goes: a slot, or one of these. */
const IGNORED = -1;
/** A column the lane leaves to the record reader whenever a record has it (nested counts). */
const DECLINED = -2;

/**
 * The fast reader of a policy's records: every input straight into its slot, for records whose
 * values are plainly valid (digits, cents, a known tier id or name, yes/no). Anything else — a
 * missing value, spaces, a malformed or out-of-range value — is not judged here: it declines
 * (undefined), and the record reader with its messages takes the record. The slots end with
 * the record's raw `subject` and `period` (at the layout's size and size + 1).
 *
 * @example
 * ```ts
 * const read = compileFastRecordReader(layout);
 * read({ subject: "A", inspected: true, findings: 3, survey: "average", ... }); //=> [1, 3, "average", 1, 0, "A", undefined]
 * read({ subject: "A", findings: "x", ... });                                   //=> undefined
 * ```
 */
export function compileFastRecordReader(layout: FastLayout): (fields: Fields) => unknown[] | undefined {
  const parsers: { slot: number; parse: Parse; fallback: unknown }[] = [];
  const targets = new Map<string, number>();
  for (const { id, declaration, slots } of layout.inputs) {
    if (declaration.type === "counts") {
      // A nested object of counts takes the record reader, which also reports unknown keys.
      targets.set(id, DECLINED);
      declaration.keys.forEach((key, i) => {
        const slot = slots[i] as number;
        targets.set(declaration.columns?.[key] ?? `${id}.${key}`, slot);
        parsers.push({ slot, parse: countOf(undefined), fallback: declaration.default });
      });
      continue;
    }
    const slot = slots[0] as number;
    targets.set(declaration.column ?? id, slot);
    const fallback = defaultOf(declaration, layout.places);
    parsers.push({ slot, parse: parserOf(declaration, layout.places), fallback });
  }
  const { size } = layout;
  targets.set("subject", size);
  targets.set("period", size + 1);
  const targetOf = (column: string) => targets.get(column) ?? IGNORED;

  // Records from one source list their fields in one order: learned from a record, it lets the
  // next ones be read in a single `for…in` pass (which V8 serves from the object's shape)
  // instead of a lookup per column.
  let order: readonly string[] = [];
  let orderTargets: readonly number[] = [];

  /** The raw values into their slots, by the learned order; false when the record's differs. */
  const byOrder = (fields: Fields, slots: unknown[]): boolean => {
    let i = 0;
    let last = "";
    for (const key in fields) {
      if (key !== order[i]) return false;
      const target = orderTargets[i] as number;
      if (target >= 0) slots[target] = fields[key];
      else if (target === DECLINED) return false;
      last = key;
      i++;
    }
    // `for…in` lists own fields before inherited ones: the last being own, all are.
    return i === order.length && (i === 0 || Object.hasOwn(fields, last));
  };

  /** The raw values into their slots by the record's own keys, learning their order. */
  const byKeys = (fields: Fields, slots: unknown[]): boolean => {
    const keys = Object.keys(fields);
    order = keys;
    orderTargets = keys.map(targetOf);
    for (let i = 0; i < keys.length; i++) {
      const target = orderTargets[i] as number;
      if (target >= 0) slots[target] = fields[keys[i] as string];
      else if (target === DECLINED) return false;
    }
    return true;
  };

  return (fields) => {
    const slots = new Array<unknown>(size + 2);
    if (!byOrder(fields, slots)) {
      slots.fill(undefined);
      if (!byKeys(fields, slots)) return undefined;
    }
    for (const { slot, parse, fallback } of parsers) {
      const value = slots[slot];
      const read = value === undefined || value === null || value === "" ? fallback : parse(value);
      if (read === undefined) return undefined;
      slots[slot] = read;
    }
    return slots;
  };
}

function parserOf(declaration: Exclude<InputDeclaration, { type: "counts" }>, places: number): Parse {
  switch (declaration.type) {
    case "count":
      return countOf(declaration.max);
    case "boolean":
      return (value) => {
        const yes = parseBoolean(value);
        return yes === undefined ? undefined : yes ? 1 : 0;
      };
    case "money":
      return scaledOf(2, declaration.min ?? 0, declaration.max);
    case "decimal":
      return scaledOf(places, declaration.min, declaration.max);
    case "tier":
      return tierOf(declaration);
    default:
      // A layout holds no other type; reaching this is a bug in kaoping.
      throw new Error(`kaoping: no fast reader for ${declaration.type}`);
  }
}

/** A whole number of digits (or a safe integer), 0 or more, at most `max`. */
function countOf(max: number | undefined): Parse {
  const limit = max ?? Number.MAX_SAFE_INTEGER;
  return (value) => {
    let count: number;
    if (typeof value === "number") count = value;
    else if (typeof value === "string") count = digits(value);
    else return undefined;
    return Number.isSafeInteger(count) && count >= 0 && count <= limit ? count : undefined;
  };
}

/** "123" → 123; NaN for anything but ASCII digits (spaces, signs, points, empty). */
function digits(text: string): number {
  if (text.length === 0 || text.length > 15) return Number.NaN;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** A decimal string or number × 10^places, within bounds; undefined for finer values or NaN bounds. */
function scaledOf(places: number, min: number | string | undefined, max: number | string | undefined): Parse {
  const low = min === undefined ? Number.NEGATIVE_INFINITY : scaleLiteral(min, places);
  const high = max === undefined ? Number.POSITIVE_INFINITY : scaleLiteral(max, places);
  const unit = 10 ** places;
  return (value) => {
    let scaled: number;
    if (typeof value === "number") scaled = Number.isSafeInteger(value) ? value * unit : Number.NaN;
    else if (typeof value === "string") scaled = scaledDigits(value, places);
    else return undefined;
    // A NaN bound compares false: such a policy leaves every value to the record reader.
    return Number.isSafeInteger(scaled) && scaled >= low && scaled <= high ? scaled : undefined;
  };
}

/**
 * "3001.70" × 10^places as an integer, read digit by digit (no allocation); NaN for anything
 * else (signs, spaces, exponents, leading zeros, more places), which the record reader then judges.
 */
function scaledDigits(text: string, places: number): number {
  if (text.length === 0 || text.length > 16) return Number.NaN;
  // As in DECIMAL_PATTERN, a zero leads only when it stands alone before the point.
  if (text.charCodeAt(0) === 48 && text.length > 1 && text.charCodeAt(1) !== 46) return Number.NaN;
  let value = 0;
  let decimals = -1; // -1: no point yet
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && decimals === -1 && i > 0) {
      decimals = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9 || decimals === places) return Number.NaN;
    value = value * 10 + digit;
    if (decimals !== -1) decimals++;
  }
  if (decimals === 0) return Number.NaN;
  return value * 10 ** (places - Math.max(decimals, 0));
}

/** A tier answer as the record reader reads it: one, or an array of them when many are allowed. */
function tierOf(declaration: TierInput): Parse {
  const lookup = tierLookup(declaration);
  return (value) => {
    // A cell with separators holds several answers: the record reader splits it.
    if (typeof value === "string") return ANSWER_SEPARATOR.test(value) ? undefined : lookup(value);
    if (!Array.isArray(value) || value.length === 0 || (value.length > 1 && !declaration.many)) {
      return undefined;
    }
    if (value.length === 1) return typeof value[0] === "string" ? lookup(value[0]) : undefined;
    const ids = new Array<string>(value.length);
    for (let i = 0; i < value.length; i++) {
      const id = typeof value[i] === "string" ? lookup(value[i]) : undefined;
      if (id === undefined) return undefined;
      ids[i] = id;
    }
    return ids;
  };
}

/** A declared default in its slot's form; undefined when there is none. */
function defaultOf(declaration: Exclude<InputDeclaration, { type: "counts" }>, places: number): unknown {
  if (declaration.type === "tier" || declaration.type === "scores" || declaration.default === undefined)
    return undefined;
  switch (declaration.type) {
    case "boolean":
      return declaration.default ? 1 : 0;
    case "money":
    case "decimal": {
      // A default finer than the slots leaves empty values to the record reader.
      const scaled = scaleLiteral(declaration.default, declaration.type === "money" ? 2 : places);
      return Number.isNaN(scaled) ? undefined : scaled;
    }
    default:
      return declaration.default;
  }
}
