import type { z } from "zod";
import type { IssueCode, IssueValuesByCode, PathSegment } from "../issues/codes";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import { KAOPING_CODE_PREFIX } from "./schema/common";

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into kaoping issues: stable codes, plain values, one issue per problem.
 * A failed union is reported as the problems of the branch that came closest to matching.
 *
 * @example
 * ```ts
 * fromZod(policySchema.safeParse(input, { reportInput: true }).error!.issues);
 * //=> [{ code: "schema.unknown-key", path: ["grades", 0, "minimum"], ... }]
 * ```
 */
export function fromZod(issues: readonly ZodIssue[], prefix: readonly PathSegment[] = []): Issue[] {
  return issues.flatMap((issue) => fromOne(issue, prefix));
}

function fromOne(issue: ZodIssue, prefix: readonly PathSegment[]): Issue[] {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const received = describeValue((issue as { input?: unknown }).input);
  const own = ownCode(issue.message);
  if (own !== undefined) return [makeIssue(own, path, valuesFor(own, received))];
  switch (issue.code) {
    case "invalid_type":
      return [makeIssue("schema.invalid-type", path, { expected: issue.expected, received })];
    case "unrecognized_keys":
      return issue.keys.map((key) => makeIssue("schema.unknown-key", [...path, key], { key }));
    case "invalid_value":
      return [makeIssue("schema.invalid-value", path, { options: issue.values.map(String), received })];
    case "too_small":
      return [
        makeIssue("schema.too-small", path, {
          minimum: String(issue.minimum),
          inclusive: issue.inclusive ?? true,
          received: sizeOf(issue.origin, (issue as { input?: unknown }).input, received),
        }),
      ];
    case "too_big":
      return [
        makeIssue("schema.too-big", path, {
          maximum: String(issue.maximum),
          inclusive: issue.inclusive ?? true,
          received: sizeOf(issue.origin, (issue as { input?: unknown }).input, received),
        }),
      ];
    case "invalid_format":
      return [makeIssue("schema.invalid-format", path, { format: issue.format, received })];
    case "invalid_union":
      return fromUnion(issue, path, received);
    case "invalid_key":
      return fromZod(issue.issues as ZodIssue[], path);
    case "invalid_element":
      return fromZod(issue.issues as ZodIssue[], [...path, String(issue.key)]);
    default:
      return [makeIssue("schema.invalid", path, { received })];
  }
}

function fromUnion(issue: z.core.$ZodIssueInvalidUnion, path: PathSegment[], received: string): Issue[] {
  const discriminated = issue as { options?: unknown[] };
  if (issue.errors.length === 0 && Array.isArray(discriminated.options)) {
    return [
      makeIssue("schema.invalid-value", path, { options: discriminated.options.map(String), received }),
    ];
  }
  // The branch that got furthest is the one the author meant: its shallowest issue lies deepest.
  const branches = issue.errors.map((branch) => fromZod(branch, path));
  const depth = (branch: Issue[]) => Math.min(...branch.map((item) => item.path.length));
  const best = branches.reduce((a, b) => {
    const da = depth(a);
    const db = depth(b);
    return db > da || (db === da && b.length < a.length) ? b : a;
  }, branches[0] ?? []);
  return best.length > 0 ? best : [makeIssue("schema.invalid", path, { received })];
}

function ownCode(message: string | undefined): IssueCode | undefined {
  if (message === undefined || !message.startsWith(KAOPING_CODE_PREFIX)) return undefined;
  return message.slice(KAOPING_CODE_PREFIX.length) as IssueCode;
}

function valuesFor<C extends IssueCode>(code: C, received: string): IssueValuesByCode[C] {
  if (code === "schema.invalid-format") return { format: "an identifier", received } as IssueValuesByCode[C];
  return { received } as unknown as IssueValuesByCode[C];
}

function sizeOf(origin: string, input: unknown, received: string): string {
  if (Array.isArray(input)) return `${input.length} item${input.length === 1 ? "" : "s"}`;
  if (origin === "string" && typeof input === "string") return `${input.length} characters`;
  return received;
}
