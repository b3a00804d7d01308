import { z } from "zod";
import { policySchema } from "./schema/policy";

/**
 * The JSON Schema (draft 2020-12) of a policy file, for editors to autocomplete and check it:
 * point a policy's `"$schema"` at a saved copy (`kaoping schema > policy.schema.json`).
 *
 * @example
 * ```ts
 * const schema = policyJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: "input", unrepresentable: "any" });
  return { ...schema, $id: "https://kaoping.dev/schema/policy.json", title: "kaoping policy" };
}
