import { parsePeriod } from "../cycle/period";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import type { Policy } from "../policy/schema/policy";
import { own } from "./input-readers";
import { isEmpty } from "./parse-value";

/**
 * Compiles the reader of a record's optional `period` column: any spelling `parsePeriod` reads,
 * returned in canonical form (`2026年3月` → `2026-03`); a period that is not one, or not of the
 * policy's cycle (a quarter in a monthly policy), is an issue. No column, no period.
 *
 * @example
 * ```ts
 * const read = periodReader("month");
 * read({ period: "2026/3" }, issues); //=> "2026-03"
 * read({ period: "2026-Q1" }, issues); // undefined, and a record.period-cycle-mismatch issue
 * ```
 */
export function periodReader(
  cycle: Policy["cycle"],
): (raw: Readonly<Record<string, unknown>>, issues: Issue[]) => string | undefined {
  const read = periodValueReader(cycle);
  return (raw, issues) => read(own(raw, "period"), issues);
}

/**
 * The reader of a `period` column's value (see {@link periodReader}).
 *
 * @example
 * ```ts
 * periodValueReader("month")("2026/3", issues); //=> "2026-03"
 * ```
 */
export function periodValueReader(
  cycle: Policy["cycle"],
): (value: unknown, issues: Issue[]) => string | undefined {
  return (value, issues) => {
    if (isEmpty(value)) return undefined;
    const period =
      typeof value === "string" || typeof value === "number" ? parsePeriod(String(value)) : undefined;
    if (period === undefined) {
      issues.push(makeIssue("record.invalid-period", ["period"], { received: describeValue(value) }));
      return undefined;
    }
    if (period.kind !== cycle) {
      issues.push(
        makeIssue("record.period-cycle-mismatch", ["period"], {
          period: period.id,
          kind: period.kind,
          cycle,
        }),
      );
      return undefined;
    }
    return period.id;
  };
}

/**
 * Compiles the reader of the ranking groups a policy declares: each group's column, required.
 * `undefined` when the policy declares no groups.
 *
 * @example
 * ```ts
 * const read = groupsReader([{ id: "department" }]);
 * read?.({ department: " after-sales " }, issues); //=> { department: "after-sales" }
 * ```
 */
export function groupsReader(
  groups: NonNullable<Policy["ranking"]>["groups"],
): ((raw: Readonly<Record<string, unknown>>, issues: Issue[]) => Record<string, string>) | undefined {
  if (groups === undefined || groups.length === 0) return undefined;
  const columns = groups.map((group) => ({ id: group.id, column: group.column ?? group.id }));
  return (raw, issues) => {
    const values: Record<string, string> = {};
    for (const { id, column } of columns) {
      const value = own(raw, column);
      if (isEmpty(value) || (typeof value !== "string" && typeof value !== "number")) {
        issues.push(makeIssue("record.missing-value", [column], { input: column }));
        continue;
      }
      values[id] = String(value).trim();
    }
    return values;
  };
}
