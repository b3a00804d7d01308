import { describeValue, type Issue, makeIssue } from "../issues/issue";
import type { Policy } from "../policy/schema/policy";
import { type InputReader, inputReader, own } from "./input-readers";
import { groupsReader, periodReader } from "./period-column";
import type { CheckedRecord, InputValue } from "./values";

/** The outcome of reading a record: the checked record, or every issue found in it. */
export type ReadRecordResult =
  | { readonly ok: true; readonly record: CheckedRecord }
  | { readonly ok: false; readonly subject?: string; readonly issues: readonly Issue[] };

/**
 * Compiles, once per policy, the reader that checks raw records (CSV rows of strings, JSON
 * objects) against the inputs the policy declares. Fields it does not declare are ignored.
 *
 * @example
 * ```ts
 * const read = compileRecordReader(policy);
 * read({ subject: "Unit A", inspected: "yes", findings: "x", ... });
 * //=> { ok: false, subject: "Unit A", issues: [{ code: "record.not-a-count", path: ["findings"], ... }] }
 * ```
 */
export function compileRecordReader(policy: Policy): (raw: unknown) => ReadRecordResult {
  const readers: [string, InputReader][] = Object.entries(policy.inputs).map(([id, declaration]) => [
    id,
    inputReader(id, declaration),
  ]);
  const readPeriod = periodReader(policy.cycle);
  const readGroups = groupsReader(policy.ranking?.groups);
  return (raw) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      return { ok: false, issues: [makeIssue("record.not-an-object", [], { received: describeValue(raw) })] };
    }
    const fields = raw as Readonly<Record<string, unknown>>;
    const issues: Issue[] = [];
    const subject = subjectOf(own(fields, "subject"));
    if (subject === "") issues.push(makeIssue("record.missing-subject", ["subject"], {}));
    const period = readPeriod(fields, issues);
    const groups = readGroups?.(fields, issues);
    // Every declared input becomes an own property, in the same order for every record (one
    // hidden class, unlike a prototype-less object); ids start with a letter, so never "__proto__".
    const values: Record<string, InputValue | undefined> = {};
    for (const [id, read] of readers) values[id] = read(fields, issues);
    if (issues.length > 0) return { ok: false, ...(subject !== "" && { subject }), issues };
    // Optional fields are set, not spread: this runs for every record.
    const record: { -readonly [K in keyof CheckedRecord]: CheckedRecord[K] } = { subject, values };
    if (period !== undefined) record.period = period;
    if (groups) record.groups = groups;
    return { ok: true, record };
  };
}

/**
 * A record's subject as written (trimmed; a number as its digits); "" when there is none.
 *
 * @example
 * ```ts
 * subjectOf(" Unit A "); //=> "Unit A"
 * subjectOf(null);       //=> ""
 * ```
 */
export function subjectOf(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return "";
  // Most subjects begin and end with a visible ASCII character: nothing to trim, no call to make.
  const last = value.length - 1;
  return last >= 0 && visible(value.charCodeAt(0)) && visible(value.charCodeAt(last)) ? value : value.trim();
}

/** A visible ASCII character ("!" to "~"): never white space. */
function visible(code: number): boolean {
  return code > 32 && code < 127;
}
