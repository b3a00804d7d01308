import type { SeriesStepCode, SeriesVerdictValues } from "../cycle/series-words";
import type { TraceCode, TraceValuesByCode } from "../engine/trace";
import type { IssueCode, IssueValuesByCode } from "../issues/codes";
import type { ReportWords } from "./report-words";

/** What a trace sentence may mention besides the step's own values (already localized). */
export interface TraceWords {
  /** The input's name in this locale, or its reference. */
  readonly input: string;
  /** Tier names in this locale, by tier id. */
  readonly tier: (id: string, name?: { en?: string | undefined; "zh-CN"?: string | undefined }) => string;
  /** A text given in both languages, in this locale (falling back to the other, then to `fallback`). */
  readonly text: (
    text: { en?: string | undefined; "zh-CN"?: string | undefined } | undefined,
    fallback?: string,
  ) => string;
}

/** All the words of one language: the single place where kaoping's wording lives. */
export interface Catalog {
  readonly issues: { readonly [C in IssueCode]: (values: IssueValuesByCode[C]) => string };
  readonly trace: {
    readonly [C in TraceCode]: (values: TraceValuesByCode[C], words: TraceWords) => string;
  };
  /** How the outcome of a rule across periods is explained (src/cycle/). */
  readonly series: {
    readonly heading: (subject: string, rule: string, window: string) => string;
    readonly verdict: (values: SeriesVerdictValues) => string;
    readonly step: {
      readonly [C in SeriesStepCode]: (values: { period: string; total: string; grade: string }) => string;
    };
  };
  readonly line: (line: number) => string;
  readonly list: (items: readonly string[]) => string;
  readonly yesNo: (value: boolean) => string;
  readonly explain: {
    readonly heading: (subject: string, policy: string, period?: string) => string;
    readonly component: (name: string, score: string, max: string) => string;
    /** A component the record gives no data: it scores 0, and why. */
    readonly noData: (name: string, score: string, max: string) => string;
    readonly graded: (total: string, max: string, grade: string) => string;
    readonly noOpinion: (total: string, max: string, inputs: string) => string;
    readonly points: (delta: string) => string;
    readonly payout: (name: string, amount: string) => string;
    /** A payout step's change of the amount (money, not points). */
    readonly money: (delta: string) => string;
    readonly pay: (amount: string) => string;
  };
  /** Reports and the command line's own messages. */
  readonly report: ReportWords;
}
