import type { CheckContext } from "../components/kind";
import { componentSchema, kindOf } from "../components/registry";
import { Decimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { type Issue, makeIssue } from "../issues/issue";
import type { Measure } from "../measures/registry";
import { checkPayouts } from "../payouts/check-payouts";
import { checkSla } from "../sla/check-sla";
import { checkCondition } from "./check-condition";
import { checkCycleFields } from "./check-cycle";
import { checkMeasures, checkScale, collectMeasures } from "./check-measures";
import { knownRefs, resolveInputRef } from "./input-ref";
import { positiveSchema } from "./schema/common";
import { gradeSchema } from "./schema/grades";
import { type InputDeclaration, inputSchema } from "./schema/inputs";

/**
 * The rules across fields of a policy, run on every part that is itself well-formed, so that a
 * policy with a broken field still gets all its other issues reported in the same run.
 *
 * @example
 * ```ts
 * checkPolicy({ ...policy, grades: [{ id: "pass", min: 90 }, { id: "pass" }] });
 * //=> [{ code: "policy.duplicate-grade", path: ["grades", 1, "id"], ... }]
 * ```
 */
export function checkPolicy(raw: unknown): Issue[] {
  if (!isObject(raw)) return [];
  const issues: Issue[] = [];
  const { inputs, broken } = collectInputs(raw.inputs, issues);
  const measures = collectMeasures(raw.measures);
  const ctx = checkContext(inputs, broken, idsOf(raw.components), idsOf(raw.grades), issues, measures);
  checkMeasures(measures.measures, ctx);
  checkComponents(raw.components, raw.maxScore, ctx, issues);
  checkGrades(raw.grades, issues);
  if (raw.noOpinion !== undefined) {
    checkCondition(raw.noOpinion, ["noOpinion"], ctx, { input: true, score: true, grade: false });
  }
  checkCycleFields(raw, ctx);
  if (raw.sla !== undefined) issues.push(...checkSla(raw.sla, ["sla"]));
  checkPayouts(raw.payouts, ctx);
  return issues;
}

/** The inputs that are well-formed, and the ids of those that are not (not to be reported twice). */
function collectInputs(raw: unknown, issues: Issue[]) {
  const inputs = new Map<string, InputDeclaration>();
  const broken = new Set<string>();
  if (!isObject(raw)) return { inputs, broken };
  for (const [id, value] of Object.entries(raw)) {
    const parsed = inputSchema.safeParse(value);
    if (!parsed.success) {
      broken.add(id);
      continue;
    }
    inputs.set(id, parsed.data);
    if (parsed.data.type === "tier") checkTierOptions(parsed.data.options, ["inputs", id, "options"], issues);
    if (parsed.data.type === "counts") checkCountsKeys(parsed.data, ["inputs", id], issues);
    if (parsed.data.type === "scores") checkScale(parsed.data.scale, ["inputs", id, "scale"], issues);
  }
  return { inputs, broken };
}

function checkTierOptions(
  options: readonly { id: string; aliases?: readonly string[] | undefined }[],
  path: PathSegment[],
  issues: Issue[],
) {
  const seen = new Set<string>();
  options.forEach((option, index) => {
    for (const spelling of [option.id, ...(option.aliases ?? [])]) {
      const key = spelling.trim().toLowerCase();
      if (seen.has(key))
        issues.push(makeIssue("policy.duplicate-tier", [...path, index], { tier: spelling }));
      seen.add(key);
    }
  });
}

function checkCountsKeys(
  input: Extract<InputDeclaration, { type: "counts" }>,
  path: PathSegment[],
  issues: Issue[],
) {
  for (const field of ["columns", "names"] as const) {
    for (const key of Object.keys(input[field] ?? {})) {
      if (!input.keys.includes(key))
        issues.push(makeIssue("schema.unknown-key", [...path, field, key], { key }));
    }
  }
}

/** The `id` of each item of a list, where it has one. */
function idsOf(raw: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(raw))
    for (const item of raw) if (isObject(item) && typeof item.id === "string") ids.add(item.id);
  return ids;
}

function checkContext(
  inputs: Map<string, InputDeclaration>,
  broken: Set<string>,
  components: Set<string>,
  grades: Set<string>,
  issues: Issue[],
  measures: { readonly measures: ReadonlyMap<string, Measure>; readonly broken: ReadonlySet<string> },
): CheckContext {
  return {
    inputs,
    components,
    grades,
    report: (issue) => issues.push(issue),
    measure(id, path) {
      const measure = measures.measures.get(id);
      if (measure === undefined && !measures.broken.has(id)) {
        issues.push(
          makeIssue("policy.unknown-measure", path, { measure: id, known: [...measures.measures.keys()] }),
        );
      }
      return measure;
    },
    input(ref, path, accepted) {
      const resolved = resolveInputRef(ref, inputs);
      if (resolved === undefined) {
        if (!broken.has(ref.split(".")[0] as string)) {
          issues.push(makeIssue("policy.unknown-input", path, { input: ref, known: knownRefs(inputs) }));
        }
        return undefined;
      }
      if (!accepted.includes(resolved.type)) {
        issues.push(
          makeIssue("policy.input-type-mismatch", path, {
            input: ref,
            expected: accepted,
            actual: resolved.type,
          }),
        );
        return undefined;
      }
      return resolved;
    },
  };
}

function checkComponents(raw: unknown, rawMaxScore: unknown, ctx: CheckContext, issues: Issue[]) {
  if (!Array.isArray(raw)) return;
  const seen = new Set<string>();
  let sum = new Decimal(0);
  let summable = true;
  raw.forEach((value, index) => {
    const parsed = componentSchema.safeParse(value);
    if (!parsed.success) {
      summable = false;
      return;
    }
    const component = parsed.data;
    const path = ["components", index];
    if (seen.has(component.id)) {
      issues.push(makeIssue("policy.duplicate-component", [...path, "id"], { component: component.id }));
    }
    seen.add(component.id);
    sum = sum.plus(component.max);
    kindOf(component).check(component, path, ctx);
  });
  const maxScore = positiveSchema.safeParse(rawMaxScore);
  if (summable && maxScore.success && raw.length > 0 && !sum.eq(maxScore.data)) {
    issues.push(
      makeIssue("policy.max-mismatch", ["components"], {
        sum: sum.toString(),
        maxScore: String(maxScore.data),
      }),
    );
  }
}

function checkGrades(raw: unknown, issues: Issue[]) {
  if (!Array.isArray(raw)) return;
  const seen = new Set<string>();
  let previous: Decimal | undefined;
  raw.forEach((value, index) => {
    const parsed = gradeSchema.safeParse(value);
    if (!parsed.success) return;
    const grade = parsed.data;
    if (seen.has(grade.id))
      issues.push(makeIssue("policy.duplicate-grade", ["grades", index, "id"], { grade: grade.id }));
    seen.add(grade.id);
    if (grade.min === undefined) return;
    const min = new Decimal(grade.min);
    if (previous !== undefined && min.gte(previous)) {
      issues.push(
        makeIssue("policy.grades-not-descending", ["grades", index, "min"], {
          grade: grade.id,
          min: min.toString(),
          previous: previous.toString(),
        }),
      );
    }
    previous = min;
  });
  const last = gradeSchema.safeParse(raw[raw.length - 1]);
  if (last.success && last.data.min !== undefined) {
    issues.push(
      makeIssue("policy.grade-fallback-missing", ["grades", raw.length - 1, "min"], { grade: last.data.id }),
    );
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
