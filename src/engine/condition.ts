import type { CompileContext } from "../components/kind";
import { Decimal } from "../decimal";
import type { Condition } from "../policy/schema/condition";
import type { RecordValues } from "../records/values";

/** A compiled condition: true when it holds for a record's values. */
export type CompiledCondition = (values: RecordValues) => boolean;

/**
 * Compiles a condition into a closure once; comparisons on a missing value never hold.
 *
 * @example
 * ```ts
 * const holds = compileCondition({ input: "complaints", eq: 0 }, ctx);
 * holds(values); //=> true when the record has no complaint
 * ```
 */
export function compileCondition(condition: Condition, ctx: CompileContext): CompiledCondition {
  if ("all" in condition) {
    const parts = condition.all.map((c) => compileCondition(c, ctx));
    return (values) => parts.every((part) => part(values));
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => compileCondition(c, ctx));
    return (values) => parts.some((part) => part(values));
  }
  if ("not" in condition) {
    const part = compileCondition(condition.not, ctx);
    return (values) => !part(values);
  }
  const read = ctx.numeric(condition.input);
  const tests = comparisons(condition);
  return (values) => {
    const value = read(values);
    return value !== undefined && tests.every((test) => test(value));
  };
}

type Test = (value: Decimal) => boolean;

/** One test per comparison the condition makes; booleans compare as 1 and 0. */
function comparisons(condition: Extract<Condition, { input: string }>): Test[] {
  const asDecimal = (v: number | string | boolean) => new Decimal(typeof v === "boolean" ? Number(v) : v);
  const tests: Test[] = [];
  if (condition.eq !== undefined) {
    const target = asDecimal(condition.eq);
    tests.push((value) => value.eq(target));
  }
  if (condition.ne !== undefined) {
    const target = asDecimal(condition.ne);
    tests.push((value) => !value.eq(target));
  }
  if (condition.lt !== undefined) {
    const target = asDecimal(condition.lt);
    tests.push((value) => value.lt(target));
  }
  if (condition.lte !== undefined) {
    const target = asDecimal(condition.lte);
    tests.push((value) => value.lte(target));
  }
  if (condition.gt !== undefined) {
    const target = asDecimal(condition.gt);
    tests.push((value) => value.gt(target));
  }
  if (condition.gte !== undefined) {
    const target = asDecimal(condition.gte);
    tests.push((value) => value.gte(target));
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
  if ("all" in condition) return unique(condition.all.flatMap(conditionInputs));
  if ("any" in condition) return unique(condition.any.flatMap(conditionInputs));
  if ("not" in condition) return conditionInputs(condition.not);
  return [condition.input];
}

function unique(refs: string[]): string[] {
  return [...new Set(refs)];
}
