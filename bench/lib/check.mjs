/**
 * Comparing an engine's results with the reference. Engines print decimals their own way
 * ("87", "87.0", "87.00"), so both sides are compared in a canonical form: trailing zeros of
 * the fraction dropped. Anything else — another digit, a missing grade — is a mismatch.
 */

/**
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalDecimal(value) {
  const text = String(value).trim();
  if (!text.includes(".")) return text === "-0" ? "0" : text;
  const trimmed = text.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

/** The fields every engine returns per record, as strings. */
export const FIELDS = /** @type {const} */ (["total", "grade", "pay"]);

/**
 * Mismatch counts of one engine's results against the reference, per field and in all
 * (records with any mismatch), with a few examples to show what went wrong.
 *
 * @param {readonly { total: string, grade: string, pay: string }[]} results
 * @param {{ total: string[], grade: string[], pay: string[] }} expected columns of the reference
 * @param {readonly import("./generate.mjs").BenchRecord[]} records
 */
export function countMismatches(results, expected, records, maxExamples = 3) {
  const counts = { total: 0, grade: 0, pay: 0, records: 0 };
  const examples = [];
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    let wrong = false;
    for (const field of FIELDS) {
      const got = result?.[field];
      const want = expected[field][i];
      const same =
        field === "grade"
          ? got === want
          : got !== undefined && canonicalDecimal(got) === canonicalDecimal(want);
      if (!same) {
        counts[field]++;
        wrong = true;
        if (examples.length < maxExamples) {
          examples.push({
            index: i,
            field,
            expected: want,
            got: got === undefined ? null : String(got),
            record: records[i],
          });
        }
      }
    }
    if (wrong) counts.records++;
  }
  return { ...counts, examples };
}
