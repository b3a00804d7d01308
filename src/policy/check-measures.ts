import type { CheckContext } from "../components/kind";
import { Decimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { type Issue, makeIssue } from "../issues/issue";
import { type Measure, measureKindOf, measureSchema } from "../measures/registry";
import type { Scale } from "./schema/scores-input";

/**
 * The measures of a policy that are well-formed, and the ids of those that are not (their
 * schema reports them; a reference to one is not reported again).
 *
 * @example
 * ```ts
 * collectMeasures({ "complaint-rate": { kind: "rate", numerator: "c", denominator: "s" } }).measures.size; //=> 1
 * ```
 */
export function collectMeasures(raw: unknown): {
  readonly measures: Map<string, Measure>;
  readonly broken: Set<string>;
} {
  const measures = new Map<string, Measure>();
  const broken = new Set<string>();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { measures, broken };
  for (const [id, value] of Object.entries(raw)) {
    const parsed = measureSchema.safeParse(value);
    if (parsed.success) measures.set(id, parsed.data);
    else broken.add(id);
  }
  return { measures, broken };
}

/**
 * Runs each well-formed measure's own checks (its inputs declared and of the right type).
 *
 * @example
 * ```ts
 * checkMeasures(measures, ctx); // reports policy.unknown-input at measures.complaint-rate.numerator
 * ```
 */
export function checkMeasures(measures: ReadonlyMap<string, Measure>, ctx: CheckContext): void {
  for (const [id, measure] of measures) measureKindOf(measure).check(measure, ["measures", id], ctx);
}

/**
 * Checks a survey question's scale: its lowest answer below its highest, the step dividing the
 * distance between them.
 *
 * @example
 * ```ts
 * checkScale({ min: 5, max: 1 }, ["inputs", "survey", "scale"], issues); // policy.scale-invalid
 * ```
 */
export function checkScale(scale: Scale, path: readonly PathSegment[], issues: Issue[]): void {
  const min = new Decimal(scale.min);
  const max = new Decimal(scale.max);
  const step = new Decimal(scale.step ?? 1);
  if (min.gte(max) || !max.minus(min).mod(step).isZero()) {
    issues.push(
      makeIssue("policy.scale-invalid", [...path], {
        min: min.toString(),
        max: max.toString(),
        step: step.toString(),
      }),
    );
  }
}
