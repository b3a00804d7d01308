import type { Decimal } from "../decimal";
import type { SlaSubject } from "./summary";

/** A subject's SLA figures as a record that `compile(policy).score(...)` reads. */
export interface SlaRecord {
  readonly subject: string;
  readonly period?: string;
  /** Tickets by priority id; likewise `met`, `breached` and `open` (counts inputs, keys = priority ids). */
  readonly tickets: Readonly<Record<string, number>>;
  readonly met: Readonly<Record<string, number>>;
  readonly breached: Readonly<Record<string, number>>;
  readonly open: Readonly<Record<string, number>>;
  /** Compliance % over all priorities (a decimal input); absent when no ticket is decided yet. */
  readonly compliance?: Decimal;
  /** Compliance % of one priority, as `compliance.<priority>` (a decimal input with that `column`). */
  readonly [column: `compliance.${string}`]: Decimal | undefined;
}

/**
 * Turns SLA summaries into records for a policy's components: per subject, the counts of
 * tickets, met, breached and open by priority (declare them as `counts` inputs whose keys are
 * the priority ids, and reference `breached.urgent` in a `deduction`), and the compliance % in
 * all (`compliance`) and per priority (`compliance.<id>`), for decimal inputs.
 *
 * @example
 * ```ts
 * const policy = getPreset("after-sales-response")!;
 * const batch = compileSla(policy).evaluateAll(tickets, { asOf: "2026-03-01T00:00" });
 * const cards = compile(policy).scoreAll(slaRecords(batch.subjects));
 * slaRecords(batch.subjects)[0];
 * //=> { subject: "Hall A", tickets: { urgent: 1, general: 2, enquiry: 0 }, breached: { urgent: 0, general: 1, enquiry: 0 },
 * //     met: {...}, open: {...}, compliance: Decimal("66.67…"), "compliance.urgent": Decimal("100"), ... }
 * ```
 */
export function slaRecords(subjects: readonly SlaSubject[]): SlaRecord[] {
  return subjects.map((subject) => {
    const by = (field: "tickets" | "met" | "breached" | "open") =>
      Object.fromEntries(subject.priorities.map((row) => [row.priority, row[field]]));
    const compliance = Object.fromEntries(
      subject.priorities.flatMap((row) =>
        row.compliance === undefined ? [] : [[`compliance.${row.priority}`, row.compliance]],
      ),
    );
    return {
      subject: subject.subject,
      ...(subject.period !== undefined && { period: subject.period }),
      tickets: by("tickets"),
      met: by("met"),
      breached: by("breached"),
      open: by("open"),
      ...(subject.compliance !== undefined && { compliance: subject.compliance }),
      ...compliance,
    };
  });
}
