import type { CheckContext } from "../components/kind";
import type { PathSegment } from "../issues/codes";
import { makeIssue } from "../issues/issue";
import { NUMERIC_REFS } from "./input-ref";
import { type Condition, conditionSchema } from "./schema/condition";

/** What a condition may test where it stands (a no-opinion condition cannot test the grade). */
export interface ConditionAllows {
  readonly input: boolean;
  readonly score: boolean;
  readonly grade: boolean;
}

/**
 * Checks a condition's references: inputs declared and numeric, scores `total` or a component
 * id, grades declared, and only the tests its place allows. Skips a condition that is malformed
 * (its schema reports that).
 *
 * @example
 * ```ts
 * checkCondition({ grade: "gold" }, ["payouts", 0, "when"], ctx, { input: true, score: true, grade: true });
 * // reports policy.unknown-grade at payouts[0].when.grade
 * ```
 */
export function checkCondition(
  raw: unknown,
  path: readonly PathSegment[],
  ctx: CheckContext,
  allows: ConditionAllows,
): void {
  const parsed = conditionSchema.safeParse(raw);
  if (parsed.success) walk(parsed.data, [...path], ctx, allows);
}

function walk(condition: Condition, path: PathSegment[], ctx: CheckContext, allows: ConditionAllows): void {
  if ("all" in condition || "any" in condition) {
    const [key, parts] = "all" in condition ? ["all", condition.all] : ["any", condition.any];
    for (const [i, part] of parts.entries()) walk(part, [...path, key, i], ctx, allows);
    return;
  }
  if ("not" in condition) {
    walk(condition.not, [...path, "not"], ctx, allows);
    return;
  }
  const test = "input" in condition ? "input" : "score" in condition ? "score" : "grade";
  if (!allows[test]) {
    ctx.report(makeIssue("policy.condition-not-allowed", [...path, test], { test }));
    return;
  }
  if ("input" in condition) ctx.input(condition.input, [...path, "input"], NUMERIC_REFS);
  else if ("score" in condition) {
    if (condition.score !== "total" && !ctx.components.has(condition.score)) {
      ctx.report(
        makeIssue("policy.unknown-score", [...path, "score"], {
          score: condition.score,
          known: [...ctx.components],
        }),
      );
    }
  } else {
    const grades = typeof condition.grade === "string" ? [condition.grade] : condition.grade;
    for (const grade of grades) {
      if (!ctx.grades.has(grade)) {
        ctx.report(makeIssue("policy.unknown-grade", [...path, "grade"], { grade, known: [...ctx.grades] }));
      }
    }
  }
}
