import type { InputDeclaration, TierInput } from "../../policy/schema/inputs";
import { ANSWER_SEPARATOR, tierLookup } from "../../records/input-readers";
import { isEmpty, parseBoolean } from "../../records/parse-value";
import { columnReader, type Fields, type Take } from "./columns";
import type { FastLayout } from "./fast-layout";
import { scaleLiteral } from "./scale";

/** One column's raw value into its slots; false when it is not plainly valid. */
type ValueReader = Take<number[]>;

/**
 * The fast reader of a policy's records: every input straight into its slots, for records whose
 * values are plainly valid (digits, cents, known tier ids or names, yes/no); the caller has
 * checked that the record is a plain object, its fields its own. Anything else
 * — another kind of object, a missing value without a default, spaces, a malformed or
 * out-of-range value — is not judged here: it declines (undefined), and the record reader with
 * its messages takes the record.
 *
 * @example
 * ```ts
 * const read = compileFastRecordReader(layout);
 * read({ subject: "A", inspected: true, findings: 3, survey: "average", ... }); //=> [1, 3, 0, 0, 1, 0, 0, 1, 1, 0]
 * read({ subject: "A", findings: "x", ... });                                   //=> undefined
 * ```
 */
export function compileFastRecordReader(layout: FastLayout): (fields: Fields) => number[] | undefined {
  const columns: [string, ValueReader][] = [];
  for (const { id, declaration, slots, answers } of layout.inputs) {
    if (declaration.type === "counts") {
      // A nested object of counts takes the record reader, which also reports unknown keys.
      columns.push([id, (_, value) => value === undefined]);
      declaration.keys.forEach((key, i) => {
        const column = declaration.columns?.[key] ?? `${id}.${key}`;
        columns.push([column, countReader(slots[i] as number, declaration.default, undefined)]);
      });
      continue;
    }
    const reader =
      declaration.type === "tier"
        ? tierReader(slots[0] as number, answers as number, declaration)
        : valueReader(declaration, slots[0] as number, layout.places);
    columns.push([declaration.column ?? id, reader]);
  }
  const read = columnReader(columns);
  // Every record's slots start as a copy of these zeros (tier tallies count up from them). Doubles,
  // so that a large value never changes the array's kind (a slow transition) once copied. A copy,
  // not `new Array(size)`: V8 tracks where `new Array` allocates, and once a caller keeps many
  // cards (`records.map(score)`) it makes every later array there in the old generation — scoring
  // then ran 1.5× slower.
  const zeros = new Array<number>(layout.size).fill(0.5).fill(0);
  return (fields) => {
    const slots = zeros.slice();
    return read(fields, slots) ? slots : undefined;
  };
}

function valueReader(
  declaration: Exclude<InputDeclaration, { type: "counts" | "tier" }>,
  slot: number,
  places: number,
): ValueReader {
  switch (declaration.type) {
    case "count":
      return countReader(slot, declaration.default, declaration.max);
    case "boolean":
      return booleanReader(slot, declaration.default);
    case "money":
      return scaledReader(slot, 2, declaration.min ?? 0, declaration.max, declaration.default);
    case "decimal":
      return scaledReader(slot, places, declaration.min, declaration.max, declaration.default);
    default:
      // A layout holds no other type; reaching this is a bug in kaoping.
      throw new Error(`kaoping: no fast reader for ${declaration.type}`);
  }
}

/** A whole number of digits (or a safe integer), 0 or more, at most `max`. */
function countReader(slot: number, fallback: number | undefined, max: number | undefined): ValueReader {
  const high = max ?? Number.MAX_SAFE_INTEGER;
  return (slots, value) => {
    let count: number;
    if (typeof value === "number") count = value;
    else if (typeof value === "string" && value !== "") count = digits(value);
    else if (isEmpty(value) && fallback !== undefined) count = fallback;
    else return false;
    slots[slot] = count;
    return Number.isSafeInteger(count) && count >= 0 && count <= high;
  };
}

/** Yes or no, as 1 or 0. */
function booleanReader(slot: number, fallback: boolean | undefined): ValueReader {
  return (slots, value) => {
    const yes =
      typeof value === "boolean" ? value : (parseBoolean(value) ?? (isEmpty(value) ? fallback : undefined));
    if (yes === undefined) return false;
    slots[slot] = yes ? 1 : 0;
    return true;
  };
}

/** A decimal string or number × 10^places, within bounds (a NaN bound, which compares false, declines every value). */
function scaledReader(
  slot: number,
  places: number,
  min: number | string | undefined,
  max: number | string | undefined,
  fallback: number | string | undefined,
): ValueReader {
  const low = min === undefined ? Number.NEGATIVE_INFINITY : scaleLiteral(min, places);
  const high = max === undefined ? Number.POSITIVE_INFINITY : scaleLiteral(max, places);
  // A default finer than the slots (NaN) leaves empty values to the record reader.
  const empty = fallback === undefined ? Number.NaN : scaleLiteral(fallback, places);
  const unit = 10 ** places;
  return (slots, value) => {
    let scaled: number;
    if (typeof value === "string" && value !== "") scaled = scaledDigits(value, places);
    else if (typeof value === "number") scaled = Number.isSafeInteger(value) ? value * unit : Number.NaN;
    else if (isEmpty(value)) scaled = empty;
    else return false;
    slots[slot] = scaled;
    return Number.isSafeInteger(scaled) && scaled >= low && scaled <= high;
  };
}

/** A tier answer, or an array of them, tallied in its options' slots (from `first` on) and counted in `answers`. */
function tierReader(first: number, answers: number, declaration: TierInput): ValueReader {
  const option = optionIndex(declaration);
  const many = declaration.many ?? false;
  return (slots, value) => {
    if (typeof value === "string") {
      // A cell with separators holds several answers: the record reader splits it.
      const index = ANSWER_SEPARATOR.test(value) ? -1 : option(value);
      if (index < 0) return false;
      slots[first + index] = 1;
      slots[answers] = 1;
      return true;
    }
    if (!Array.isArray(value) || value.length === 0 || (value.length > 1 && !many)) return false;
    for (let i = 0; i < value.length; i++) {
      const answer: unknown = value[i];
      const index = typeof answer === "string" ? option(answer) : -1;
      if (index < 0) return false;
      (slots[first + index] as number)++;
    }
    slots[answers] = value.length;
    return true;
  };
}

/**
 * An answer's option index, as the record reader reads it (-1 for none): the id of the answer's
 * length compared first — which id an answer names is as likely one as another, so a search
 * through them ends where the processor cannot predict, and ids mostly differ in length — then
 * the ids one by one, then any other spelling.
 */
function optionIndex(declaration: TierInput): (answer: string) => number {
  const ids = declaration.options.map((option) => option.id);
  const indices = new Map(ids.map((id, i) => [id, i]));
  // For each length up to the longest id's, the first id of that length (-1: none).
  const byLength = new Array<number>(Math.max(...ids.map((id) => id.length)) + 1).fill(-1);
  ids.forEach((id, i) => {
    if (byLength[id.length] === -1) byLength[id.length] = i;
  });
  const lookup = tierLookup(declaration);
  return (answer) => {
    const guess = answer.length < byLength.length ? (byLength[answer.length] as number) : -1;
    if (guess !== -1 && ids[guess] === answer) return guess;
    for (let i = 0; i < ids.length; i++) if (ids[i] === answer) return i;
    const id = lookup(answer);
    return id === undefined ? -1 : (indices.get(id) as number);
  };
}

/** "123" → 123; NaN for anything but ASCII digits (spaces, signs, points, empty). */
function digits(text: string): number {
  if (text.length === 0 || text.length > 15) return Number.NaN;
  return digitRun(text, 0, text.length);
}

/** The characters from `start` to `end` read as digits, without a substring; NaN at anything else. */
function digitRun(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** 10^n for the places a value may lack (a power is slower to compute than to look up). */
const POWERS = [1, 10, 100, 1000, 10_000, 100_000];

/**
 * "3001.70" × 10^places as an integer, read digit by digit (no allocation); NaN for anything
 * else (signs, spaces, exponents, leading zeros, more places), which the record reader then judges.
 */
function scaledDigits(text: string, places: number): number {
  if (text.length === 0 || text.length > 16) return Number.NaN;
  // As in DECIMAL_PATTERN, a zero leads only when it stands alone before the point.
  if (text.charCodeAt(0) === 48 && text.length > 1 && text.charCodeAt(1) !== 46) return Number.NaN;
  // The usual sum of money, "3001.70": its point found where it usually is, and its digits read
  // without looking for one (where the point stands varies, a branch the processor mispredicts).
  const point = text.length - 3;
  if (places >= 2 && point > 0 && text.charCodeAt(point) === 46) {
    const whole = digitRun(text, 0, point);
    const tens = text.charCodeAt(point + 1) - 48;
    const units = text.charCodeAt(point + 2) - 48;
    if (tens < 0 || tens > 9 || units < 0 || units > 9) return Number.NaN;
    return (whole * 100 + tens * 10 + units) * (POWERS[places - 2] as number);
  }
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
  return value * (POWERS[places - (decimals === -1 ? 0 : decimals)] as number);
}
