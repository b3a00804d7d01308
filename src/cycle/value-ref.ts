import type { CheckContext, CompileContext } from "../components/kind";
import type { Decimal } from "../decimal";
import type { ConditionScope } from "../engine/condition";
import type { Scorecard } from "../engine/scorecard";
import type { PathSegment } from "../issues/codes";
import { type Issue, makeIssue } from "../issues/issue";
import { knownRefs, NUMERIC_REFS, resolveInputRef } from "../policy/input-ref";
import type { Policy } from "../policy/schema/policy";
import type { RecordValues } from "../records/values";

/**
 * A value read from a scorecard: the total or a component's score (`{ "score": "total" }`,
 * `{ "score": "complaints" }`), or a numeric input (`{ "input": "complaints.major" }`).
 */
export type ValueRef = { readonly score: string } | { readonly input: string };

/**
 * How a value reference is written in messages and results: the score's id or the input reference.
 *
 * @example
 * ```ts
 * valueRefLabel({ input: "complaints.major" }); //=> "complaints.major"
 * valueRefLabel({ score: "total" });            //=> "total"
 * ```
 */
export function valueRefLabel(ref: ValueRef): string {
  return "score" in ref ? ref.score : ref.input;
}

/**
 * Compiles a reference (already checked against the policy) into a reader of scorecards;
 * `undefined` when the card lacks the value (an optional input left out, a card without inputs).
 *
 * @example
 * ```ts
 * const major = compileValueRef({ input: "complaints.major" }, ctx);
 * major(card)?.toString(); //=> "1"
 * ```
 */
export function compileValueRef(
  ref: ValueRef,
  ctx: CompileContext,
): (card: Scorecard) => Decimal | undefined {
  if ("input" in ref) {
    const read = ctx.numeric(ref.input);
    return (card) => (card.inputs === undefined ? undefined : read(card.inputs as RecordValues));
  }
  if (ref.score === "total") return (card) => card.total;
  const id = ref.score;
  return (card) => card.components.find((component) => component.id === id)?.score;
}

/**
 * What a condition sees of a scorecard: its inputs, total, component scores and grade.
 *
 * @example
 * ```ts
 * compileCondition({ grade: "fail" }, ctx)(scopeOf(card)); //=> true for a failing card
 * ```
 */
export function scopeOf(card: Scorecard): ConditionScope {
  return {
    ...(card.inputs !== undefined && { values: card.inputs as RecordValues }),
    total: card.total,
    components: new Map(card.components.map((component) => [component.id, component.score])),
    ...(card.grade !== undefined && { grade: card.grade }),
  };
}

/** What checking a value reference needs: input resolution, the component ids, somewhere to report. */
export type ValueRefCheckContext = Pick<CheckContext, "input" | "components" | "report">;

/**
 * Checks a value reference against a policy: an input must be declared and numeric, a score
 * must be `total` or a component's id.
 *
 * @example
 * ```ts
 * checkValueRef({ score: "speed" }, ["ranking", "tieBreakers", 0], ctx);
 * // reports policy.unknown-score at ranking.tieBreakers[0].score
 * ```
 */
export function checkValueRef(ref: ValueRef, path: readonly PathSegment[], ctx: ValueRefCheckContext): void {
  if ("input" in ref) {
    ctx.input(ref.input, [...path, "input"], NUMERIC_REFS);
    return;
  }
  if (ref.score !== "total" && !ctx.components.has(ref.score)) {
    ctx.report(
      makeIssue("policy.unknown-score", [...path, "score"], { score: ref.score, known: [...ctx.components] }),
    );
  }
}

/**
 * The issues of a value reference given with a valid policy (a trend's indicator, a plan's).
 *
 * @example
 * ```ts
 * valueRefIssues(policy, { input: "complaints.severe" }, ["indicators", 0])[0]?.code;
 * //=> "policy.unknown-input"
 * ```
 */
export function valueRefIssues(policy: Policy, ref: ValueRef, path: readonly PathSegment[]): Issue[] {
  const issues: Issue[] = [];
  const inputs = new Map(Object.entries(policy.inputs));
  const ctx: ValueRefCheckContext = {
    components: new Set(policy.components.map((component) => component.id)),
    report: (issue) => issues.push(issue),
    input(text, at, accepted) {
      const resolved = resolveInputRef(text, inputs);
      if (resolved === undefined) {
        issues.push(makeIssue("policy.unknown-input", at, { input: text, known: knownRefs(inputs) }));
      } else if (!accepted.includes(resolved.type)) {
        issues.push(
          makeIssue("policy.input-type-mismatch", at, {
            input: text,
            expected: accepted,
            actual: resolved.type,
          }),
        );
      } else return resolved;
      return undefined;
    },
  };
  checkValueRef(ref, path, ctx);
  return issues;
}
