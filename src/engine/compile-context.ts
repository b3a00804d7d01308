import type { CompileContext } from "../components/kind";
import { Decimal } from "../decimal";
import { resolveInputRef } from "../policy/input-ref";
import type { InputDeclaration } from "../policy/schema/inputs";
import type { RecordValues } from "../records/values";

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/**
 * The context components compile in: resolution of the references the checks accepted, and
 * numeric readers over checked record values.
 *
 * @example
 * ```ts
 * const ctx = compileContext(new Map(Object.entries(policy.inputs)));
 * ctx.numeric("complaints")(values)?.toString(); //=> "1" (valid + major)
 * ```
 */
export function compileContext(inputs: ReadonlyMap<string, InputDeclaration>): CompileContext {
  const ref = (text: string) => {
    const resolved = resolveInputRef(text, inputs);
    // The policy was validated, so every reference resolves; reaching this is a bug in kaoping.
    if (resolved === undefined) throw new Error(`kaoping: unresolved input reference "${text}"`);
    return resolved;
  };
  return {
    inputs,
    ref,
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
