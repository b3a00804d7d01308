import { Decimal, round, roundToString } from "../decimal";
import { type CardExplanation, type CardNumber, explainCard } from "../engine/explanation";
import { type Locale, type LocalizedText, localize } from "../i18n/locale";
import { type Messages, messagesFor } from "../i18n/messages";
import type { ReportWords } from "../i18n/report-words";
import { formatIssue, type Issue } from "../issues/issue";
import type { Report, ReportCard } from "./report";

/** Options every renderer takes. */
export interface RenderOptions {
  /** The language of the words (default `"en"`); numbers and ids are the same in every locale. */
  readonly locale?: Locale;
}

/** The defaults of {@link RenderOptions}, in one place. */
export const DEFAULT_RENDER_OPTIONS: Required<RenderOptions> = { locale: "en" };

/** A card's explanation, worded in a locale, ready to lay out: the same as `explain` gives. */
export type { CardExplanation } from "../engine/explanation";

/** What a renderer needs to word a report in one locale. */
export interface RenderContext {
  readonly locale: Locale;
  readonly messages: Messages;
  readonly words: ReportWords;
  /** A score as the policy shows it (its places and rounding). */
  readonly show: (value: string) => string;
  readonly name: (text: LocalizedText | undefined, fallback: string) => string;
  readonly title: string;
  readonly policyName: string;
  readonly gradeLabel: (card: ReportCard) => string;
  readonly statusLabel: (card: ReportCard) => string;
  readonly explain: (card: ReportCard) => CardExplanation;
  /** An issue in this locale, with its field but without its line (tables show the line apart). */
  readonly issueText: (issue: Issue) => string;
}

/**
 * The wording of a report in a locale: shared by all renderers, so that they say the same thing.
 *
 * @example
 * ```ts
 * const ctx = renderContext(report, { locale: "zh-CN" });
 * ctx.show("17.33333333333333333333"); //=> "17.33"
 * ctx.gradeLabel(report.cards[0]);     //=> "不合格"
 * ```
 */
export function renderContext(
  report: Pick<Report, "policy" | "title">,
  options: RenderOptions = {},
): RenderContext {
  const { locale } = { ...DEFAULT_RENDER_OPTIONS, ...options };
  const messages = messagesFor(locale);
  const words = messages.report;
  const { places, rounding } = report.policy.display;
  const show = (value: string) => roundToString(new Decimal(value), places, rounding);
  // Sentences show numbers as `explain` does: rounded, without padding zeros ("47", "17.33").
  const brief = (value: CardNumber) => round(new Decimal(value), places, rounding).toString();
  const name = (text: LocalizedText | undefined, fallback: string) => localize(text, locale, fallback);
  const policyName = name(report.policy.name, report.policy.id);
  const gradeLabel = (card: ReportCard) =>
    card.grade === undefined ? words.statuses["no-opinion"] : name(card.gradeName, card.grade);
  return {
    locale,
    messages,
    words,
    show,
    name,
    title: report.title ?? words.title,
    policyName,
    gradeLabel,
    statusLabel: (card) => words.statuses[card.status],
    issueText: (issue) => {
      const { line: _line, ...rest } = issue;
      return formatIssue(rest as Issue, locale);
    },
    // The same explanation as `explain`: one function, so that reports and the command line agree.
    explain: (card) => explainCard(card, { locale, show: brief }),
  };
}
