/** Options of {@link compile}. */
export interface CompileOptions {
  /** Record a trace step for every point (default `true`); off, scoring allocates less. */
  readonly trace?: boolean;
}

/** The defaults of {@link CompileOptions}, in one place. */
export const DEFAULT_COMPILE_OPTIONS: Required<CompileOptions> = { trace: true };
