import type { Policy } from "../policy/schema/policy";

/**
 * The columns a table of records must have for a policy: `subject`, and the column of every
 * required input that has no default (one per key for counts).
 *
 * @example
 * ```ts
 * requiredColumns(getPreset("satisfaction-work"));
 * //=> ["subject", "inspected", "findings", "survey", "valid_complaints", "major_complaints"]
 * ```
 */
export function requiredColumns(policy: Policy): string[] {
  const columns = ["subject"];
  for (const [id, input] of Object.entries(policy.inputs)) {
    if (input.required === false || ("default" in input && input.default !== undefined)) continue;
    if (input.type === "counts")
      for (const key of input.keys) columns.push(input.columns?.[key] ?? `${id}.${key}`);
    else columns.push(input.column ?? id);
  }
  for (const group of policy.ranking?.groups ?? []) columns.push(group.column ?? group.id);
  return columns;
}
