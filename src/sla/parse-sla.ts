import { makeIssue } from "../issues/issue";
import { PolicyError } from "../issues/policy-error";
import { fromZod } from "../policy/from-zod";
import { checkSla } from "./check-sla";
import { type SlaPolicy, slaSchema } from "./schema";

/**
 * Validates an SLA: the `sla` section of a policy, or a section given alone. Throws one
 * {@link PolicyError} with every issue (paths start at `sla` for a whole policy).
 *
 * @example
 * ```ts
 * assertSla(getPreset("after-sales-response")!).priorities.map((p) => p.id); //=> ["urgent", "general", "enquiry"]
 * ```
 */
export function assertSla(input: unknown): SlaPolicy {
  const whole = typeof input === "object" && input !== null && "components" in input;
  const raw = whole ? (input as { sla?: unknown }).sla : input;
  const prefix = whole ? ["sla"] : [];
  if (raw === undefined) throw new PolicyError([makeIssue("sla.missing", prefix, {})]);
  const parsed = slaSchema.safeParse(raw, { reportInput: true });
  const issues = [...(parsed.success ? [] : fromZod(parsed.error.issues, prefix)), ...checkSla(raw, prefix)];
  if (issues.length > 0 || !parsed.success) throw new PolicyError(issues);
  return parsed.data;
}
