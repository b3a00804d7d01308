import type { Condition } from "../../policy/schema/condition";
import type { FastContext, FastScope } from "./fast-context";

/** A condition in integers: 1 holds, 0 does not, NaN cannot be decided exactly here. */
export type FastCondition = (scope: FastScope) => number;

/** A comparison of a score's numerator with the target × its denominator. */
type Test = (value: number, denominator: number) => boolean;

/** One closure per operator, the target in it: one call per test, and none through a table. */
const TESTS = {
  eq:
    (target: number): Test =>
    (value, denominator) =>
      value === target * denominator,
  ne:
    (target: number): Test =>
    (value, denominator) =>
      value !== target * denominator,
  lt:
    (target: number): Test =>
    (value, denominator) =>
      value < target * denominator,
  lte:
    (target: number): Test =>
    (value, denominator) =>
      value <= target * denominator,
  gt:
    (target: number): Test =>
    (value, denominator) =>
      value > target * denominator,
  gte:
    (target: number): Test =>
    (value, denominator) =>
      value >= target * denominator,
} as const;

/**
 * Compiles a condition to integers at the plan's scale; undefined when one of its numbers does
 * not fit the scale (the policy then takes the decimal path).
 *
 * @example
 * ```ts
 * compileFastCondition({ score: "total", lt: 60 }, fast)?.({ total: 5950, ... }); //=> 1 (at 2 places)
 * ```
 */
export function compileFastCondition(condition: Condition, fast: FastContext): FastCondition | undefined {
  if ("all" in condition || "any" in condition) {
    const all = "all" in condition;
    const parts = (all ? condition.all : condition.any).map((c) => compileFastCondition(c, fast));
    if (parts.some((part) => part === undefined)) return undefined;
    const compiled = parts as FastCondition[];
    // A part that fails decides `all` (one that holds decides `any`), whatever the others are;
    // otherwise an undecidable part (NaN) leaves the whole undecided, as it should.
    return all
      ? (scope) => {
          let holds = 1;
          for (let i = 0; i < compiled.length; i++) {
            const part = (compiled[i] as FastCondition)(scope);
            if (part === 0) return 0;
            holds *= part;
          }
          return holds;
        }
      : (scope) => {
          let fails = 1;
          for (let i = 0; i < compiled.length; i++) {
            const part = (compiled[i] as FastCondition)(scope);
            if (part === 1) return 1;
            fails *= 1 - part;
          }
          return 1 - fails;
        };
  }
  if ("not" in condition) {
    const part = compileFastCondition(condition.not, fast);
    return part === undefined ? undefined : (scope) => 1 - part(scope);
  }
  if ("grade" in condition) {
    const grades = typeof condition.grade === "string" ? [condition.grade] : condition.grade;
    return (scope) => (scope.grade !== undefined && grades.includes(scope.grade) ? 1 : 0);
  }
  // A score is numerator / denominator: compare its numerator with the target × the denominator.
  const tests: Test[] = [];
  for (const [operator, testOf] of Object.entries(TESTS)) {
    const raw = condition[operator as keyof typeof TESTS];
    if (raw === undefined) continue;
    const target = fast.literal(typeof raw === "boolean" ? Number(raw) : raw);
    if (Number.isNaN(target)) return undefined;
    tests.push(testOf(target));
  }
  if ("input" in condition) {
    // An input is whole at the plan's scale: compared as it is, one test at a time.
    const value = fast.scaled(condition.input);
    if (tests.length === 1) {
      const test = tests[0] as Test;
      return (scope) => {
        const scaled = value(scope.values);
        return Number.isNaN(scaled) ? Number.NaN : test(scaled, 1) ? 1 : 0;
      };
    }
    return (scope) => {
      const scaled = value(scope.values);
      if (Number.isNaN(scaled)) return Number.NaN;
      for (let i = 0; i < tests.length; i++) if (!(tests[i] as Test)(scaled, 1)) return 0;
      return 1;
    };
  }
  if (condition.score === "total" && tests.length === 1) {
    // The usual withholding test (total below 60): the scope's total is read as it is, always whole.
    const test = tests[0] as Test;
    return (scope) => (test(scope.total, scope.totalDenominator) ? 1 : 0);
  }
  const score = fast.score(condition.score);
  if (score === undefined) return undefined;
  const { read, denominator: denominatorOf } = score;
  return (scope) => {
    const value = read(scope);
    const denominator = denominatorOf(scope);
    // A value finer than the scale is undecided (the fast path holds no missing values).
    if (Number.isNaN(value)) return Number.NaN;
    for (let i = 0; i < tests.length; i++) if (!(tests[i] as Test)(value, denominator)) return 0;
    return 1;
  };
}
