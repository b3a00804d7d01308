import { type Locale, type LocalizedText, localize } from "../i18n/locale";
import { messagesFor } from "../i18n/messages";
import type { TraceStep } from "./trace";

/**
 * One trace step as a sentence in a locale. The step's delta is not read: a report card's step
 * (its delta a decimal string) reads the same as a scorecard's.
 *
 * @example
 * ```ts
 * sentence(card.components[0].trace[1], "zh-CN"); //=> "发现问题：3 × 1 分，予以扣除"
 * ```
 */
export function sentence(step: Omit<TraceStep, "delta">, locale: Locale): string {
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
