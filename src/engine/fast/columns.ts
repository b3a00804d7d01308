/** A raw record's fields, by column. */
export type Fields = Readonly<Record<string, unknown>>;

/** What becomes of one column's value: false refuses it (and the record). */
export type Take<S> = (state: S, value: unknown) => boolean;

/** How many columns are read each on its own line; any more, in a loop. */
const OWN_LINES = 12;

/**
 * Compiles the reading of a record's columns: each column's value handed to its `take` (with
 * the caller's `state`), in order, until one is refused. The first 12 are read and taken each
 * on its own line of code, because V8 is fast only where one line always meets the same: one
 * property name on objects of one shape (read as a field at a known place), one function to
 * call (inlined). A single line in a loop meets them all, and looks each up slowly.
 *
 * @example
 * ```ts
 * const read = columnReader([["findings", (out: unknown[], value) => out.push(value) > 0]]);
 * read({ findings: 3 }, []); //=> true (the array now holds 3)
 * ```
 */
export function columnReader<S>(
  columns: readonly (readonly [column: string, take: Take<S>])[],
): (fields: Fields, state: S) => boolean {
  const n = columns.length;
  const c = columns.map(([column]) => column);
  const t = columns.map(([, take]) => take);
  return (fields, state) => {
    if (n > 0 && !(t[0] as Take<S>)(state, fields[c[0] as string])) return false;
    if (n > 1 && !(t[1] as Take<S>)(state, fields[c[1] as string])) return false;
    if (n > 2 && !(t[2] as Take<S>)(state, fields[c[2] as string])) return false;
    if (n > 3 && !(t[3] as Take<S>)(state, fields[c[3] as string])) return false;
    if (n > 4 && !(t[4] as Take<S>)(state, fields[c[4] as string])) return false;
    if (n > 5 && !(t[5] as Take<S>)(state, fields[c[5] as string])) return false;
    if (n > 6 && !(t[6] as Take<S>)(state, fields[c[6] as string])) return false;
    if (n > 7 && !(t[7] as Take<S>)(state, fields[c[7] as string])) return false;
    if (n > 8 && !(t[8] as Take<S>)(state, fields[c[8] as string])) return false;
    if (n > 9 && !(t[9] as Take<S>)(state, fields[c[9] as string])) return false;
    if (n > 10 && !(t[10] as Take<S>)(state, fields[c[10] as string])) return false;
    if (n > 11 && !(t[11] as Take<S>)(state, fields[c[11] as string])) return false;
    for (let i = OWN_LINES; i < n; i++) if (!(t[i] as Take<S>)(state, fields[c[i] as string])) return false;
    return true;
  };
}
