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
    /** The id of the component the step belongs to. */
    readonly component: string;
    /** The input the step read, as referenced by the policy (`complaints.valid`), if any. */
    readonly input?: string;
    /** The input's name, when the policy gives one. */
    readonly inputName?: LocalizedText;
    /** Points added (positive) or taken (negative). */
    readonly delta: Decimal;
    readonly values: Readonly<TraceValuesByCode[C]>;
  };
}[TraceCode];
