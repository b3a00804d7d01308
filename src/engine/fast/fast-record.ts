import { scanDecimal } from "../../decimal";
import type { InputDeclaration, TierInput } from "../../policy/schema/inputs";
import { ANSWER_SEPARATOR, tierLookup } from "../../records/input-readers";
import { parseBoolean } from "../../records/parse-value";
import type { FastLayout } from "./fast-layout";
import { scaleLiteral } from "./scale";

/** A raw record's fields, by column. */
type Fields = Readonly<Record<string, unknown>>;

/** Reads one input into its slots; false when the value is not plainly valid. */
type SlotReader = (fields: Fields, slots: unknown[]) => boolean;

/**
 * Compiles the fast reader of a policy's records: every input straight into its slot, for
 * records whose values are plainly valid (digits, cents, a known tier id or name, yes/no).
 * Anything else — a missing value, spaces, a malformed or out-of-range value — is not judged
 * here: the reader declines (undefined), and the record reader with its messages takes it.
 *
 * @example
 * ```ts
 * const read = compileFastRecordReader(layout);
 * read({ subject: "A", inspected: true, findings: 3, survey: "average", ... }); //=> [1, 3, "average", 1, 0]
 * read({ subject: "A", findings: "x", ... });                                   //=> undefined
 * ```
 */
export function compileFastRecordReader(layout: FastLayout): (fields: Fields) => unknown[] | undefined {
  const readers: SlotReader[] = [];
  for (const { id, declaration, slots } of layout.inputs) {
    if (declaration.type === "counts") {
      // A nested object of counts takes the record reader, which also reports unknown keys.
      readers.push((fields) => own(fields, id) === undefined);
      declaration.keys.forEach((key, i) => {
        const column = declaration.columns?.[key] ?? `${id}.${key}`;
        readers.push(slotReader(column, slots[i] as number, countOf(undefined), declaration.default));
      });
      continue;
    }
    const column = declaration.column ?? id;
    const fallback = defaultOf(declaration, layout.places);
    readers.push(slotReader(column, slots[0] as number, parserOf(declaration, layout.places), fallback));
  }
  const size = layout.inputs.reduce((sum, input) => sum + input.slots.length, 0);
  return (fields) => {
    const slots = new Array<unknown>(size);
    for (const read of readers) if (!read(fields, slots)) return undefined;
    return slots;
  };
}

/** A value to a slot's content, or undefined when it is not plainly valid. */
type Parse = (value: unknown) => unknown;

function slotReader(column: string, slot: number, parse: Parse, fallback: unknown): SlotReader {
  return (fields, slots) => {
    const value = own(fields, column);
    const read = value === undefined || value === null || value === "" ? fallback : parse(value);
    slots[slot] = read;
    return read !== undefined;
  };
}

/** A field the record itself has (never one inherited, such as `constructor`). */
function own(fields: Fields, column: string): unknown {
  return Object.hasOwn(fields, column) ? fields[column] : undefined;
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
    else if (typeof value === "string") {
      const scanned = scanDecimal(value);
      if (scanned === undefined || scanned.places > places) return undefined;
      scaled = scanned.value * 10 ** (places - scanned.places);
    } else return undefined;
    // A NaN bound compares false: such a policy leaves every value to the record reader.
    return Number.isSafeInteger(scaled) && scaled >= low && scaled <= high ? scaled : undefined;
  };
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
