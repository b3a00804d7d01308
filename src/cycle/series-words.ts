/** The kinds of step in the trace of a series outcome: what each period of the window did. */
export type SeriesStepCode = "series.met" | "series.not-met" | "series.no-opinion" | "series.missing";

/** What the verdict sentence of a series outcome says. */
export interface SeriesVerdictValues {
  readonly triggered: boolean;
  /** Periods that met the condition (counted), or the longest run of them (consecutive). */
  readonly count: number;
  readonly atLeast: number;
  readonly consecutive: boolean;
  readonly periods: readonly string[];
  /** Whether every period of the window has a scorecard. */
  readonly complete: boolean;
}
