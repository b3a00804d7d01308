import { Decimal } from "../decimal";
import { type Locale, localize } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { explainCard, explanationLines } from "./explanation";
import type { Scorecard } from "./scorecard";

export { sentence } from "./sentence";

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** The language of the sentences (default `"en"`). */
  readonly locale?: Locale;
  /** Decimal places shown for scores (default 2; scores stay exact in the scorecard). */
  readonly places?: number;
}

const DEFAULT_EXPLAIN_OPTIONS: Required<ExplainOptions> = { locale: "en", places: 2 };

/**
 * Explains a scorecard in sentences: each component's score and the trace steps that make it
 * (or why it has no data), then the total and the grade (or why there is no opinion), then each
 * payout and its steps.
 *
 * @example
 * ```ts
 * explain(card, { locale: "en" });
 * //=> Unit A — Satisfaction work appraisal
 * //   Standards compliance: 47 of 50 points.
 * //     +50 starts at full marks, 50 points
 * //     −3 findings: 3 × 1 point taken off
 * //   ...
 * //   Total: 87 of 100 points, grade: fail.
 * ```
 */
export function explain(card: Scorecard, options: ExplainOptions = {}): string {
  const { locale, places } = { ...DEFAULT_EXPLAIN_OPTIONS, ...options };
  const show = (value: Decimal | string) => new Decimal(value).toDecimalPlaces(places).toString();
  const heading = messagesFor(locale).explain.heading(
    card.subject,
    localize(card.policy.name, locale, card.policy.id),
    card.period,
  );
  return [heading, ...explanationLines(explainCard(card, { locale, show }))].join("\n");
}
