import { z } from "zod";
import { Decimal, divide, QUOTIENT_PLACES } from "../decimal";
import type { TraceStep } from "../engine/trace";
import type { Issue } from "../issues/issue";
import { makeIssue } from "../issues/issue";
import type { DecimalInput } from "../policy/schema/common";
import { positiveSchema } from "../policy/schema/common";
import { componentBaseShape } from "./base";
import { type CompiledComponent, type ComponentKind, defineComponentKind } from "./kind";

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
/** Decimal places of a weighted score and of each part's contribution to it (as any non-terminating quotient). */
const PLACES = QUOTIENT_PLACES;
/** Decimal places the contributions are worked out to before the score is rounded, once, to {@link PLACES}. */
const WORK_PLACES = PLACES + 10;
const UNIT = new Decimal(10).pow(-PLACES);
const WORK_SCALE = new Decimal(10).pow(WORK_PLACES);

/** A part's component as the weighted schema types it: any component (checked in full by the schema). */
export interface PartComponent {
  readonly id: string;
  readonly kind: string;
  readonly max: DecimalInput;
  readonly [field: string]: unknown;
}

/** What happens to a part that has no data for a record. */
export type NoDataRule = "redistribute" | "zero";

/**
 * Builds the `weighted` kind: parts (components of any kind, each with a weight in percent;
 * the weights add up to 100), each scored on its own scale and counted by its weight:
 * part score / part max × weight / 100 × max. `noData` says what a part without data does:
 * `redistribute` spreads its weight over the parts that have data (in proportion to their
 * weights), `zero` lets it score 0. When no part has data, neither has the component.
 *
 * It takes the schema and the kinds of any component, because its parts are components:
 * `registry.ts` builds it with the union it belongs to (no import cycle).
 *
 * @example
 * ```ts
 * const weighted = weightedKind(() => componentSchema, kindOf);
 * ```
 */
export function weightedKind(
  anyComponent: () => z.ZodType<PartComponent>,
  kindOf: (component: PartComponent) => ComponentKind,
) {
  return defineComponentKind({
    kind: "weighted",
    schema: z.strictObject({
      ...componentBaseShape,
      kind: z.literal("weighted"),
      noData: z
        .enum(["redistribute", "zero"])
        .describe("A part without data: spread its weight over the others, or let it score 0."),
      parts: z
        .array(
          z.strictObject({
            weight: positiveSchema.describe("The part's weight in percent; the weights add up to 100."),
            component: z.lazy(anyComponent),
          }),
        )
        .min(1)
        .describe("The weighted parts: each a component with its weight."),
    }),

    check(component, path, ctx) {
      let sum = ZERO;
      const seen = new Set<string>();
      component.parts.forEach((part, index) => {
        sum = sum.plus(part.weight);
        const at = [...path, "parts", index, "component"];
        if (seen.has(part.component.id)) {
          ctx.report(
            makeIssue("policy.duplicate-component", [...at, "id"], { component: part.component.id }),
          );
        }
        seen.add(part.component.id);
        // A part is counted as its score over its max: a max of 0 would divide by zero.
        if (new Decimal(part.component.max).isZero()) {
          ctx.report(
            makeIssue("schema.too-small", [...at, "max"], { minimum: "0", inclusive: false, received: "0" }),
          );
        }
        kindOf(part.component).check(part.component as never, at, ctx);
      });
      if (!sum.eq(HUNDRED)) {
        ctx.report(makeIssue("policy.weights-sum", [...path, "parts"], { sum: sum.toString() }));
      }
    },

    compile(component, ctx) {
      const max = new Decimal(component.max);
      const rule: NoDataRule = component.noData;
      const parts = component.parts.map((part) => ({
        weight: new Decimal(part.weight),
        compiled: kindOf(part.component).compile(part.component as never, ctx) as CompiledComponent,
      }));
      return {
        id: component.id,
        name: component.name,
        max,
        validate(values) {
          const issues: Issue[] = [];
          for (const part of parts) issues.push(...(part.compiled.validate?.(values) ?? []));
          return issues;
        },
        evaluate(values, trace) {
          const scored = parts.map((part) => {
            const steps: TraceStep[] | undefined = trace === undefined ? undefined : [];
            return { ...part, score: part.compiled.evaluate(values, steps), steps };
          });
          if (scored.every((part) => part.score === undefined)) return undefined;
          // The weight the scores are counted against: all of it, or only the parts with data.
          let counted = ZERO;
          for (const part of scored)
            if (rule === "zero" || part.score !== undefined) counted = counted.plus(part.weight);
          const exact = scored.map(({ compiled, weight, score }) =>
            score === undefined
              ? undefined
              : divideDown(max.mul(weight).mul(score), compiled.max.mul(counted)),
          );
          const contributions = apportion(exact);
          let score = ZERO;
          scored.forEach(({ compiled, weight, score: partScore, steps }, index) => {
            const head = {
              component: component.id,
              ...(compiled.name && { inputName: compiled.name }),
              input: compiled.id,
            };
            const contribution = contributions[index];
            if (partScore === undefined || contribution === undefined) {
              trace?.push({
                ...head,
                code: "weighted.no-data",
                delta: ZERO,
                values: { part: compiled.id, weight: weight.toString(), rule },
              });
              return;
            }
            score = score.plus(contribution);
            trace?.push({
              ...head,
              code: "weighted.part",
              delta: contribution,
              values: {
                part: compiled.id,
                score: partScore.toString(),
                max: compiled.max.toString(),
                weight: weight.toString(),
                share: divide(weight.mul(HUNDRED), counted).toString(),
                steps: steps ?? [],
              },
            });
          });
          return score;
        },
      };
    },
  });
}

/** a / b truncated at {@link WORK_PLACES} places (a, b ≥ 0): never above the exact quotient. */
function divideDown(a: Decimal, b: Decimal): Decimal {
  return a.mul(WORK_SCALE).divToInt(b).div(WORK_SCALE);
}

/**
 * Rounds the parts' contributions to {@link PLACES} places so that they add up exactly to their
 * sum rounded half-up, once: each is cut down to the grid, and the units of the last place left
 * over go to the parts that lost the most (the earlier part on a tie). The total is then the
 * weighted score correctly rounded, and never above the maximum (which lies on the grid).
 */
function apportion(exact: readonly (Decimal | undefined)[]): (Decimal | undefined)[] {
  let sum = ZERO;
  let floors = ZERO;
  const parts = exact.map((value, index) => {
    if (value === undefined) return undefined;
    const floor = value.toDecimalPlaces(PLACES, Decimal.ROUND_DOWN);
    sum = sum.plus(value);
    floors = floors.plus(floor);
    return { index, floor, remainder: value.minus(floor) };
  });
  let left = sum.toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP).minus(floors).div(UNIT).toNumber();
  const byRemainder = parts
    .filter((part) => part !== undefined)
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const bumped = new Set<number>();
  for (const part of byRemainder) {
    if (left <= 0) break;
    bumped.add(part.index);
    left--;
  }
  return parts.map((part) =>
    part === undefined ? undefined : bumped.has(part.index) ? part.floor.plus(UNIT) : part.floor,
  );
}
