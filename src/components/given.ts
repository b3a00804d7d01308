import { z } from "zod";
import { Decimal } from "../decimal";
import { makeIssue } from "../issues/issue";
import type { RefType } from "../policy/input-ref";
import { columnOf } from "../records/column-of";
import type { RecordValues } from "../records/values";
import { componentBaseShape } from "./base";
import { defineComponentKind } from "./kind";

/** What a given score may be read from: a decimal or a whole number. */
const SCORE_REFS: readonly RefType[] = ["decimal", "count"];

/**
 * `given`: a score supplied in the record (appraised elsewhere, such as a manager's mark),
 * checked to lie in [0, max]: a score outside rejects the record, naming the field.
 *
 * @example
 * ```json
 * { "id": "score", "kind": "given", "max": 100, "input": "score" }
 * //=> "85" gives 85 points; "101" rejects the record (record.out-of-range, path ["score"])
 * ```
 */
export const given = defineComponentKind({
  kind: "given",
  schema: z.strictObject({
    ...componentBaseShape,
    kind: z.literal("given"),
    input: z.string().min(1).describe("The decimal input that carries the score."),
  }),

  check(component, path, ctx) {
    ctx.input(component.input, [...path, "input"], SCORE_REFS);
  },

  compileFast(component, fast) {
    const read = fast.scaled(component.input);
    const max = fast.literal(component.max);
    // A score outside 0…max is rejected by `validate`: the fast path leaves it to the decimal path.
    return (values) => {
      const score = read(values);
      return score >= 0 && score <= max ? score : Number.NaN;
    };
  },

  compile(component, ctx) {
    const max = new Decimal(component.max);
    const read = ctx.numeric(component.input);
    const resolved = ctx.ref(component.input);
    const column = columnOf(resolved);
    const inputName = resolved.declaration.name;
    return {
      id: component.id,
      name: component.name,
      max,
      validate(values: RecordValues) {
        const value = read(values);
        if (value === undefined || (!value.lt(0) && !value.gt(max))) return [];
        return [
          makeIssue("record.out-of-range", [column], {
            input: column,
            received: value.toString(),
            min: "0",
            max: max.toString(),
          }),
        ];
      },
      evaluate(values, trace) {
        const value = read(values);
        if (value === undefined) return undefined;
        trace?.push({
          code: "given.score",
          component: component.id,
          input: component.input,
          ...(inputName && { inputName }),
          delta: value,
          values: { value: value.toString(), max: max.toString() },
        });
        return value;
      },
    };
  },
});
