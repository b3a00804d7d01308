import { Decimal, divide } from "../decimal";
import type { LocalizedText } from "../i18n/locale";
import type { TicketResult } from "./evaluate";
import type { SlaPriority } from "./schema";

/** Tickets counted by status, and the compliance they give. */
export interface SlaCounts {
  readonly tickets: number;
  readonly met: number;
  readonly breached: number;
  readonly open: number;
  /**
   * met / (met + breached) × 100, exact (a quotient that does not terminate keeps 20 places);
   * open tickets are not decided yet and do not count. Absent when nothing is decided.
   */
  readonly compliance?: Decimal;
}

/** One priority's counts for a subject. */
export interface SlaPriorityCounts extends SlaCounts {
  readonly priority: string;
  readonly name?: LocalizedText;
}

/** A subject's (and period's) tickets: counts in all, and per priority in the policy's order. */
export interface SlaSubject extends SlaCounts {
  readonly subject: string;
  readonly period?: string;
  readonly priorities: readonly SlaPriorityCounts[];
}

const HUNDRED = new Decimal(100);

/**
 * Counts evaluated tickets per subject (and period, when tickets carry one) and priority, with
 * the compliance of each. Subjects come sorted (by code point, not by locale), priorities in the
 * policy's order, each listed even with no ticket: the result does not depend on the order of
 * the tickets.
 *
 * @example
 * ```ts
 * summarizeTickets(batch.tickets, sla.policy.priorities)[0];
 * //=> { subject: "Hall A", tickets: 3, met: 2, breached: 1, open: 0, compliance: Decimal("66.666…"),
 * //     priorities: [{ priority: "urgent", tickets: 1, met: 1, ... }, ...] }
 * ```
 */
export function summarizeTickets(
  tickets: readonly TicketResult[],
  priorities: readonly SlaPriority[],
): SlaSubject[] {
  const groups = new Map<string, { subject: string; period?: string; tickets: TicketResult[] }>();
  for (const ticket of tickets) {
    const key = JSON.stringify([ticket.subject, ticket.period ?? null]);
    const group = groups.get(key) ?? {
      subject: ticket.subject,
      ...(ticket.period !== undefined && { period: ticket.period }),
      tickets: [],
    };
    group.tickets.push(ticket);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) =>
    a.subject === b.subject ? compare(a.period ?? "", b.period ?? "") : compare(a.subject, b.subject),
  );
  return ordered.map(({ subject, period, tickets: own }) => ({
    subject,
    ...(period !== undefined && { period }),
    ...count(own),
    priorities: priorities.map((priority) => ({
      priority: priority.id,
      ...(priority.name && { name: priority.name }),
      ...count(own.filter((ticket) => ticket.priority === priority.id)),
    })),
  }));
}

function count(tickets: readonly TicketResult[]): SlaCounts {
  let met = 0;
  let breached = 0;
  let open = 0;
  for (const ticket of tickets) {
    if (ticket.status === "met") met++;
    else if (ticket.status === "breached") breached++;
    else open++;
  }
  const decided = met + breached;
  return {
    tickets: tickets.length,
    met,
    breached,
    open,
    ...(decided > 0 && { compliance: divide(new Decimal(met).mul(HUNDRED), new Decimal(decided)) }),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
