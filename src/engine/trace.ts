import type { Decimal } from "../decimal";
import type { LocalizedText } from "../i18n/locale";

/** What each kind of trace step records, by code; `src/i18n/` words each as a sentence. */
export interface TraceValuesByCode {
  /** A component starts at its maximum (deductions count down from it). */
  "component.full": { max: string };
  /** `count` units of an input, `points` each, taken off. */
  "deduction.per-unit": { count: string; points: string };
  /** Points given back because the deduction may not exceed its cap. */
  "deduction.cap": { cap: string; deducted: string };
  /** Points given back because a component never goes below 0. */
  "deduction.floor": { deducted: string; max: string };
  /** One categorical answer and the points of its tier. */
  "tiers.answer": { tier: string; tierName?: LocalizedText; points: string };
  /** Several answers: the mean of their tiers' points. */
  "tiers.mean": {
    count: number;
    sum: string;
    answers: readonly { tier: string; tierName?: LocalizedText; points: string }[];
  };
  // Measures, shown where a component reads one (they add no points).
  /** A rate: numerator / denominator. */
  "measure.rate": { numerator: string; denominator: string; value: string };
  /** A retention rate: (end − new) / start. */
  "measure.retention": { start: string; end: string; new: string; value: string };
  /** CSAT: counted answers in the top box(es) over all counted, or their mean; `excluded` were flagged. */
  "measure.csat": { method: string; counted: number; excluded: number; inBox?: number; value: string };
  /** NPS: % promoters − % detractors of the counted answers; `excluded` were flagged. */
  "measure.nps": { counted: number; excluded: number; promoters: number; detractors: number; value: string };
  /** The value lies in a band, which gives its points. */
  "bands.band": { value: string; range: string; points: string; bandName?: LocalizedText };
  /** The value lies in no band: the `otherwise` points. */
  "bands.otherwise": { value: string; points: string };
  /** The value reaches the target: full points. */
  "linear.target": { value: string; target: string; floor: string; max: string };
  /** The value is at the floor or worse: no points. */
  "linear.floor": { value: string; target: string; floor: string };
  /** Between floor and target: max × (value − floor) / (target − floor). */
  "linear.between": { value: string; target: string; floor: string; max: string; points: string };
  /** A score given in the record. */
  "given.score": { value: string; max: string };
  /**
   * A weighted part: its score of its max, counted by its share of the weight (its weight, or
   * more when parts without data spread theirs); `steps` explain the part's own score.
   */
  "weighted.part": {
    part: string;
    score: string;
    max: string;
    weight: string;
    share: string;
    steps: readonly TraceStep[];
  };
  /** A part without data: its weight is spread over the others, or it scores 0. */
  "weighted.no-data": { part: string; weight: string; rule: "redistribute" | "zero" };
  // Payouts (`component` is then the payout's id; the deltas are money).
  /** Base × score / maximum score. */
  "payout.proportional": { base: string; score: string; maxScore: string; of: string; exactScore?: string };
  /** The amount the grade pays. */
  "payout.by-grade": { grade: string; gradeName?: LocalizedText; amount: string };
  /** No amount: the grade pays none, or there is no grade. */
  "payout.no-amount": { grade?: string; gradeName?: LocalizedText };
  /**
   * A withholding whose condition holds: a percentage of the amount, or a fixed sum (`amount`).
   * `withheld` is what was taken: a fixed sum is never more than what is left, so when less was
   * left it is all of that (then `withheld` differs from `amount`; `"0"` when nothing was left).
   */
  "payout.withhold": {
    percent?: string;
    amount?: string;
    withheld: string;
    before: string;
    reason?: LocalizedText;
  };
  /** The amount is capped. */
  "payout.cap": { cap: string; before: string };
  /** The amount is raised to the floor. */
  "payout.floor": { floor: string; before: string };
  /** Rounding, once, on the final amount. */
  "payout.round": { mode: string; places: number; before: string; after: string };
}

/** A stable trace-step code, such as `"deduction.per-unit"`. */
export type TraceCode = keyof TraceValuesByCode;

/**
 * One step of a component's score: which rule, which input, how many points it added or took
 * (`delta`) and why. The deltas of a component's steps add up to its score, always.
 *
 * @example
 * ```ts
 * card.components[0].trace[1];
 * //=> { code: "deduction.per-unit", component: "standards", input: "findings",
 * //     inputName: {...}, delta: Decimal(-3), values: { count: "3", points: "1" } }
 * ```
 */
export type TraceStep = {
  [C in TraceCode]: {
    readonly code: C;
    /** The id of the component (or payout) the step belongs to. */
    readonly component: string;
    /** The input (or measure, or weighted part) the step read, as the policy references it, if any. */
    readonly input?: string;
    /** The input's name, when the policy gives one. */
    readonly inputName?: LocalizedText;
    /** Points added (positive) or taken (negative). */
    readonly delta: Decimal;
    readonly values: Readonly<TraceValuesByCode[C]>;
  };
}[TraceCode];
