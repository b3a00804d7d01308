import type { CompileContext } from "../components/kind";
import { Decimal } from "../decimal";
import { type CompiledMeasures, compileMeasures } from "../measures/compile-measures";
import type { CompiledMeasure } from "../measures/kind";
import type { Measure } from "../measures/registry";
import { resolveInputRef } from "../policy/input-ref";
import type { InputDeclaration } from "../policy/schema/inputs";
import type { RecordValues } from "../records/values";

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/** The compile context with the policy's measures, compiled once, for the engine to run. */
export interface EngineContext extends CompileContext {
  readonly measures: CompiledMeasures;
}

/**
 * The context components compile in: resolution of the references the checks accepted,
 * numeric readers over checked record values, and the policy's measures.
 *
 * @example
 * ```ts
 * const ctx = compileContext(new Map(Object.entries(policy.inputs)));
 * ctx.numeric("complaints")(values)?.toString(); //=> "1" (valid + major)
 * ```
 */
export function compileContext(
  inputs: ReadonlyMap<string, InputDeclaration>,
  measures: Readonly<Record<string, Measure>> = {},
): EngineContext {
  // Measures compile in this very context: the map is filled right after, before any use.
  const byId = new Map<string, CompiledMeasure>();
  const ctx = inputContext(inputs, byId);
  const compiled = compileMeasures(measures, ctx);
  for (const [id, measure] of compiled.byId) byId.set(id, measure);
  return { ...ctx, measures: compiled };
}

function inputContext(
  inputs: ReadonlyMap<string, InputDeclaration>,
  measures: ReadonlyMap<string, CompiledMeasure>,
): CompileContext {
  const ref = (text: string) => {
    const resolved = resolveInputRef(text, inputs);
    // The policy was validated, so every reference resolves; reaching this is a bug in kaoping.
    if (resolved === undefined) throw new Error(`kaoping: unresolved input reference "${text}"`);
    return resolved;
  };
  return {
    inputs,
    ref,
    measure(id) {
      const measure = measures.get(id);
      // The policy was validated, so every measure resolves; reaching this is a bug in kaoping.
      if (measure === undefined) throw new Error(`kaoping: unresolved measure "${id}"`);
      return measure;
    },
    numeric(text) {
      const { id, key, type, declaration } = ref(text);
      switch (type) {
        case "count":
          return (values: RecordValues) => {
            const value = values[id] as number | undefined;
            return value === undefined ? undefined : new Decimal(value);
          };
        case "counts-key":
          return (values: RecordValues) => {
            const counts = values[id] as Readonly<Record<string, number>> | undefined;
            return counts === undefined ? undefined : new Decimal(counts[key as string] as number);
          };
        case "counts": {
          const keys = declaration.type === "counts" ? declaration.keys : [];
          return (values: RecordValues) => {
            const counts = values[id] as Readonly<Record<string, number>> | undefined;
            if (counts === undefined) return undefined;
            let sum = 0;
            for (const k of keys) sum += counts[k] as number;
            return new Decimal(sum);
          };
        }
        case "decimal":
        case "money":
          return (values: RecordValues) => values[id] as Decimal | undefined;
        case "boolean":
          return (values: RecordValues) => {
            const value = values[id] as boolean | undefined;
            return value === undefined ? undefined : value ? ONE : ZERO;
          };
        default:
          throw new Error(`kaoping: input "${text}" of type ${type} is not numeric`);
      }
    },
  };
}
