import type { ResolvedRef } from "../policy/input-ref";

/**
 * The field of a record a reference reads, as a record's issues name it: the input's column,
 * or the key's column for `counts.key` (the input's id for counts read whole).
 *
 * @example
 * ```ts
 * columnOf(resolveInputRef("complaints.valid", inputs)!); //=> "valid_complaints"
 * ```
 */
export function columnOf(ref: ResolvedRef): string {
  const { declaration } = ref;
  if (declaration.type === "counts") {
    return ref.key === undefined ? ref.id : (declaration.columns?.[ref.key] ?? `${ref.id}.${ref.key}`);
  }
  return declaration.column ?? ref.id;
}
