import type { PathSegment } from "../issues/codes";
import { type Issue, makeIssue } from "../issues/issue";
import { PolicyError } from "../issues/policy-error";
import { checkPolicy } from "./checks";
import { fromZod } from "./from-zod";
import { type Policy, policySchema } from "./schema/policy";

/** The outcome of {@link parsePolicy}: the policy, or every issue found in it. */
export type ParsePolicyResult =
  | { readonly success: true; readonly data: Policy }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Validates anything (parsed JSON or YAML, a preset, an object literal) as a policy: its shape
 * and every rule across its fields, all reported at once with stable codes and paths.
 * Never throws.
 *
 * @example
 * ```ts
 * const result = parsePolicy(JSON.parse(text));
 * if (result.success) compile(result.data);
 * else for (const issue of result.issues) console.log(formatIssue(issue));
 * //=> components: The components' maxima add up to 95, but maxScore is 100: they must be equal.
 * ```
 */
export function parsePolicy(input: unknown): ParsePolicyResult {
  const parsed = policySchema.safeParse(input, { reportInput: true });
  const issues = [
    ...(parsed.success ? [] : fromZod(parsed.error.issues)),
    ...prototypeKeys(input),
    ...checkPolicy(input),
  ];
  if (issues.length > 0 || !parsed.success) return { success: false, issues: sortByDocument(input, issues) };
  return { success: true, data: parsed.data };
}

/**
 * Like {@link parsePolicy}, but returns the policy or throws one {@link PolicyError} with every issue.
 *
 * @example
 * ```ts
 * const policy = assertPolicy(JSON.parse(text)); // throws PolicyError listing all issues
 * ```
 */
export function assertPolicy(input: unknown): Policy {
  const result = parsePolicy(input);
  if (!result.success) throw new PolicyError(result.issues);
  return result.data;
}

/**
 * `__proto__` keys (which JSON.parse makes own properties): zod drops them without a word, so
 * they are reported here rather than lost in silence.
 */
function prototypeKeys(input: unknown, path: PathSegment[] = []): Issue[] {
  if (typeof input !== "object" || input === null) return [];
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const at = [...path, Array.isArray(input) ? Number(key) : key];
    if (key === "__proto__") issues.push(makeIssue("schema.unknown-key", at, { key }));
    else issues.push(...prototypeKeys(value, at));
  }
  return issues;
}

/** Orders issues as their fields appear in the policy, so that a list reads top to bottom. */
function sortByDocument(input: unknown, issues: Issue[]): Issue[] {
  const keyed = issues.map((issue) => ({ issue, key: documentOrder(input, issue.path) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ issue }) => issue);
}

/** The position of a path in the document: at each level, the index of the key or item. */
function documentOrder(input: unknown, path: readonly (string | number)[]): number[] {
  const key: number[] = [];
  let node = input;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === "number") {
      key.push(segment);
      node = node[segment];
    } else if (typeof node === "object" && node !== null) {
      const index = Object.keys(node).indexOf(String(segment));
      key.push(index === -1 ? Number.MAX_SAFE_INTEGER : index);
      node = index === -1 ? undefined : (node as Record<string, unknown>)[String(segment)];
    } else {
      key.push(Number.MAX_SAFE_INTEGER);
      node = undefined;
    }
  }
  return key;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}
