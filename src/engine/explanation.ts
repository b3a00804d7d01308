import type { Decimal } from "../decimal";
import { type Locale, type LocalizedText, localize } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import { sentence } from "./sentence";
import type { TraceStep } from "./trace";

/** A number of a card: a `Decimal` on a scorecard, a decimal string on a report card. */
export type CardNumber = Decimal | string;

/** A trace step as a scorecard or a report card carries it. */
export type ExplainableStep = Omit<TraceStep, "delta"> & { readonly delta: CardNumber };

/** What an explanation reads of a card: a `Scorecard` and a report's `ReportCard` both are one. */
export interface ExplainableCard {
  readonly status: "graded" | "no-opinion";
  readonly total: CardNumber;
  readonly maxScore: CardNumber;
  readonly grade?: string;
  readonly gradeName?: LocalizedText;
  readonly components: readonly {
    readonly id: string;
    readonly name?: LocalizedText;
    readonly score: CardNumber;
    readonly max: CardNumber;
    readonly noData?: true;
    readonly trace: readonly ExplainableStep[];
  }[];
  readonly noOpinion?: { readonly inputs: Readonly<Record<string, string>> } | undefined;
  readonly payouts?:
    | readonly {
        readonly id: string;
        readonly name?: LocalizedText;
        readonly amount: string;
        readonly trace: readonly ExplainableStep[];
      }[]
    | undefined;
  readonly pay?: string | undefined;
}

/** One step of an explanation: its points (or money, or `=` for a value that adds nothing), its sentence, and the steps it is made of. */
export interface ExplainedStep {
  readonly points: string;
  readonly text: string;
  /** A weighted part's own steps; empty for every other step. */
  readonly steps: readonly ExplainedStep[];
}

/** A card explained in sentences of one locale, ready to lay out as text, HTML, Markdown or a CSV cell. */
export interface CardExplanation {
  readonly components: readonly {
    readonly id: string;
    readonly name: string;
    readonly score: string;
    readonly max: string;
    readonly noData: boolean;
    /** The component's sentence: its score of its max, or that it has no data, and why that scores 0. */
    readonly summary: string;
    readonly steps: readonly ExplainedStep[];
  }[];
  /** The closing sentence: total and grade, or why there is no opinion. */
  readonly conclusion: string;
  /** Each payout: its amount, and the steps that make it (money, exact). */
  readonly payouts: readonly {
    readonly id: string;
    readonly name: string;
    readonly amount: string;
    readonly summary: string;
    readonly steps: readonly ExplainedStep[];
  }[];
  /** The sentence of the pay, the sum of the payouts, when there are several. */
  readonly pay?: string;
}

/** Options of {@link explainCard}. */
export interface ExplainCardOptions {
  readonly locale: Locale;
  /** Shows a score (points, totals): rounded as the caller displays scores. Money is shown exact. */
  readonly show: (value: CardNumber) => string;
}

/**
 * Explains a card in sentences: each component's score and the trace steps that make it (a
 * weighted part's own steps under it), the conclusion (total and grade, or why there is no
 * opinion), then each payout and its steps. The one explanation behind `explain`, `score
 * --explain` and every report's scorecards, so that they all say the same.
 *
 * @example
 * ```ts
 * const explanation = explainCard(card, { locale: "en", show: (v) => v.toString() });
 * explanation.components[0]?.summary;    //=> "Standards compliance: 47 of 50 points."
 * explanation.components[0]?.steps[1];   //=> { points: "−3", text: "findings: 3 × 1 point taken off", steps: [] }
 * explanation.conclusion;                //=> "Total: 87 of 100 points, grade: fail."
 * ```
 */
export function explainCard(card: ExplainableCard, options: ExplainCardOptions): CardExplanation {
  const { locale, show } = options;
  const words = messagesFor(locale);
  const name = (text: LocalizedText | undefined, id: string) => localize(text, locale, id);
  const points = (delta: CardNumber) => words.explain.points(show(delta));
  const money = (delta: CardNumber) => words.explain.money(delta.toString());
  const components = card.components.map((component) => {
    const label = name(component.name, component.id);
    const score = show(component.score);
    const max = show(component.max);
    return {
      id: component.id,
      name: label,
      score,
      max,
      noData: component.noData === true,
      summary:
        component.noData === true
          ? words.explain.noData(label, score, max)
          : words.explain.component(label, score, max),
      steps: explainSteps(component.trace, points, locale),
    };
  });
  const total = show(card.total);
  const max = show(card.maxScore);
  const conclusion =
    card.status === "graded"
      ? words.explain.graded(total, max, name(card.gradeName, card.grade ?? ""))
      : words.explain.noOpinion(
          total,
          max,
          words.list(
            Object.entries(card.noOpinion?.inputs ?? {}).map(
              ([ref, value]) =>
                `${ref}: ${value === "true" || value === "false" ? words.yesNo(value === "true") : value}`,
            ),
          ),
        );
  const payouts = (card.payouts ?? []).map((payout) => {
    const label = name(payout.name, payout.id);
    return {
      id: payout.id,
      name: label,
      amount: payout.amount,
      summary: words.explain.payout(label, payout.amount),
      // Money is shown exact: its steps are cents and fractions of a cent, rounded by the last one.
      steps: explainSteps(payout.trace, money, locale),
    };
  });
  return {
    components,
    conclusion,
    payouts,
    ...(card.pay !== undefined && payouts.length > 1 && { pay: words.explain.pay(card.pay) }),
  };
}

/**
 * The lines of an explanation as `explain` and the text report print them: each component's
 * sentence with its steps indented (a weighted part's own steps further), the conclusion, the
 * payouts and the pay.
 *
 * @example
 * ```ts
 * explanationLines(explainCard(card, options)).join("\n");
 * //=> Standards compliance: 47 of 50 points.
 * //     +50 starts at full marks, 50 points
 * //     −3 findings: 3 × 1 point taken off
 * //   ...
 * //   Total: 87 of 100 points, grade: fail.
 * ```
 */
export function explanationLines(explanation: CardExplanation): string[] {
  const lines: string[] = [];
  for (const component of explanation.components) {
    lines.push(component.summary, ...stepLines(component.steps, "  "));
  }
  lines.push(explanation.conclusion);
  for (const payout of explanation.payouts) lines.push(payout.summary, ...stepLines(payout.steps, "  "));
  if (explanation.pay !== undefined) lines.push(explanation.pay);
  return lines;
}

/** Trace steps in sentences: a measure's value marked "=" (it adds nothing), a weighted part's own steps under it. */
function explainSteps(
  steps: readonly ExplainableStep[],
  delta: (value: CardNumber) => string,
  locale: Locale,
): ExplainedStep[] {
  return steps.map((step) => ({
    points: step.code.startsWith("measure.") ? "=" : delta(step.delta),
    text: sentence(step, locale),
    steps:
      step.code === "weighted.part"
        ? explainSteps((step.values as { steps: readonly ExplainableStep[] }).steps, delta, locale)
        : [],
  }));
}

function stepLines(steps: readonly ExplainedStep[], indent: string): string[] {
  return steps.flatMap((step) => [
    `${indent}${step.points} ${step.text}`,
    ...stepLines(step.steps, `${indent}    `),
  ]);
}
