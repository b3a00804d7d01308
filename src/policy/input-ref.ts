import type { InputDeclaration } from "./schema/inputs";

/** What an input reference reads: a whole input, or one key of a counts input. */
export type RefType = InputDeclaration["type"] | "counts-key";

/** A resolved reference such as `findings` or `complaints.valid`. */
export interface ResolvedRef {
  readonly ref: string;
  readonly id: string;
  readonly key?: string;
  readonly declaration: InputDeclaration;
  readonly type: RefType;
}

/** The input types a reference to a number may point at (a boolean reads as 1 or 0). */
export const NUMERIC_REFS: readonly RefType[] = ["count", "counts", "counts-key", "decimal", "boolean"];

/**
 * Resolves `id` or `id.key` against declared inputs; `undefined` when nothing matches.
 *
 * @example
 * ```ts
 * resolveInputRef("complaints.valid", inputs)?.type; //=> "counts-key"
 * ```
 */
export function resolveInputRef(
  ref: string,
  inputs: ReadonlyMap<string, InputDeclaration>,
): ResolvedRef | undefined {
  const dot = ref.indexOf(".");
  const id = dot === -1 ? ref : ref.slice(0, dot);
  const declaration = inputs.get(id);
  if (declaration === undefined) return undefined;
  if (dot === -1) return { ref, id, declaration, type: declaration.type };
  const key = ref.slice(dot + 1);
  if (declaration.type !== "counts" || !declaration.keys.includes(key)) return undefined;
  return { ref, id, key, declaration, type: "counts-key" };
}

/**
 * Every reference a policy may write for its inputs, for messages that list the choices.
 *
 * @example
 * ```ts
 * knownRefs(inputs); //=> ["inspected", "findings", "survey", "complaints", "complaints.valid", ...]
 * ```
 */
export function knownRefs(inputs: ReadonlyMap<string, InputDeclaration>): string[] {
  const refs: string[] = [];
  for (const [id, declaration] of inputs) {
    refs.push(id);
    if (declaration.type === "counts") for (const key of declaration.keys) refs.push(`${id}.${key}`);
  }
  return refs;
}
