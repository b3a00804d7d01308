import { decimalFromScaled } from "../../decimal";
import type { InputDeclaration } from "../../policy/schema/inputs";
import type { InputValue, RecordValues } from "../../records/values";

/**
 * A record's inputs as the fast path holds them: safe integers, one slot per input — a count, a
 * boolean as 1/0, money in cents, a decimal × 10^places — one per key of a counts input, and one
 * per option of a tier input (how many answers chose it: the mean needs no order) and one more
 * for its number of answers (counted as they are read, so that a mean need not add its options'
 * slots). Never a missing value: a record with one takes the decimal path.
 */
export type FastValues = readonly number[];

/** Where each input lives in {@link FastValues}. */
export interface FastSlot {
  readonly id: string;
  readonly declaration: InputDeclaration;
  /** The slot of the input, or of each key of a counts input or option of a tier input (in declared order). */
  readonly slots: readonly number[];
  /** A tier input's slot for its number of answers. */
  readonly answers?: number;
}

/** The slot layout of a policy's inputs, and the way back to checked record values. */
export interface FastLayout {
  /** The scale of decimal inputs' slots: integers of 10^-places. */
  readonly places: number;
  readonly inputs: readonly FastSlot[];
  /** How many slots the inputs take. */
  readonly size: number;
  /** The slot of an input id, of `id.key` for a key of counts, or of `id.option` for a tier option. */
  slotOf(id: string, key?: string): number;
  /** The slot of a tier input's number of answers. */
  answersOf(id: string): number;
  /** The checked record values the slots stand for, exactly as the record reader makes them. */
  values(slots: FastValues): RecordValues;
}

/** The input types the fast path reads; a policy with another (scores) takes the decimal path. */
const FAST_TYPES: ReadonlySet<InputDeclaration["type"]> = new Set([
  "count",
  "counts",
  "boolean",
  "money",
  "decimal",
  "tier",
]);

/**
 * Lays out a policy's inputs in slots, in declaration order; undefined when an input has a
 * type the fast path does not read.
 *
 * @example
 * ```ts
 * const layout = fastLayout(policy.inputs, 0);
 * layout?.slotOf("complaints", "major"); //=> 9 (P1: inspected, findings, 5 survey options and their count, valid, major)
 * ```
 */
export function fastLayout(
  inputs: Readonly<Record<string, InputDeclaration>>,
  places: number,
): FastLayout | undefined {
  const laid: FastSlot[] = [];
  const byRef = new Map<string, number>();
  let next = 0;
  for (const [id, declaration] of Object.entries(inputs)) {
    if (!FAST_TYPES.has(declaration.type)) return undefined;
    const keys =
      declaration.type === "counts"
        ? declaration.keys
        : declaration.type === "tier"
          ? declaration.options.map((option) => option.id)
          : [undefined];
    const slots = keys.map((key) => {
      byRef.set(key === undefined ? id : `${id}.${key}`, next);
      return next++;
    });
    laid.push(
      declaration.type === "tier" ? { id, declaration, slots, answers: next++ } : { id, declaration, slots },
    );
  }
  return {
    places,
    inputs: laid,
    size: next,
    slotOf(id, key) {
      const slot = byRef.get(key === undefined ? id : `${id}.${key}`);
      // Only references the policy's checks accepted are laid out; reaching this is a bug in kaoping.
      if (slot === undefined) throw new Error(`kaoping: no fast slot for "${id}"`);
      return slot;
    },
    answersOf(id) {
      const answers = laid.find((input) => input.id === id)?.answers;
      // Only tier inputs the policy's checks accepted are asked for; reaching this is a bug in kaoping.
      if (answers === undefined) throw new Error(`kaoping: no fast answers slot for "${id}"`);
      return answers;
    },
    values(slots) {
      // Every declared input an own property, in declaration order, as the record reader makes it.
      const values: Record<string, InputValue> = {};
      for (const { id, declaration, slots: at } of laid) {
        values[id] = inputValue(declaration, slots, at, places);
      }
      return values;
    },
  };
}

function inputValue(
  declaration: InputDeclaration,
  slots: FastValues,
  at: readonly number[],
  places: number,
): InputValue {
  const slot = slots[at[0] as number] as number;
  switch (declaration.type) {
    case "boolean":
      return slot === 1;
    case "money":
      return decimalFromScaled(slot, 2);
    case "decimal":
      return decimalFromScaled(slot, places);
    case "tier": {
      // The answers each option got, as the record reader lists them: sorted by id.
      const answers: string[] = [];
      declaration.options.forEach((option, i) => {
        for (let n = slots[at[i] as number] as number; n > 0; n--) answers.push(option.id);
      });
      return answers.sort();
    }
    case "counts": {
      const counts: Record<string, number> = {};
      declaration.keys.forEach((key, i) => {
        counts[key] = slots[at[i] as number] as number;
      });
      return counts;
    }
    default:
      return slot;
  }
}
