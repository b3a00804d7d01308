import type { Condition } from "../../policy/schema/condition";
import type { FastContext, FastScope } from "./fast-context";

/** A condition in integers: 1 holds, 0 does not, NaN cannot be decided exactly here. */
export type FastCondition = (scope: FastScope) => number;

/** The comparison operators, in the order a condition's tests are made. */
const OPERATORS = ["eq", "ne", "lt", "lte", "gt", "gte"] as const;
type Operator = (typeof OPERATORS)[number];

/**
 * A test of a condition: its target, scaled, and which of below (1), equal (2) and above (4) it
 * lets pass — a bit set rather than the operator's name, so that a test is a few instructions.
 */
interface Test {
  readonly target: number;
  readonly passing: number;
}

/** Which sides of its target each operator lets pass: below 1, equal 2, above 4. */
const PASSING: Readonly<Record<Operator, number>> = { eq: 2, ne: 5, lt: 1, lte: 3, gt: 4, gte: 6 };

/**
 * Whether `value` stands in the test's relation to its target × `denominator`. One plain
 * function for every test, which V8 inlines where it is called: a closure per test would be a
 * call each, through a line that meets them all.
 */
function passes({ target, passing }: Test, value: number, denominator: number): boolean {
  const bound = target * denominator;
  // (NaN is on no side: it passes no test.)
  return (passing & (value < bound ? 1 : value > bound ? 4 : value === bound ? 2 : 0)) !== 0;
}

/** Whether `value` passes every test (at a denominator of 1 for inputs). */
function passesAll(tests: readonly Test[], value: number, denominator: number): boolean {
  for (let i = 0; i < tests.length; i++) if (!passes(tests[i] as Test, value, denominator)) return false;
  return true;
}

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
  for (const operator of OPERATORS) {
    const raw = condition[operator];
    if (raw === undefined) continue;
    const target = fast.literal(typeof raw === "boolean" ? Number(raw) : raw);
    if (Number.isNaN(target)) return undefined;
    tests.push({ target, passing: PASSING[operator] });
  }
  if ("input" in condition) {
    // An input is whole at the plan's scale, unless it is finer or its counts add up past 2^53,
    // where floats are not exact (NaN or unsafe: undecided, the decimal path decides).
    const value = fast.scaled(condition.input);
    return (scope) => {
      const scaled = value(scope.values);
      return !Number.isSafeInteger(scaled) ? Number.NaN : passesAll(tests, scaled, 1) ? 1 : 0;
    };
  }
  if (condition.score === "total") {
    // The usual withholding test (total below 60): the scope's total is read as it is, always whole.
    if (tests.length === 1) {
      // One test, as usual: no loop over the tests (3–6 ns a record of P1 with P2's pay).
      const test = tests[0] as Test;
      return (scope) => (passes(test, scope.total, scope.totalDenominator) ? 1 : 0);
    }
    return (scope) => (passesAll(tests, scope.total, scope.totalDenominator) ? 1 : 0);
  }
  const score = fast.score(condition.score);
  if (score === undefined) return undefined;
  const { read, denominator: denominatorOf } = score;
  return (scope) => {
    const value = read(scope);
    // A value finer than the scale is undecided (the fast path holds no missing values).
    if (Number.isNaN(value)) return Number.NaN;
    return passesAll(tests, value, denominatorOf(scope)) ? 1 : 0;
  };
}
