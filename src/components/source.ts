import { z } from "zod";
import type { Decimal } from "../decimal";
import type { TraceStep } from "../engine/trace";
import type { LocalizedText } from "../i18n/locale";
import type { PathSegment } from "../issues/codes";
import { makeIssue } from "../issues/issue";
import { NUMERIC_REFS } from "../policy/input-ref";
import type { RecordValues } from "../records/values";
import type { CheckContext, CompileContext } from "./kind";
import { inputNameOf } from "./names";

/** The fields of a component that scores one value: an input's, or a measure's. */
export const sourceShape = {
  input: z.string().min(1).optional().describe("The input scored (give either input or measure)."),
  measure: z.string().min(1).optional().describe("The measure scored (give either input or measure)."),
};

/** A component that scores one value, as its schema gives it. */
export interface SourceFields {
  readonly input?: string | undefined;
  readonly measure?: string | undefined;
}

/**
 * Checks that a component names exactly one source, and that it resolves: a numeric input, or
 * a declared measure.
 *
 * @example
 * ```ts
 * checkSource({ input: "score", measure: "csat" }, ["components", 0], ctx);
 * // reports policy.exactly-one at components[0]
 * ```
 */
export function checkSource(component: SourceFields, path: readonly PathSegment[], ctx: CheckContext): void {
  const count = (component.input === undefined ? 0 : 1) + (component.measure === undefined ? 0 : 1);
  if (count !== 1) {
    ctx.report(makeIssue("policy.exactly-one", [...path], { fields: ["input", "measure"], count }));
  } else if (component.input !== undefined) {
    ctx.input(component.input, [...path, "input"], NUMERIC_REFS);
  } else if (component.measure !== undefined) {
    ctx.measure(component.measure, [...path, "measure"]);
  }
}

/** A compiled source: what it reads, and the reading of its value for a record. */
export interface CompiledSource {
  /** The input reference or measure id, as the policy writes it. */
  readonly ref: string;
  readonly name: LocalizedText | undefined;
  /**
   * The value for a record, or `undefined` for no data. A measure's value is shown by a trace
   * step (adding no points) before the component's own steps.
   */
  read(values: RecordValues, trace: TraceStep[] | undefined, component: string): Decimal | undefined;
  /** What every step of a component that reads this source starts with: the component, the source and its name. */
  head(component: string): { component: string; input: string; inputName?: LocalizedText };
}

/**
 * Compiles the reading of a component's source.
 *
 * @example
 * ```ts
 * compileSource({ measure: "complaint-rate" }, ctx).read(values, trace, "complaints")?.toString(); //=> "0.02"
 * ```
 */
export function compileSource(component: SourceFields, ctx: CompileContext): CompiledSource {
  const headOf = (ref: string, name: LocalizedText | undefined) => (id: string) => ({
    component: id,
    input: ref,
    ...(name && { inputName: name }),
  });
  if (component.measure !== undefined) {
    const measure = ctx.measure(component.measure);
    return {
      ref: measure.id,
      name: measure.name,
      head: headOf(measure.id, measure.name),
      read(values, trace, id) {
        const result = measure.evaluate(values);
        if (result.value === undefined) return undefined;
        trace?.push(measure.step(result, id));
        return result.value;
      },
    };
  }
  const ref = component.input as string;
  const numeric = ctx.numeric(ref);
  const name = inputNameOf(ctx.ref(ref));
  return { ref, name, head: headOf(ref, name), read: (values) => numeric(values) };
}
