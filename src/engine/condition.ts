import type { CompileContext } from "../components/kind";
import { Decimal } from "../decimal";
import type { Condition } from "../policy/schema/condition";
import type { RecordValues } from "../records/values";

/**
 * What a condition is evaluated against: a record's values and, once scored, its scores and grade.
 * A comparison of something the scope lacks does not hold.
 */
export interface ConditionScope {
  readonly values?: RecordValues;
  readonly total?: Decimal;
  /** Component scores by component id. */
  readonly components?: ReadonlyMap<string, Decimal>;
  readonly grade?: string;
}

/** A compiled condition: true when it holds in a scope. */
export type CompiledCondition = (scope: ConditionScope) => boolean;

/**
 * Compiles a condition into a closure once.
 *
 * @example
 * ```ts
 * const holds = compileCondition({ score: "total", lt: 60 }, ctx);
 * holds({ total: new Decimal("59.5") }); //=> true
 * ```
 */
export function compileCondition(condition: Condition, ctx: CompileContext): CompiledCondition {
  if ("all" in condition) {
    const parts = condition.all.map((c) => compileCondition(c, ctx));
    return (scope) => parts.every((part) => part(scope));
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => compileCondition(c, ctx));
    return (scope) => parts.some((part) => part(scope));
  }
  if ("not" in condition) {
    const part = compileCondition(condition.not, ctx);
    return (scope) => !part(scope);
  }
  if ("grade" in condition) {
    const grades = typeof condition.grade === "string" ? [condition.grade] : condition.grade;
    return (scope) => scope.grade !== undefined && grades.includes(scope.grade);
  }
  const read = "input" in condition ? readInput(condition.input, ctx) : readScore(condition.score);
  const tests = comparisons(condition);
  return (scope) => {
    const value = read(scope);
    return value !== undefined && tests.every((test) => test(value));
  };
}

function readInput(ref: string, ctx: CompileContext): (scope: ConditionScope) => Decimal | undefined {
  const numeric = ctx.numeric(ref);
  return (scope) => (scope.values === undefined ? undefined : numeric(scope.values));
}

function readScore(ref: string): (scope: ConditionScope) => Decimal | undefined {
  if (ref === "total") return (scope) => scope.total;
  return (scope) => scope.components?.get(ref);
}

type Test = (value: Decimal) => boolean;
type Comparison = Pick<Extract<Condition, { input: string }>, "eq" | "ne" | "lt" | "lte" | "gt" | "gte">;

const OPERATORS: Readonly<Record<keyof Comparison, (value: Decimal, target: Decimal) => boolean>> = {
  eq: (value, target) => value.eq(target),
  ne: (value, target) => !value.eq(target),
  lt: (value, target) => value.lt(target),
  lte: (value, target) => value.lte(target),
  gt: (value, target) => value.gt(target),
  gte: (value, target) => value.gte(target),
};

/** One test per comparison the condition makes, its target read once; booleans compare as 1 and 0. */
function comparisons(condition: Comparison): Test[] {
  const tests: Test[] = [];
  for (const [operator, compare] of Object.entries(OPERATORS)) {
    const raw = condition[operator as keyof Comparison];
    if (raw === undefined) continue;
    const target = new Decimal(typeof raw === "boolean" ? Number(raw) : raw);
    tests.push((value) => compare(value, target));
  }
  return tests;
}

/**
 * The input references a condition reads, in order, each once.
 *
 * @example
 * ```ts
 * conditionInputs({ all: [{ input: "inspected", eq: false }, { input: "complaints", eq: 0 }] });
 * //=> ["inspected", "complaints"]
 * ```
 */
export function conditionInputs(condition: Condition): string[] {
  if ("all" in condition) return [...new Set(condition.all.flatMap(conditionInputs))];
  if ("any" in condition) return [...new Set(condition.any.flatMap(conditionInputs))];
  if ("not" in condition) return conditionInputs(condition.not);
  return "input" in condition ? [condition.input] : [];
}
