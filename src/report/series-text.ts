import { type ExplainableSeries, explainSeries } from "../cycle/explain-series";
import type { Locale } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";

/** Options of {@link renderSeriesText}. */
export interface SeriesTextOptions {
  readonly locale?: Locale;
  /** Decimal places of totals (2 by default). */
  readonly places?: number;
  /** Follow each verdict with every period of its window (false by default). */
  readonly steps?: boolean;
}

const DEFAULT_SERIES_TEXT_OPTIONS: Required<SeriesTextOptions> = { locale: "en", places: 2, steps: false };

/**
 * Renders series outcomes as plain text for a terminal: a heading, then each outcome's
 * subject, window, rule and verdict (with the periods of its window when `steps` is set).
 * Empty when there is no outcome.
 *
 * @example
 * ```ts
 * renderSeriesText(series);
 * //=> "Rules across periods (2):\n  North Service Hall, 2026 — Year-end award eligibility lost\n  Triggered: ..."
 * ```
 */
export function renderSeriesText(
  outcomes: readonly ExplainableSeries[],
  options: SeriesTextOptions = {},
): string {
  if (outcomes.length === 0) return "";
  const { locale, places, steps } = { ...DEFAULT_SERIES_TEXT_OPTIONS, ...options };
  const blocks = outcomes.map((outcome) =>
    explainSeries(outcome, { locale, places, steps })
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n"),
  );
  return `${messagesFor(locale).report.series} (${outcomes.length}):\n${blocks.join("\n\n")}\n`;
}
