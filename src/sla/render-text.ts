import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { type Locale, localize } from "../i18n/locale";
import { formatIssue, type Issue } from "../issues/issue";
import { displayWidth, pad } from "../report/display-width";
import type { SlaStatus, TicketResult } from "./evaluate";
import type { SlaMetric } from "./schema";
import type { SlaSubject } from "./summary";

/** A ticket that was rejected, located in its file. */
export interface RejectedTicketRow {
  /** The 1-based line of the file (the header is line 1), when read from a file. */
  readonly line?: number;
  readonly ticket?: string;
  readonly subject?: string;
  readonly issues: readonly Issue[];
}

/** Options of {@link renderSlaText}. */
export interface SlaTextOptions {
  readonly locale?: Locale;
  /** Decimal places of compliance % (default 2; the figures stay exact in JSON). */
  readonly places?: number;
}

const DEFAULT_SLA_TEXT_OPTIONS: Required<SlaTextOptions> = { locale: "en", places: 2 };

const WORDS = {
  en: {
    ticket: "ticket",
    metric: "window of",
    metrics: { firstResponse: "first response", resolution: "resolution" } as Record<SlaMetric, string>,
    subject: "subject",
    priority: "priority",
    status: "status",
    window: "window",
    elapsed: "elapsed",
    calendar: "calendar",
    working: "working",
    due: "due / breached at",
    left: "left",
    tickets: "tickets",
    met: "met",
    breached: "breached",
    open: "open",
    compliance: "compliance %",
    rejected: "Rejected",
    times: (zone: string) => `Times in ${zone}; durations in hours:minutes.`,
    statuses: { met: "met", breached: "breached", open: "open" } as Record<SlaStatus, string>,
  },
  "zh-CN": {
    ticket: "工单",
    metric: "时限类型",
    metrics: { firstResponse: "首次响应", resolution: "解决" } as Record<SlaMetric, string>,
    subject: "对象",
    priority: "优先级",
    status: "状态",
    window: "时限",
    elapsed: "用时",
    calendar: "自然时间",
    working: "工作时间",
    due: "到期 / 超时时刻",
    left: "剩余",
    tickets: "工单数",
    met: "达标",
    breached: "超时",
    open: "未完成",
    compliance: "达标率 %",
    rejected: "被拒绝的记录",
    times: (zone: string) => `时间为 ${zone} 时区；时长为“小时:分钟”。`,
    statuses: { met: "达标", breached: "超时", open: "未完成" } as Record<SlaStatus, string>,
  },
} as const;

/**
 * Renders SLA results as plain-text tables a terminal shows well (CJK-aware): one row per ticket
 * window, then the counts and compliance per subject and priority, then the rejected tickets
 * with their lines and issues.
 *
 * @example
 * ```ts
 * console.log(renderSlaText(batch.tickets, batch.subjects, rejected, { locale: "zh-CN" }));
 * //=> 工单  对象    优先级    状态  时限  用时 ...
 * ```
 */
export function renderSlaText(
  tickets: readonly TicketResult[],
  subjects: readonly SlaSubject[],
  rejected: readonly RejectedTicketRow[],
  options: SlaTextOptions = {},
): string {
  const { locale, places } = { ...DEFAULT_SLA_TEXT_OPTIONS, ...options };
  const words = WORDS[locale];
  const out: string[] = [];
  if (tickets.length > 0) {
    // The kind of window is shown only when some ticket has more than a first response.
    const metrics = tickets.some((ticket) =>
      ticket.targets.some((target) => target.metric !== "firstResponse"),
    );
    const rows = tickets.flatMap((ticket) =>
      ticket.targets.map((target) => [
        ticket.ticket,
        ticket.subject,
        localize(ticket.priorityName, locale, ticket.priority),
        ...(metrics ? [words.metrics[target.metric]] : []),
        words.statuses[target.status],
        duration(target.windowMs),
        duration(target.elapsedMs),
        duration(target.calendarMs),
        duration(target.workingMs),
        target.remainingMs === undefined ? "" : duration(target.remainingMs),
        instant(target.breachedAt ?? target.dueAt, ticket.zone),
      ]),
    );
    const head = [
      words.ticket,
      words.subject,
      words.priority,
      ...(metrics ? [words.metric] : []),
      words.status,
      words.window,
      words.elapsed,
      words.calendar,
      words.working,
      words.left,
      words.due,
    ];
    const first = metrics ? 5 : 4;
    out.push(
      ...table(head, rows, (i) => i >= first && i <= first + 4),
      "",
      words.times(tickets[0]?.zone ?? "UTC"),
    );
  }
  if (subjects.length > 0) {
    const head = [
      words.subject,
      words.priority,
      words.tickets,
      words.met,
      words.breached,
      words.open,
      words.compliance,
    ];
    const rows = subjects.flatMap((subject) => [
      [subject.subject + (subject.period ? ` (${subject.period})` : ""), "", ...counts(subject, places)],
      ...subject.priorities
        .filter((row) => row.tickets > 0)
        .map((row) => ["", localize(row.name, locale, row.priority), ...counts(row, places)]),
    ]);
    out.push(...(out.length > 0 ? [""] : []), ...table(head, rows, (i) => i >= 2));
  }
  if (rejected.length > 0) {
    out.push(...(out.length > 0 ? [""] : []), `${words.rejected} (${rejected.length}):`);
    for (const row of rejected) {
      for (const issue of row.issues) {
        const located =
          row.line === undefined || issue.line !== undefined ? issue : { ...issue, line: row.line };
        out.push(`  ${row.ticket === undefined ? "" : `${row.ticket}: `}${formatIssue(located, locale)}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}

function counts(
  c: {
    tickets: number;
    met: number;
    breached: number;
    open: number;
    compliance?: { toFixed(places: number): string };
  },
  places: number,
): string[] {
  return [
    String(c.tickets),
    String(c.met),
    String(c.breached),
    String(c.open),
    c.compliance === undefined ? "—" : c.compliance.toFixed(places),
  ];
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  right: (i: number) => boolean,
): string[] {
  const widths = head.map((cell, i) =>
    Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[i] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, right(i) ? "right" : "left"))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** A duration as hours:minutes (and :seconds when there are some), such as `17:00` or `0:30`. */
function duration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}${s === 0 ? "" : `:${String(s).padStart(2, "0")}`}`;
}

function instant(value: number | undefined, zone: string): string {
  return value === undefined ? "—" : format(new TZDate(value, zone), "yyyy-MM-dd HH:mm");
}
