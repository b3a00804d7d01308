/**
 * The words of reports and of the command line's own messages, in one language. Kept apart from
 * the issue and trace wording so that the catalogs of `en.ts` and `zh-CN.ts` stay easy to merge.
 */
export interface ReportWords {
  /** The title of a report when none is given. */
  readonly title: string;
  readonly policy: string;
  readonly version: string;
  readonly period: string;
  readonly periods: string;
  readonly source: string;
  readonly summary: string;
  readonly subjects: string;
  readonly records: string;
  readonly rejectedCount: string;
  readonly gradeDistribution: string;
  readonly grade: string;
  readonly count: string;
  readonly share: string;
  readonly ranking: string;
  /** The note under a ranking table whose rows carry no rank: how they are ordered. */
  readonly orderedByTotal: string;
  readonly rank: string;
  readonly subject: string;
  readonly total: string;
  readonly status: string;
  readonly pay: string;
  readonly statuses: { readonly graded: string; readonly "no-opinion": string };
  readonly scorecards: string;
  readonly components: string;
  readonly component: string;
  readonly score: string;
  readonly max: string;
  readonly noData: string;
  readonly explanation: string;
  readonly series: string;
  readonly rule: string;
  readonly window: string;
  readonly outcome: string;
  readonly triggered: (value: boolean) => string;
  readonly rejected: string;
  readonly line: string;
  readonly issues: string;
  readonly charts: string;
  readonly totalsBySubject: (period: string | undefined) => string;
  readonly trend: string;
  /** A chart that shows only part of the data says so. */
  readonly chartLimited: (shown: number, all: number) => string;
  readonly noResults: string;
  /** The banner of a run stopped by `--max-rejected`. */
  readonly stopped: (line: number, max: number) => string;
  readonly generatedBy: string;
  /** A score out of a maximum, such as "47 / 50". */
  readonly outOf: (score: string, max: string) => string;
  /** A share of a count, already formatted, such as "40%". */
  readonly percent: (value: string) => string;
  /** The command line's own messages (progress and closing summary go to standard error). */
  readonly cli: {
    readonly progress: (rows: string, perSecond: string, rejected: string) => string;
    readonly summary: (scored: number, graded: number, noOpinion: number, rejected: number) => string;
    readonly wrote: (file: string) => string;
    readonly moreRejected: (count: number) => string;
    readonly stopped: (line: number, max: number) => string;
    readonly noRecordFor: (subject: string, period: string | undefined) => string;
    readonly created: (file: string) => string;
    readonly exists: (file: string) => string;
    readonly nextSteps: (dir: string) => string;
  };
}
