/**
 * A spelling as priorities are matched: trimmed, lower case, spaces and underscores as `-`.
 *
 * @example
 * ```ts
 * normalize(" General_Fault "); //=> "general-fault"
 * ```
 */
export function normalize(text: string): string;
export function normalize(text: string | undefined): string | undefined;
export function normalize(text: string | undefined): string | undefined {
  return text
    ?.trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}
