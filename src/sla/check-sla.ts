import type { PathSegment } from "../issues/codes";
import { type Issue, makeIssue } from "../issues/issue";
import { type CalendarSpec, calendarSpecSchema, prioritySchema, slaRuleSchema, WEEKDAYS } from "./schema";
import { parseShift } from "./shift";
import { normalize } from "./spelling";
import { isValidZone, parseDateKey } from "./time";

/** The calendars every SLA may use without declaring them. */
export const BUILT_IN_CALENDARS: readonly string[] = ["24x7", "cn"];

/**
 * The rules across the fields of an SLA section: known zones, real dates, shifts in order,
 * priorities declared once and matched by some rule, rules that can be reached. Runs on every
 * part that is itself well-formed (the schema reports the rest), so all issues come at once.
 *
 * @example
 * ```ts
 * checkSla({ priorities: [{ id: "urgent" }], rules: [{ when: { priority: "high" }, targets: { ... } }] }, ["sla"]);
 * //=> [{ code: "sla.unknown-priority", path: ["sla", "rules", 0, "when", "priority"], ... }, ...]
 * ```
 */
export function checkSla(raw: unknown, path: readonly PathSegment[]): Issue[] {
  if (!isObject(raw)) return [];
  const issues: Issue[] = [];
  if (typeof raw.zone === "string" && !isValidZone(raw.zone))
    issues.push(makeIssue("sla.unknown-zone", [...path, "zone"], { zone: raw.zone }));
  const calendars = isObject(raw.calendars) ? raw.calendars : {};
  for (const [id, spec] of Object.entries(calendars)) {
    const parsed = calendarSpecSchema.safeParse(spec);
    if (parsed.success) issues.push(...checkCalendarSpec(parsed.data, [...path, "calendars", id], id));
  }
  if (typeof raw.calendar === "string") {
    const known = [...BUILT_IN_CALENDARS, ...Object.keys(calendars)];
    if (!known.includes(raw.calendar))
      issues.push(
        makeIssue("sla.unknown-calendar", [...path, "calendar"], { calendar: raw.calendar, known }),
      );
  }
  const priorities = checkPriorities(raw.priorities, path, issues);
  if (Array.isArray(raw.rules)) checkRules(raw.rules, priorities, path, issues);
  return issues;
}

/**
 * The rules of one calendar: a known zone (named unless the calendar builds on `cn`), real
 * dates, each listed once, and shifts that start before they end, in order, without overlap.
 *
 * @example
 * ```ts
 * checkCalendarSpec({ zone: "Europe/Berlin", hours: { mon: ["13:00-12:00"] } }, ["calendars", "office"], "office");
 * //=> [{ code: "sla.shift-order", path: ["calendars", "office", "hours", "mon", 0], ... }]
 * ```
 */
export function checkCalendarSpec(spec: CalendarSpec, path: readonly PathSegment[], id: string): Issue[] {
  const issues: Issue[] = [];
  if (spec.zone === undefined && spec.base !== "cn")
    issues.push(makeIssue("sla.zone-missing", [...path], { calendar: id }));
  if (spec.zone !== undefined && !isValidZone(spec.zone))
    issues.push(makeIssue("sla.unknown-zone", [...path, "zone"], { zone: spec.zone }));
  let working = false;
  for (const day of WEEKDAYS) {
    const shifts = spec.hours?.[day];
    if (shifts !== undefined) checkShifts(shifts, [...path, "hours", day], issues);
    if ((shifts ?? []).length > 0) working = true;
  }
  if (spec.hours !== undefined && !working)
    issues.push(makeIssue("sla.no-working-hours", [...path, "hours"], { calendar: id }));
  if (spec.workdayHours !== undefined) checkShifts(spec.workdayHours, [...path, "workdayHours"], issues);
  const seen = new Map<string, string>();
  for (const list of ["holidays", "workdays"] as const) {
    (spec[list] ?? []).forEach((entry, index) => {
      const date = typeof entry === "string" ? entry : entry.date;
      const at = [...path, list, index, ...(typeof entry === "string" ? [] : ["date"])];
      if (parseDateKey(date) === undefined) issues.push(makeIssue("sla.invalid-date", at, { date }));
      else if (seen.has(date)) issues.push(makeIssue("sla.day-listed-twice", at, { date }));
      seen.set(date, list);
    });
  }
  return issues;
}

function checkShifts(shifts: readonly string[], path: readonly PathSegment[], issues: Issue[]): void {
  let previous: { shift: string; end: number } | undefined;
  shifts.forEach((shift, index) => {
    const [start, end] = parseShift(shift);
    if (start >= end) {
      issues.push(makeIssue("sla.shift-order", [...path, index], { shift }));
      return;
    }
    if (previous !== undefined && start < previous.end)
      issues.push(makeIssue("sla.shifts-overlap", [...path, index], { shift, previous: previous.shift }));
    previous = { shift, end };
  });
}

/** Every spelling of every priority, once: its id, names and aliases (case and spaces aside). */
function checkPriorities(raw: unknown, path: readonly PathSegment[], issues: Issue[]): string[] {
  const ids: string[] = [];
  if (!Array.isArray(raw)) return ids;
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const parsed = prioritySchema.safeParse(value);
    if (!parsed.success) return;
    const { id, name, aliases } = parsed.data;
    ids.push(id);
    for (const spelling of new Set([id, name?.en, name?.["zh-CN"], ...(aliases ?? [])].map(normalize))) {
      if (spelling === undefined) continue;
      if (seen.has(spelling))
        issues.push(
          makeIssue("sla.duplicate-priority", [...path, "priorities", index], { priority: spelling }),
        );
      seen.add(spelling);
    }
  });
  return ids;
}

function checkRules(
  raw: unknown[],
  priorities: string[],
  path: readonly PathSegment[],
  issues: Issue[],
): void {
  const matched = new Set<string>();
  // The first rule that matches every ticket: its position (from 1) and id.
  let catchAll: { after: number; afterRule?: string } | undefined;
  raw.forEach((value, index) => {
    const parsed = slaRuleSchema.safeParse(value);
    if (!parsed.success) return;
    const rule = parsed.data;
    const at = [...path, "rules", index];
    if (rule.targets.firstResponse === undefined && rule.targets.resolution === undefined)
      issues.push(makeIssue("sla.no-targets", [...at, "targets"], {}));
    if (catchAll !== undefined)
      issues.push(
        makeIssue("sla.unreachable-rule", at, {
          position: index + 1,
          ...(rule.id !== undefined && { rule: rule.id }),
          ...catchAll,
        }),
      );
    const wanted = rule.when?.priority;
    if (wanted === undefined) {
      for (const id of priorities) matched.add(id);
      if (rule.when?.category === undefined)
        catchAll ??= { after: index + 1, ...(rule.id !== undefined && { afterRule: rule.id }) };
      return;
    }
    for (const priority of typeof wanted === "string" ? [wanted] : wanted) {
      if (priorities.includes(priority)) matched.add(priority);
      else
        issues.push(
          makeIssue("sla.unknown-priority", [...at, "when", "priority"], { priority, known: priorities }),
        );
    }
  });
  for (const id of priorities) {
    if (!matched.has(id))
      issues.push(makeIssue("sla.priority-without-rule", [...path, "rules"], { priority: id }));
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
