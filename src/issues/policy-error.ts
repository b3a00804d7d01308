import { formatIssue, type Issue } from "./issue";

/**
 * Thrown by the asserting functions (such as `assertPolicy`); carries every issue found, not
 * only the first.
 *
 * @example
 * ```ts
 * try { assertPolicy(input); } catch (error) {
 *   if (error instanceof PolicyError) error.issues.length; //=> 3
 * }
 * ```
 */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
  /** Every issue found, in the order of the policy. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const count = issues.length;
    const lines = issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n");
    super(`The policy has ${count} issue${count === 1 ? "" : "s"}:\n${lines}`);
    this.issues = issues;
  }
}
