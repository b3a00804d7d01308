import { Decimal, divide } from "../decimal";
import type { LocalizedText } from "../i18n/locale";
import type { SlaStatus, TargetResult, TicketResult } from "./evaluate";
import type { SlaMetric } from "./schema";
import type { SlaCounts, SlaSubject } from "./summary";
import { formatInstant } from "./time";

/** A window's result as JSON: minutes as decimal strings, instants as ISO 8601 in the SLA's zone. */
export interface TargetResultJson {
  readonly metric: SlaMetric;
  readonly status: SlaStatus;
  readonly clock: TargetResult["clock"];
  readonly calendar: string;
  readonly windowMinutes: string;
  readonly elapsedMinutes: string;
  readonly calendarMinutes: string;
  readonly workingMinutes: string;
  readonly at?: string;
  readonly dueAt?: string;
  readonly remainingMinutes?: string;
  readonly breachedAt?: string;
}

/** A ticket's result as JSON; its `calendarMinutes` and `workingMinutes` are those of its first window. */
export interface TicketResultJson {
  readonly ticket: string;
  readonly subject: string;
  readonly period?: string;
  readonly priority: string;
  readonly priorityName?: LocalizedText;
  readonly category?: string;
  readonly rule: string;
  readonly status: SlaStatus;
  readonly openedAt: string;
  readonly calendarMinutes: string;
  readonly workingMinutes: string;
  readonly targets: readonly TargetResultJson[];
}

/** Counts as JSON: compliance as a decimal string, `null` when nothing is decided. */
export interface SlaCountsJson extends Omit<SlaCounts, "compliance"> {
  readonly compliance: string | null;
}

/** A subject's summary as JSON. */
export interface SlaSubjectJson extends SlaCountsJson {
  readonly subject: string;
  readonly period?: string;
  readonly priorities: readonly (SlaCountsJson & {
    readonly priority: string;
    readonly name?: LocalizedText;
  })[];
}

const MINUTE = new Decimal(60_000);

/**
 * Milliseconds as minutes, a decimal string: exact when it terminates (`"90"`, `"1.5"`), else
 * kept to 20 places (a duration of seconds: 20 s is `"0.33333333333333333333"`).
 *
 * @example
 * ```ts
 * minutes(7_200_000); //=> "120"
 * ```
 */
export function minutes(ms: number): string {
  return divide(new Decimal(ms), MINUTE).toString();
}

/**
 * A ticket's result as plain JSON.
 *
 * @example
 * ```ts
 * ticketResultToJson(result);
 * //=> { ticket: "T1", status: "met", calendarMinutes: "1020", workingMinutes: "120", targets: [...], ... }
 * ```
 */
export function ticketResultToJson(result: TicketResult): TicketResultJson {
  const { zone } = result;
  const instant = (value: number | undefined) =>
    value === undefined ? undefined : formatInstant(value, zone);
  const targets = result.targets.map((target): TargetResultJson => {
    const at = instant(target.at);
    const dueAt = instant(target.dueAt);
    const breachedAt = instant(target.breachedAt);
    return {
      metric: target.metric,
      status: target.status,
      clock: target.clock,
      calendar: target.calendar,
      windowMinutes: minutes(target.windowMs),
      elapsedMinutes: minutes(target.elapsedMs),
      calendarMinutes: minutes(target.calendarMs),
      workingMinutes: minutes(target.workingMs),
      ...(at !== undefined && { at }),
      ...(dueAt !== undefined && { dueAt }),
      ...(target.remainingMs !== undefined && { remainingMinutes: minutes(target.remainingMs) }),
      ...(breachedAt !== undefined && { breachedAt }),
    };
  });
  return {
    ticket: result.ticket,
    subject: result.subject,
    ...(result.period !== undefined && { period: result.period }),
    priority: result.priority,
    ...(result.priorityName && { priorityName: result.priorityName }),
    ...(result.category !== undefined && { category: result.category }),
    rule: result.rule,
    status: result.status,
    openedAt: formatInstant(result.openedAt, zone),
    calendarMinutes: targets[0]?.calendarMinutes ?? "0",
    workingMinutes: targets[0]?.workingMinutes ?? "0",
    targets,
  };
}

/**
 * A subject's summary as plain JSON.
 *
 * @example
 * ```ts
 * slaSubjectToJson(batch.subjects[0]).compliance; //=> "66.66666666666666666667"
 * ```
 */
export function slaSubjectToJson(subject: SlaSubject): SlaSubjectJson {
  const counts = (c: SlaCounts): SlaCountsJson => ({
    tickets: c.tickets,
    met: c.met,
    breached: c.breached,
    open: c.open,
    compliance: c.compliance?.toString() ?? null,
  });
  return {
    subject: subject.subject,
    ...(subject.period !== undefined && { period: subject.period }),
    ...counts(subject),
    priorities: subject.priorities.map((row) => ({
      priority: row.priority,
      ...(row.name && { name: row.name }),
      ...counts(row),
    })),
  };
}
