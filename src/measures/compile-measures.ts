import type { CompileContext } from "../components/kind";
import type { Issue } from "../issues/issue";
import type { RecordValues } from "../records/values";
import type { CompiledMeasure } from "./kind";
import { type Measure, type MeasureResult, measureKindOf } from "./registry";

/** A policy's measures compiled: by id, and all at once for a record. */
export interface CompiledMeasures {
  readonly byId: ReadonlyMap<string, CompiledMeasure>;
  /** Every issue that keeps a record from being measured (it is then rejected). */
  validate(values: RecordValues): Issue[];
  /** Every measure's result for a record, in the order the policy declares them. */
  evaluate(values: RecordValues): MeasureResult[];
}

/**
 * Compiles a policy's measures once.
 *
 * @example
 * ```ts
 * const measures = compileMeasures(policy.measures ?? {}, ctx);
 * measures.evaluate(values)[0]?.value?.toString(); //=> "0.02"
 * ```
 */
export function compileMeasures(
  measures: Readonly<Record<string, Measure>>,
  ctx: CompileContext,
): CompiledMeasures {
  const byId = new Map<string, CompiledMeasure>();
  for (const [id, measure] of Object.entries(measures)) {
    byId.set(id, measureKindOf(measure).compile(id, measure, ctx));
  }
  const all = [...byId.values()];
  return {
    byId,
    validate(values) {
      const issues: Issue[] = [];
      const seen = new Set<string>();
      for (const measure of all) {
        for (const issue of measure.validate(values)) {
          // Two measures reading the same field report its problem once.
          const key = `${issue.code} ${JSON.stringify(issue.path)} ${JSON.stringify(issue.values)}`;
          if (!seen.has(key)) issues.push(issue);
          seen.add(key);
        }
      }
      return issues;
    },
    evaluate: (values) => all.map((measure) => measure.evaluate(values) as MeasureResult),
  };
}
