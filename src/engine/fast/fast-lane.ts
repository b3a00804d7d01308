import type { Issue } from "../../issues/issue";
import type { Policy } from "../../policy/schema/policy";
import { groupsReader, periodValueReader } from "../../records/period-column";
import { subjectOf } from "../../records/read-record";
import { LazyScorecard, type ScorecardSource } from "../lazy-scorecard";
import type { FastOutcome, FastPlan } from "./fast-plan";
import { compileFastRecordReader } from "./fast-record";

/**
 * Compiles the fast lane of a policy: a raw record read straight into integer slots, scored in
 * integers, and returned as a {@link LazyScorecard}, without building its decimals. Undefined
 * for a record the lane cannot vouch for (a value that is not plainly valid, a number that
 * leaves the integers): the full reader and the decimal path then take it, messages and all.
 *
 * @example
 * ```ts
 * const lane = compileFastLane(policy, plan, source);
 * lane({ subject: "A", inspected: true, findings: 3, ... })?.grade; //=> "fail"
 * lane({ subject: "A", findings: "x", ... });                       //=> undefined
 * ```
 */
export function compileFastLane(
  policy: Policy,
  plan: FastPlan,
  source: ScorecardSource,
): (raw: unknown) => LazyScorecard | undefined {
  const readSlots = compileFastRecordReader(plan.layout);
  const readPeriod = periodValueReader(policy.cycle);
  const readGroups = groupsReader(policy.ranking?.groups);
  // Copied into each card as soon as it is scored: one outcome serves every record.
  const outcome: FastOutcome = { total: 0, totalDenominator: 1, gradeIndex: -1, paid: Number.NaN };
  return (raw) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
    const fields = raw as Readonly<Record<string, unknown>>;
    const subject = subjectOf(fields.subject);
    // (Its length, not a comparison of strings, which V8 makes through a call.)
    if (subject.length === 0) return undefined;
    // Own fields only, as the record reader reads them: a plain object inherits no data. Asked
    // after a field is read, V8 knows the record's shape and folds the question (before: a slow call).
    const prototype = Object.getPrototypeOf(fields);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    const slots = readSlots(fields);
    if (slots === undefined) return undefined;
    let period: string | undefined;
    let groups: Readonly<Record<string, string>> | undefined;
    // The period and groups readers report issues: any issue leaves the record to the full reader.
    const periodValue = fields.period;
    if (periodValue !== undefined || readGroups !== undefined) {
      const issues: Issue[] = [];
      period = readPeriod(periodValue, issues);
      groups = readGroups?.(fields, issues);
      if (issues.length > 0) return undefined;
    }
    if (!plan.score(slots, outcome)) return undefined;
    return LazyScorecard.scored(source, subject, period, groups, slots, outcome);
  };
}
