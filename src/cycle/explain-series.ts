import { Decimal } from "../decimal";
import { type Locale, localize } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import type { SeriesOutcome } from "./series";

/** What an explanation needs of an outcome: a {@link SeriesOutcome}, or its JSON form in a report. */
export type ExplainableSeries = Pick<
  SeriesOutcome,
  | "subject"
  | "rule"
  | "name"
  | "window"
  | "triggered"
  | "periods"
  | "count"
  | "atLeast"
  | "consecutive"
  | "complete"
> & {
  readonly trace?: readonly {
    readonly code: SeriesOutcome["trace"][number]["code"];
    readonly period: string;
    readonly total?: Decimal | string;
    readonly grade?: string;
    readonly gradeName?: SeriesOutcome["name"];
  }[];
};

/** Options of {@link explainSeries}. */
export interface ExplainSeriesOptions {
  readonly locale?: Locale;
  /** Decimal places of the totals shown (2 by default). */
  readonly places?: number;
  /** Follow the verdict with every period of the window (true by default). */
  readonly steps?: boolean;
}

const DEFAULT_EXPLAIN_SERIES_OPTIONS: Required<ExplainSeriesOptions> = {
  locale: "en",
  places: 2,
  steps: true,
};

/**
 * A series outcome in sentences: the subject, window and rule; the verdict naming the periods
 * that decided it; then what each period of the window did.
 *
 * @example
 * ```ts
 * explainSeries(outcome, { steps: false });
 * //=> "North Service Hall, 2026 — Year-end award eligibility lost
 * //    Triggered: 2 periods met the condition (2026-03, 2026-09); 2 trigger the rule."
 * ```
 */
export function explainSeries(outcome: ExplainableSeries, options: ExplainSeriesOptions = {}): string {
  const { locale, places, steps } = { ...DEFAULT_EXPLAIN_SERIES_OPTIONS, ...options };
  const words = messagesFor(locale).series;
  const lines = [
    words.heading(outcome.subject, localize(outcome.name, locale, outcome.rule), outcome.window),
    words.verdict(outcome),
  ];
  if (steps) {
    for (const step of outcome.trace ?? []) {
      const values = {
        period: step.period,
        total: step.total === undefined ? "" : new Decimal(step.total).toFixed(places),
        grade: step.grade === undefined ? "" : localize(step.gradeName, locale, step.grade),
      };
      lines.push(`  - ${words.step[step.code](values)}`);
    }
  }
  return lines.join("\n");
}
