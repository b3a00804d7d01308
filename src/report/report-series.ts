import type { SeriesOutcome } from "../cycle/series";
import { plainJson } from "../plain-json";
import type { ReportSeriesOutcome } from "./report";

/**
 * A series outcome as report data: decimals as strings, the per-period trace kept or left out.
 *
 * @example
 * ```ts
 * reportSeries(outcome, { trace: false });
 * //=> { subject: "North Service Hall", rule: "year-end-eligibility", window: "2026", triggered: true,
 * //     periods: ["2026-03", "2026-09"], count: 2, atLeast: 2, consecutive: false, noOpinion: [], complete: true }
 * ```
 */
export function reportSeries(
  outcome: SeriesOutcome,
  options: { readonly trace: boolean },
): ReportSeriesOutcome {
  const { trace, ...rest } = outcome;
  const plain = plainJson(rest) as ReportSeriesOutcome;
  return options.trace
    ? { ...plain, trace: plainJson(trace) as NonNullable<ReportSeriesOutcome["trace"]> }
    : plain;
}
