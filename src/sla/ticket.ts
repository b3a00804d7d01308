import type { PathSegment } from "../issues/codes";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import { isEmpty } from "../records/parse-value";
import type { Interval } from "./calendar";
import { mergeIntervals } from "./elapsed";
import type { SlaPriority } from "./schema";
import { normalize } from "./spelling";
import { formatInstant, type Instant, parseInstant } from "./time";

/**
 * A ticket as kaoping reads it: a JSON object or a CSV row. Fields may be spelled in camelCase
 * (`openedAt`) or as file columns (`opened_at`); times are ISO 8601 strings (read in the SLA's
 * zone when they carry no offset), `Date`s or epoch milliseconds.
 */
export interface TicketInput {
  /** The ticket's id (also `id`). */
  readonly ticket?: string | number;
  /** The unit or person the ticket is appraised for. */
  readonly subject?: string;
  /** A priority id, name or alias (`urgent`, `紧急故障`). */
  readonly priority?: string;
  readonly category?: string;
  readonly period?: string;
  readonly openedAt?: string | number | Date;
  readonly respondedAt?: string | number | Date;
  readonly resolvedAt?: string | number | Date;
  /** Paused intervals: `"start/end;start/end"` (an end left out: still paused), or a list of `{ from, to? }`. */
  readonly paused?: string | readonly { readonly from: unknown; readonly to?: unknown }[];
  /** Status changes, in any order; the SLA's `pausedStatuses` stop the clock until the next change. */
  readonly history?: readonly { readonly at: unknown; readonly status: string }[];
}

/** A ticket after checking: typed, its times as instants, its pauses merged. */
export interface Ticket {
  readonly id: string;
  readonly subject: string;
  readonly period?: string;
  /** The priority's id. */
  readonly priority: string;
  readonly category?: string;
  readonly openedAt: Instant;
  readonly respondedAt?: Instant;
  readonly resolvedAt?: Instant;
  /** Sorted, merged, non-empty; an end of `Infinity` is a pause still running. */
  readonly pauses: readonly Interval[];
}

/** The outcome of reading a ticket. */
export type ReadTicketResult =
  | { readonly ok: true; readonly ticket: Ticket }
  | {
      readonly ok: false;
      readonly ticket?: string;
      readonly subject?: string;
      readonly issues: readonly Issue[];
    };

/** Each field's spellings: the typed name first, then the file column. */
const FIELDS = {
  ticket: ["ticket", "id"],
  subject: ["subject"],
  priority: ["priority"],
  category: ["category"],
  period: ["period"],
  openedAt: ["openedAt", "opened_at"],
  respondedAt: ["respondedAt", "responded_at"],
  resolvedAt: ["resolvedAt", "resolved_at"],
  paused: ["paused", "pauses"],
  history: ["history"],
} as const;

/** What reading a ticket needs from its SLA. */
export interface TicketReaderOptions {
  readonly priorities: readonly SlaPriority[];
  /** The zone of times written without an offset. */
  readonly zone: string;
  /** Statuses of a ticket's history that pause its clock. */
  readonly pausedStatuses: readonly string[];
}

/**
 * Compiles the reader that checks raw tickets: an id, a subject, a known priority (by id, name or
 * alias), times that parse and do not come before the opening, pauses in order. Every issue of a
 * ticket is reported at once, never thrown.
 *
 * @example
 * ```ts
 * const read = ticketReader({ priorities: [{ id: "urgent", name: { "zh-CN": "紧急故障" } }], zone: "Asia/Shanghai", pausedStatuses: [] });
 * read({ ticket: "T1", subject: "Hall A", priority: "紧急故障", opened_at: "2026-02-13T17:00" });
 * //=> { ok: true, ticket: { id: "T1", subject: "Hall A", priority: "urgent", openedAt: 1770973200000, pauses: [] } }
 * ```
 */
export function ticketReader(options: TicketReaderOptions): (raw: unknown) => ReadTicketResult {
  const { zone } = options;
  const spellings = new Map<string, string>();
  for (const priority of options.priorities) {
    const names = [priority.id, priority.name?.en, priority.name?.["zh-CN"], ...(priority.aliases ?? [])];
    for (const name of names) if (name !== undefined) spellings.set(normalize(name), priority.id);
  }
  const priorityIds = options.priorities.map((priority) => priority.id);
  const paused = new Set(options.pausedStatuses.map((text) => normalize(text)));

  return (raw) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      return { ok: false, issues: [makeIssue("record.not-an-object", [], { received: describeValue(raw) })] };
    const fields = raw as Readonly<Record<string, unknown>>;
    const issues: Issue[] = [];
    const field = (name: keyof typeof FIELDS) => {
      for (const key of FIELDS[name])
        if (Object.hasOwn(fields, key) && !isEmpty(fields[key])) return { key, value: fields[key] };
      return undefined;
    };
    const text = (name: keyof typeof FIELDS) => {
      const found = field(name);
      return found === undefined || (typeof found.value !== "string" && typeof found.value !== "number")
        ? undefined
        : String(found.value).trim();
    };
    const id = text("ticket");
    if (id === undefined) issues.push(makeIssue("record.missing-value", ["ticket"], { input: "ticket" }));
    const subject = text("subject");
    if (subject === undefined) issues.push(makeIssue("record.missing-subject", ["subject"], {}));
    const priorityText = text("priority");
    const priority = priorityText === undefined ? undefined : spellings.get(normalize(priorityText));
    if (priorityText === undefined)
      issues.push(makeIssue("record.missing-value", ["priority"], { input: "priority" }));
    else if (priority === undefined)
      issues.push(
        makeIssue("ticket.unknown-priority", [field("priority")?.key ?? "priority"], {
          received: describeValue(priorityText),
          options: priorityIds,
        }),
      );

    const time = (name: "openedAt" | "respondedAt" | "resolvedAt", required: boolean) => {
      const found = field(name);
      if (found === undefined) {
        if (required)
          issues.push(makeIssue("record.missing-value", [FIELDS[name][1]], { input: FIELDS[name][1] }));
        return undefined;
      }
      const instant = parseInstant(found.value, zone);
      if (instant === undefined)
        issues.push(
          makeIssue("ticket.invalid-time", [found.key], {
            field: found.key,
            received: describeValue(found.value),
          }),
        );
      return instant === undefined ? undefined : { key: found.key, instant };
    };
    const opened = time("openedAt", true);
    const responded = time("respondedAt", false);
    const resolved = time("resolvedAt", false);
    if (opened !== undefined) {
      for (const event of [responded, resolved]) {
        if (event === undefined || event.instant >= opened.instant) continue;
        issues.push(
          makeIssue("ticket.before-opening", [event.key], {
            field: event.key,
            time: formatInstant(event.instant, zone),
            opened: formatInstant(opened.instant, zone),
          }),
        );
      }
    }
    const pauses = [
      ...readPauses(field("paused"), zone, issues),
      ...readHistory(field("history"), zone, paused, issues),
    ];

    const category = text("category");
    const period = text("period");
    if (issues.length > 0)
      return {
        ok: false,
        ...(id !== undefined && { ticket: id }),
        ...(subject !== undefined && { subject }),
        issues,
      };
    return {
      ok: true,
      ticket: {
        id: id as string,
        subject: subject as string,
        ...(period !== undefined && { period }),
        priority: priority as string,
        ...(category !== undefined && { category }),
        openedAt: (opened as { instant: Instant }).instant,
        ...(responded !== undefined && { respondedAt: responded.instant }),
        ...(resolved !== undefined && { resolvedAt: resolved.instant }),
        pauses: mergeIntervals(pauses),
      },
    };
  };
}

/** Pauses as ISO 8601 intervals `start/end` separated by `;`, or as a list of `{ from, to }`. */
function readPauses(
  found: { key: string; value: unknown } | undefined,
  zone: string,
  issues: Issue[],
): Interval[] {
  if (found === undefined) return [];
  const { key, value } = found;
  const items: { from: unknown; to?: unknown; path: PathSegment[]; text: unknown }[] = [];
  if (typeof value === "string") {
    for (const part of value.split(/[;；]/)) {
      if (part.trim() === "") continue;
      // Exactly one "/": an end left empty means the ticket is still paused.
      const [from, to, ...rest] = part.split("/");
      const valid = to !== undefined && rest.length === 0;
      items.push({
        from: valid ? from : undefined,
        to: to?.trim() === "" ? undefined : to,
        path: [key],
        text: part.trim(),
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const entry =
        typeof item === "object" && item !== null ? (item as { from?: unknown; to?: unknown }) : {};
      items.push({
        from: entry.from,
        to: isEmpty(entry.to) ? undefined : entry.to,
        path: [key, index],
        text: item,
      });
    });
  } else {
    issues.push(makeIssue("ticket.invalid-pause", [key], { received: describeValue(value) }));
  }
  const pauses: Interval[] = [];
  for (const item of items) {
    const from = parseInstant(item.from, zone);
    const to = item.to === undefined ? Number.POSITIVE_INFINITY : parseInstant(item.to, zone);
    if (from === undefined || to === undefined || to < from) {
      issues.push(makeIssue("ticket.invalid-pause", item.path, { received: describeValue(item.text) }));
      continue;
    }
    pauses.push([from, to]);
  }
  return pauses;
}

/** A status history → the intervals spent in a paused status (until the next change, or still). */
function readHistory(
  found: { key: string; value: unknown } | undefined,
  zone: string,
  paused: ReadonlySet<string>,
  issues: Issue[],
): Interval[] {
  if (found === undefined) return [];
  if (!Array.isArray(found.value)) {
    issues.push(makeIssue("ticket.invalid-pause", [found.key], { received: describeValue(found.value) }));
    return [];
  }
  const changes: { at: Instant; paused: boolean }[] = [];
  found.value.forEach((item: unknown, index) => {
    const entry =
      typeof item === "object" && item !== null ? (item as { at?: unknown; status?: unknown }) : {};
    const at = parseInstant(entry.at, zone);
    if (at === undefined || typeof entry.status !== "string") {
      issues.push(makeIssue("ticket.invalid-pause", [found.key, index], { received: describeValue(item) }));
      return;
    }
    changes.push({ at, paused: paused.has(normalize(entry.status)) });
  });
  changes.sort((a, b) => a.at - b.at);
  const pauses: Interval[] = [];
  changes.forEach((change, index) => {
    if (change.paused) pauses.push([change.at, changes[index + 1]?.at ?? Number.POSITIVE_INFINITY]);
  });
  return pauses;
}
