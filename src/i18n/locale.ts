/** The languages kaoping speaks: English and Simplified Chinese. */
export type Locale = "en" | "zh-CN";

/**
 * Every supported locale, in the order they are offered.
 *
 * @example
 * ```ts
 * LOCALES.map((locale) => explain(card, { locale })); // the scorecard in English, then in Chinese
 * ```
 */
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];

/** A text in both languages; either may be left out, and the id of the thing stands in. */
export interface LocalizedText {
  readonly en?: string | undefined;
  readonly "zh-CN"?: string | undefined;
}

/**
 * Picks the text for a locale, falling back to the other language, then to `fallback`.
 *
 * @example
 * ```ts
 * localize({ en: "pass", "zh-CN": "合格" }, "zh-CN", "pass"); //=> "合格"
 * localize(undefined, "en", "pass");                          //=> "pass"
 * ```
 */
export function localize(text: LocalizedText | undefined, locale: Locale, fallback: string): string {
  if (text === undefined) return fallback;
  const other: Locale = locale === "en" ? "zh-CN" : "en";
  return text[locale] ?? text[other] ?? fallback;
}
