/**
 * Every issue kaoping reports, by stable code, with the values its message needs.
 * A code never changes meaning once released; the wording lives in `src/i18n/`.
 */
export interface IssueValuesByCode {
  // The shape of a policy (from its schema).
  "schema.invalid-type": { expected: string; received: string };
  "schema.unknown-key": { key: string };
  "schema.invalid-value": { options: readonly string[]; received: string };
  "schema.too-small": { minimum: string; inclusive: boolean; received: string };
  "schema.too-big": { maximum: string; inclusive: boolean; received: string };
  "schema.not-a-decimal": { received: string };
  "schema.invalid-format": { format: string; received: string };
  "schema.invalid": { received: string };
  "schema.not-money": { received: string };
  "schema.not-a-percent": { received: string };
  // Rules across fields of a policy.
  "policy.max-mismatch": { sum: string; maxScore: string };
  "policy.grades-not-descending": { grade: string; min: string; previous: string };
  "policy.duplicate-grade": { grade: string };
  "policy.grade-fallback-missing": { grade: string };
  "policy.duplicate-component": { component: string };
  "policy.unknown-input": { input: string; known: readonly string[] };
  "policy.input-type-mismatch": { input: string; expected: readonly string[]; actual: string };
  "policy.negative-points": { received: string };
  "policy.unknown-tier": { tier: string; input: string };
  "policy.tier-without-points": { tier: string; input: string };
  "policy.tier-points-above-max": { tier: string; points: string; max: string };
  "policy.duplicate-tier": { tier: string };
  "policy.unknown-score": { score: string; known: readonly string[] };
  "policy.unknown-grade": { grade: string; known: readonly string[] };
  "policy.condition-not-allowed": { test: "input" | "score" | "grade" };
  // Measures, component kinds bands/linear/given/weighted, and payouts.
  "policy.unknown-measure": { measure: string; known: readonly string[] };
  "policy.exactly-one": { fields: readonly string[]; count: number };
  "policy.bands-overlap": { band: number; other: number };
  "policy.band-bounds": { bound: "lower" | "upper" };
  "policy.band-empty": { range: string };
  "policy.points-above-max": { points: string; max: string };
  "policy.linear-flat": { target: string };
  "policy.weights-sum": { sum: string };
  "policy.unknown-flag": { flag: string; input: string; known: readonly string[] };
  "policy.nps-scale": { input: string; min: string; max: string; step: string };
  "policy.scale-invalid": { min: string; max: string; step: string };
  "policy.duplicate-payout": { payout: string };
  "policy.cap-below-floor": { cap: string; floor: string };
  // Records checked against what a policy declares.
  "record.not-an-object": { received: string };
  "record.missing-subject": Record<string, never>;
  "record.missing-value": { input: string };
  "record.not-a-count": { input: string; received: string };
  "record.not-a-boolean": { input: string; received: string };
  "record.not-a-decimal": { input: string; received: string };
  "record.out-of-range": { input: string; received: string; min?: string; max?: string };
  "record.unknown-tier": { input: string; received: string; options: readonly string[] };
  "record.too-many-answers": { input: string; count: number };
  "record.unknown-key": { input: string; key: string; known: readonly string[] };
  "record.too-many-places": { input: string; received: string; places: number };
  "record.invalid-answer": { input: string; received: string; min: string; max: string; step: string };
  "record.unknown-flag": { input: string; flag: string; known: readonly string[] };
  "record.count-exceeds": {
    measure: string;
    field: string;
    value: string;
    limitField: string;
    limit: string;
  };
  // Files read by the CLI (or by a caller using the readers).
  "file.unreadable": { file: string; reason: string };
  "file.parse-error": { reason: string };
  "file.missing-column": { column: string };
  "file.unknown-preset": { name: string; known: readonly string[] };
  // Periods, ranking and rules across periods (src/cycle/).
  "policy.tie-breaker-on-total": Record<string, never>;
  "policy.duplicate-group": { group: string };
  "policy.unknown-group": { group: string; known: readonly string[] };
  "policy.duplicate-series": { rule: string };
  "policy.series-window-too-short": { window: string; cycle: string };
  "policy.series-unreachable": { atLeast: number; periods: number; window: string; cycle: string };
  "policy.duplicate-milestone": { milestone: string };
  "policy.schedule-window-reversed": { milestone: string };
  "policy.duplicate-reward": { reward: string };
  "policy.reward-without-condition": { reward: string };
  "record.invalid-period": { received: string };
  "record.period-cycle-mismatch": { period: string; kind: string; cycle: string };
  "record.duplicate-subject": { subject: string; period: string; count: number };
  "plan.duplicate-id": { plan: string };
  "file.wrong-cell-count": { expected: number; received: number; columns: readonly string[] };
  "file.unclosed-quote": { lastLine: number };
  "file.bad-quote": Record<string, never>;
  "file.wrong-encoding": { encoding: string; suggestion: string };
  "file.not-an-array": { received: string };
  // SLA sections of policies: calendars, priorities, rules.
  "sla.missing": Record<string, never>;
  "sla.unknown-zone": { zone: string };
  "sla.zone-missing": { calendar: string };
  "sla.unknown-calendar": { calendar: string; known: readonly string[] };
  "sla.invalid-date": { date: string };
  "sla.day-listed-twice": { date: string };
  "sla.shift-order": { shift: string };
  "sla.shifts-overlap": { shift: string; previous: string };
  "sla.no-working-hours": { calendar: string };
  "sla.duplicate-priority": { priority: string };
  "sla.unknown-priority": { priority: string; known: readonly string[] };
  "sla.priority-without-rule": { priority: string };
  "sla.no-targets": Record<string, never>;
  /** Rules counted from 1 (`position`, `after`), with their ids where they have one. */
  "sla.unreachable-rule": { position: number; rule?: string; after: number; afterRule?: string };
  // Tickets checked against an SLA.
  "ticket.invalid-time": { field: string; received: string };
  "ticket.unknown-priority": { received: string; options: readonly string[] };
  "ticket.before-opening": { field: string; time: string; opened: string };
  "ticket.no-rule": { priority: string; category?: string };
  "ticket.invalid-pause": { received: string };
  "ticket.opened-after-as-of": { opened: string; asOf: string };
  /** `count` rows carry the id; all of them are rejected. */
  "ticket.duplicate": { ticket: string; count: number };
}

/** A stable issue code, such as `"policy.max-mismatch"`. */
export type IssueCode = keyof IssueValuesByCode;

/** One step of a path into a policy or record: an object key or an array index. */
export type PathSegment = string | number;
