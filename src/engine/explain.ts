import type { Decimal } from "../decimal";
import { type Locale, type LocalizedText, localize } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import type { Scorecard } from "./scorecard";
import type { TraceStep } from "./trace";

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** The language of the sentences (default `"en"`). */
  readonly locale?: Locale;
  /** Decimal places shown for scores (default 2; scores stay exact in the scorecard). */
  readonly places?: number;
}

const DEFAULT_EXPLAIN_OPTIONS: Required<ExplainOptions> = { locale: "en", places: 2 };

/**
 * Explains a scorecard in sentences: each component's score and the trace steps that make it,
 * then the total and the grade (or why there is no opinion).
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
  const words = messagesFor(locale);
  const show = (value: Decimal) => value.toDecimalPlaces(places).toString();
  const name = (text: LocalizedText | undefined, id: string) => localize(text, locale, id);
  const lines = [words.explain.heading(card.subject, name(card.policy.name, card.policy.id), card.period)];
  for (const component of card.components) {
    lines.push(
      words.explain.component(name(component.name, component.id), show(component.score), show(component.max)),
    );
    lines.push(...stepLines(component.trace, "  ", (step) => words.explain.points(show(step.delta)), locale));
  }
  if (card.status === "graded") {
    lines.push(
      words.explain.graded(show(card.total), show(card.maxScore), name(card.gradeName, card.grade ?? "")),
    );
  } else {
    const inputs = Object.entries(card.noOpinion?.inputs ?? {}).map(
      ([ref, value]) => `${ref}: ${yesNo(value, locale)}`,
    );
    lines.push(words.explain.noOpinion(show(card.total), show(card.maxScore), words.list(inputs)));
  }
  for (const payout of card.payouts ?? []) {
    lines.push(words.explain.payout(name(payout.name, payout.id), payout.amount));
    // Money is shown exact: its steps are cents and fractions of a cent, rounded by the last one.
    lines.push(
      ...stepLines(payout.trace, "  ", (step) => words.explain.money(step.delta.toString()), locale),
    );
  }
  if (card.pay !== undefined && (card.payouts?.length ?? 0) > 1) lines.push(words.explain.pay(card.pay));
  return lines.join("\n");
}

/** The lines of trace steps: a measure's value marked "=" (it adds nothing), a weighted part's own steps indented. */
function stepLines(
  steps: readonly TraceStep[],
  indent: string,
  delta: (step: TraceStep) => string,
  locale: Locale,
): string[] {
  const lines: string[] = [];
  for (const step of steps) {
    const mark = step.code.startsWith("measure.") ? "=" : delta(step);
    lines.push(`${indent}${mark} ${sentence(step, locale)}`);
    if (step.code === "weighted.part")
      lines.push(...stepLines(step.values.steps, `${indent}    `, delta, locale));
  }
  return lines;
}

/**
 * One trace step as a sentence in a locale.
 *
 * @example
 * ```ts
 * sentence(card.components[0].trace[1], "zh-CN"); //=> "发现问题：3 × 1 分，予以扣除"
 * ```
 */
export function sentence(step: TraceStep, locale: Locale): string {
  const words = {
    input: localize(step.inputName, locale, step.input ?? ""),
    tier: (id: string, tierName?: LocalizedText) => localize(tierName, locale, id),
    text: (text: LocalizedText | undefined, fallback = "") => localize(text, locale, fallback),
  };
  const render = messagesFor(locale).trace[step.code] as (
    values: TraceStep["values"],
    w: typeof words,
  ) => string;
  return render(step.values, words);
}

function yesNo(value: string, locale: Locale): string {
  if (value === "true" || value === "false") return messagesFor(locale).yesNo(value === "true");
  return value;
}
