import { Decimal } from "./decimal";
/**
 * A value as JSON would write it — decimals as strings, undefined fields left out — without the
 * text round trip (`JSON.parse(JSON.stringify(…))` costs more than scoring the record).
 *
 * @example
 * ```ts
 * plainJson({ base: new Decimal("3001.70"), note: undefined }); //=> { base: "3001.7" }
 * ```
 */
export function plainJson(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Decimal.isDecimal(value)) return (value as Decimal).toJSON();
  // An object that says how JSON writes it (a lazy scorecard) is taken at its word.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return plainJson(toJSON.call(value));
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : plainJson(item)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined && typeof field !== "function") out[key] = plainJson(field);
  }
  return out;
}
