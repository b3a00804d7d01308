/** Wide characters (CJK, full-width forms) take two columns in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * The number of terminal columns a text takes.
 *
 * @example
 * ```ts
 * displayWidth("合格"); //=> 4
 * displayWidth("pass"); //=> 4
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Pads a text with spaces to a display width (on the right, or on the left for numbers).
 *
 * @example
 * ```ts
 * pad("87.00", 7, "right"); //=> "  87.00"
 * ```
 */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}
