const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML and SVG, in content and in quoted attributes alike: every string a
 * report shows (subject names, ids, messages) goes through it.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"A&B"</b>'); //=> "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}
