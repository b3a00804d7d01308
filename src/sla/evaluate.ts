import type { LocalizedText } from "../i18n/locale";
import { type Issue, makeIssue } from "../issues/issue";
import { PolicyError } from "../issues/policy-error";
import type { Policy, PolicyInput } from "../policy/schema/policy";
import { buildCalendar, calendar24x7, type WorkingCalendar } from "./calendar";
import { cnCalendar } from "./cn-calendar";
import { dueAt, elapsedMs } from "./elapsed";
import { assertSla } from "./parse-sla";
import {
  METRICS,
  type SlaClock,
  type SlaMetric,
  type SlaPolicy,
  type SlaPolicyInput,
  type SlaRule,
} from "./schema";
import { normalize } from "./spelling";
import { type SlaSubject, summarizeTickets } from "./summary";
import { type ReadTicketResult, type Ticket, ticketReader } from "./ticket";
import { formatInstant, type Instant, parseInstant } from "./time";
import { windowMs } from "./window";

/** Where a ticket stands against a window: answered in time, too late (or not yet, too late), or still running. */
export type SlaStatus = "met" | "breached" | "open";

/** One window of a ticket (first response or resolution), evaluated. Durations in whole milliseconds. */
export interface TargetResult {
  readonly metric: SlaMetric;
  readonly status: SlaStatus;
  /** The clock the window ran on, and its calendar's id. */
  readonly clock: SlaClock;
  readonly calendar: string;
  readonly windowMs: number;
  /** The time counted on the window's clock, up to the event (or the as-of time when it has not happened). */
  readonly elapsedMs: number;
  /** Calendar time, pauses excluded. */
  readonly calendarMs: number;
  /** Working time on the SLA's working calendar, pauses excluded. */
  readonly workingMs: number;
  /** When the event (first response, resolution) happened, if it had by the as-of time. */
  readonly at?: Instant;
  /** The last instant an event still meets the window; absent while a pause without end stops the clock. */
  readonly dueAt?: Instant;
  /** Still open: the time left on the window's clock. */
  readonly remainingMs?: number;
  /** Breached: the moment the window ran out. */
  readonly breachedAt?: Instant;
}

/** A ticket evaluated against its SLA rule at an as-of time. */
export interface TicketResult {
  readonly ticket: string;
  readonly subject: string;
  readonly period?: string;
  readonly priority: string;
  readonly priorityName?: LocalizedText;
  readonly category?: string;
  /** The id of the rule that applied (or its 0-based index when it has none). */
  readonly rule: string;
  /** `breached` when any window is, else `open` when any is, else `met`. */
  readonly status: SlaStatus;
  readonly openedAt: Instant;
  /** The zone the instants are shown in. */
  readonly zone: string;
  readonly targets: readonly TargetResult[];
}

/** A ticket that could not be evaluated, with every issue found in it. */
export interface TicketRejection {
  readonly status: "rejected";
  readonly ticket?: string;
  readonly subject?: string;
  readonly issues: readonly Issue[];
}

/** A rejected ticket of a batch, with its position in the input (0-based). */
export interface IndexedTicketRejection extends TicketRejection {
  readonly index: number;
}

/** Options of an evaluation. */
export interface EvaluateOptions {
  /**
   * The moment the evaluation is made (an ISO 8601 string read in the SLA's zone, a `Date`, or
   * epoch milliseconds): events after it have not happened yet, and open windows count up to it.
   */
  readonly asOf: string | number | Date;
}

/** The outcome of a batch: each ticket's result, the summaries per subject, the rejected tickets. */
export interface SlaBatch {
  readonly tickets: readonly TicketResult[];
  readonly subjects: readonly SlaSubject[];
  readonly rejected: readonly IndexedTicketRejection[];
}

/** Options of {@link compileSla}. */
export interface CompileSlaOptions {
  /**
   * Run every rule on one clock instead of the policy's: `"24x7"` for calendar time, or a working
   * calendar (`"cn"`, the id of a policy calendar or of one in `calendars`) for working time on it.
   */
  readonly calendar?: string;
  /** Working calendars built in code (`cnCalendar({ holidays })`), by id; they take precedence over the policy's. */
  readonly calendars?: Readonly<Record<string, WorkingCalendar>>;
}

/** An SLA compiled once: reads, checks and evaluates tickets. Holds no state between calls. */
export interface Sla {
  readonly policy: SlaPolicy;
  /** The zone times without an offset are read in. */
  readonly zone: string;
  /** The working calendar (working time is counted on it, and working-clock windows run on it). */
  readonly calendar: WorkingCalendar;
  /** Evaluates one ticket; a bad ticket comes back as a {@link TicketRejection}, never as an exception. */
  evaluate(ticket: unknown, options: EvaluateOptions): TicketResult | TicketRejection;
  /**
   * Evaluates many tickets, and summarizes them per subject and priority. Every row of a ticket id
   * that several rows carry is rejected (`ticket.duplicate`), so the result never depends on row order.
   */
  evaluateAll(tickets: Iterable<unknown>, options: EvaluateOptions): SlaBatch;
}

interface CompiledRule {
  readonly id: string;
  readonly priorities: ReadonlySet<string> | undefined;
  readonly categories: ReadonlySet<string> | undefined;
  readonly targets: readonly {
    metric: SlaMetric;
    clock: WorkingCalendar;
    kind: SlaClock;
    windowMs: number;
  }[];
}

/**
 * Validates an SLA (a policy with an `sla` section, or the section alone) and compiles it:
 * calendars resolved, windows in milliseconds, rules in order.
 *
 * @throws {PolicyError} when the SLA has issues (all of them), or an unknown `calendar` option.
 * @example
 * ```ts
 * const sla = compileSla(getPreset("after-sales-response")!, { calendar: "cn" });
 * const result = sla.evaluate(
 *   { ticket: "T1", subject: "Hall A", priority: "一般故障", opened_at: "2026-02-13T17:00", responded_at: "2026-02-14T10:00" },
 *   { asOf: "2026-02-28T00:00" },
 * );
 * result.status; //=> "met" (one working hour on Friday, one on the make-up Saturday)
 * ```
 */
export function compileSla(
  policy: PolicyInput | Policy | SlaPolicyInput,
  options: CompileSlaOptions = {},
): Sla {
  const sla = assertSla(policy);
  const own = new Map(Object.entries(options.calendars ?? {}));
  const specs = sla.calendars ?? {};
  const resolve = (id: string, zone: string): WorkingCalendar | undefined => {
    const given = own.get(id);
    if (given !== undefined) return given;
    if (id === "24x7") return calendar24x7(zone);
    if (Object.hasOwn(specs, id))
      return buildCalendar(specs[id] as NonNullable<(typeof specs)[string]>, { id });
    if (id === "cn") return cnCalendar();
    return undefined;
  };
  const override = options.calendar;
  const workingId = override !== undefined && override !== "24x7" ? override : (sla.calendar ?? "cn");
  const provisional = resolve(workingId, sla.zone ?? "UTC");
  if (provisional === undefined) {
    const known = [...new Set(["24x7", "cn", ...Object.keys(specs), ...own.keys()])];
    throw new PolicyError([makeIssue("sla.unknown-calendar", [], { calendar: workingId, known })]);
  }
  const zone = sla.zone ?? provisional.zone;
  const working = provisional.id === "24x7" ? calendar24x7(zone) : provisional;
  const calendarClock = calendar24x7(zone);
  const clockOf = (rule: SlaRule): SlaClock =>
    override === undefined
      ? (rule.clock ?? sla.clock ?? "calendar")
      : override === "24x7"
        ? "calendar"
        : "working";

  const rules: CompiledRule[] = sla.rules.map((rule, index) => {
    const kind = clockOf(rule);
    const clock = kind === "calendar" ? calendarClock : working;
    const set = (value: string | readonly string[] | undefined) =>
      value === undefined
        ? undefined
        : new Set((typeof value === "string" ? [value] : value).map((text) => normalize(text)));
    return {
      id: rule.id ?? String(index),
      priorities: set(rule.when?.priority),
      categories: set(rule.when?.category),
      targets: METRICS.flatMap((metric) => {
        const window = rule.targets[metric];
        return window === undefined ? [] : [{ metric, clock, kind, windowMs: windowMs(window, clock.dayMs) }];
      }),
    };
  });
  const names = new Map(sla.priorities.map((priority) => [priority.id, priority.name]));
  const read = ticketReader({ priorities: sla.priorities, zone, pausedStatuses: sla.pausedStatuses ?? [] });

  const evaluateTicket = (ticket: Ticket, asOf: Instant): TicketResult | TicketRejection => {
    const rule = rules.find(
      (candidate) =>
        (candidate.priorities === undefined || candidate.priorities.has(normalize(ticket.priority))) &&
        (candidate.categories === undefined ||
          (ticket.category !== undefined && candidate.categories.has(normalize(ticket.category)))),
    );
    const head = { ticket: ticket.id, subject: ticket.subject };
    if (rule === undefined) {
      const values = {
        priority: ticket.priority,
        ...(ticket.category !== undefined && { category: ticket.category }),
      };
      return { status: "rejected", ...head, issues: [makeIssue("ticket.no-rule", ["priority"], values)] };
    }
    if (ticket.openedAt > asOf) {
      const values = { opened: formatInstant(ticket.openedAt, zone), asOf: formatInstant(asOf, zone) };
      return {
        status: "rejected",
        ...head,
        issues: [makeIssue("ticket.opened-after-as-of", ["opened_at"], values)],
      };
    }
    const targets = rule.targets.map((target) => {
      const event = target.metric === "firstResponse" ? ticket.respondedAt : ticket.resolvedAt;
      return evaluateTarget(ticket, target, event !== undefined && event <= asOf ? event : undefined, asOf);
    });
    const status = targets.some((t) => t.status === "breached")
      ? "breached"
      : targets.some((t) => t.status === "open")
        ? "open"
        : "met";
    const priorityName = names.get(ticket.priority);
    return {
      ...head,
      ...(ticket.period !== undefined && { period: ticket.period }),
      priority: ticket.priority,
      ...(priorityName && { priorityName }),
      ...(ticket.category !== undefined && { category: ticket.category }),
      rule: rule.id,
      status,
      openedAt: ticket.openedAt,
      zone,
      targets,
    };
  };

  const evaluateTarget = (
    ticket: Ticket,
    target: CompiledRule["targets"][number],
    event: Instant | undefined,
    asOf: Instant,
  ): TargetResult => {
    const { openedAt, pauses } = ticket;
    const until = event ?? asOf;
    const calendarMs = elapsedMs(calendarClock, openedAt, until, pauses);
    const workingMs = elapsedMs(working, openedAt, until, pauses);
    const elapsed = target.kind === "calendar" ? calendarMs : workingMs;
    const due = dueAt(target.clock, openedAt, target.windowMs, pauses);
    const head = {
      metric: target.metric,
      clock: target.kind,
      calendar: target.clock.id,
      windowMs: target.windowMs,
      elapsedMs: elapsed,
      calendarMs,
      workingMs,
      ...(event !== undefined && { at: event }),
      ...(due !== undefined && { dueAt: due }),
    };
    if (elapsed > target.windowMs) return { ...head, status: "breached", breachedAt: due as Instant };
    if (event !== undefined) return { ...head, status: "met" };
    return { ...head, status: "open", remainingMs: target.windowMs - elapsed };
  };

  const asOfOf = (options: EvaluateOptions): Instant => {
    const asOf = parseInstant(options.asOf, zone);
    if (asOf === undefined)
      throw new RangeError(`kaoping: asOf must be an ISO 8601 date and time, a Date or epoch milliseconds`);
    return asOf;
  };

  return {
    policy: sla,
    zone,
    calendar: working,
    evaluate(raw, options) {
      const asOf = asOfOf(options);
      const outcome = read(raw);
      return outcome.ok ? evaluateTicket(outcome.ticket, asOf) : rejection(outcome);
    },
    evaluateAll(raws, options) {
      const asOf = asOfOf(options);
      const tickets: TicketResult[] = [];
      const rejected: IndexedTicketRejection[] = [];
      const outcomes = Array.from(raws, read);
      // Every row of a repeated id is rejected: keeping the first would make the result depend on row order.
      const counts = new Map<string, number>();
      for (const outcome of outcomes)
        if (outcome.ok) counts.set(outcome.ticket.id, (counts.get(outcome.ticket.id) ?? 0) + 1);
      outcomes.forEach((outcome, index) => {
        const count = outcome.ok ? (counts.get(outcome.ticket.id) as number) : 0;
        const result = !outcome.ok
          ? rejection(outcome)
          : count > 1
            ? duplicate(outcome.ticket, count)
            : evaluateTicket(outcome.ticket, asOf);
        if (result.status === "rejected") rejected.push({ ...result, index });
        else tickets.push(result);
      });
      return { tickets, subjects: summarizeTickets(tickets, sla.priorities), rejected };
    },
  };
}

function rejection(outcome: Extract<ReadTicketResult, { ok: false }>): TicketRejection {
  const { ticket, subject, issues } = outcome;
  return {
    status: "rejected",
    ...(ticket !== undefined && { ticket }),
    ...(subject !== undefined && { subject }),
    issues,
  };
}

function duplicate(ticket: Ticket, count: number): TicketRejection {
  return {
    status: "rejected",
    ticket: ticket.id,
    subject: ticket.subject,
    issues: [makeIssue("ticket.duplicate", ["ticket"], { ticket: ticket.id, count })],
  };
}
