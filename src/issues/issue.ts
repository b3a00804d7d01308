import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import type { IssueCode, IssueValuesByCode, PathSegment } from "./codes";

/**
 * One problem found in a policy, a record or a file: plain data with a stable `code`, the
 * `path` to the offending field, the `values` that explain it and an English `message`.
 *
 * @example
 * ```ts
 * const result = parsePolicy({ ...policy, maxScore: -1 });
 * if (!result.success) result.issues[0];
 * //=> { code: "schema.too-small", path: ["maxScore"], values: { minimum: "0", ... }, message: "..." }
 * ```
 */
export type Issue = {
  [C in IssueCode]: {
    readonly code: C;
    readonly path: readonly PathSegment[];
    readonly values: Readonly<IssueValuesByCode[C]>;
    /** The English wording; {@link formatIssue} words it in another locale. */
    readonly message: string;
    /** The 1-based line of the file the issue was found in, when known. */
    readonly line?: number;
  };
}[IssueCode];

/**
 * Builds an issue, worded in English from its code and values.
 *
 * @example
 * ```ts
 * makeIssue("policy.duplicate-grade", ["grades", 1, "id"], { grade: "pass" }).message;
 * //=> 'Grade "pass" is declared more than once.'
 * ```
 */
export function makeIssue<C extends IssueCode>(
  code: C,
  path: readonly PathSegment[],
  values: IssueValuesByCode[C],
): Issue {
  const message = messagesFor("en").issue(code, values);
  return { code, path, values, message } as Issue;
}

/**
 * Renders a path as a policy owner writes it: `components[2].per[0].points`.
 *
 * @example
 * ```ts
 * formatPath(["components", 2, "per", 0, "points"]); //=> "components[2].per[0].points"
 * formatPath([]);                                    //=> "(root)"
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Words an issue in a locale, prefixed with its line (when known) and path.
 *
 * @example
 * ```ts
 * formatIssue(issue, "zh-CN");
 * //=> 'grades[1].id: 等级 "pass" 重复声明。'
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale = "en"): string {
  const text = messagesFor(locale).issue(issue.code, issue.values);
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
  const line = issue.line === undefined ? "" : `${messagesFor(locale).line(issue.line)} `;
  return `${line}${where}${text}`;
}

/**
 * Describes any value briefly for a message: strings quoted, objects by their kind.
 *
 * @example
 * ```ts
 * describeValue("abc"); //=> '"abc"'
 * describeValue([1]);   //=> "an array"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (Array.isArray(value)) return "an array";
  return "an object";
}
