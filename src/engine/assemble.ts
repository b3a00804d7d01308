import type { Decimal } from "../decimal";
import type { LocalizedText } from "../i18n/locale";
import type { MeasureResult } from "../measures/registry";
import type { Payouts } from "../payouts/compile-payouts";
import type { CheckedRecord } from "../records/values";
import type { CompiledGrade } from "./grade";
import type { ComponentScore, Scorecard } from "./scorecard";
import type { TraceStep } from "./trace";

/** What every scorecard of a policy shares. */
export interface ScorecardFrame {
  readonly policy: Scorecard["policy"];
  readonly maxScore: Decimal;
}

/** The parts of one scorecard, computed by the exact or the fast path. */
export interface ScorecardParts {
  readonly total: Decimal;
  readonly components: readonly ComponentScore[];
  /** The grade, or undefined for no opinion (with the inputs that decided it). */
  readonly grade: CompiledGrade | undefined;
  readonly noOpinion?: Readonly<Record<string, string>>;
  readonly measures?: readonly MeasureResult[];
  readonly payouts?: Payouts;
}

/** A scorecard under construction: its optional fields are set one by one, in a fixed order. */
type Building = { -readonly [K in keyof Scorecard]: Scorecard[K] };

/**
 * Puts a scorecard together, fields always in the same order (so that both paths write the same
 * JSON), and without object spreads, which cost more than the scoring itself on the fast path.
 *
 * @example
 * ```ts
 * assembleScorecard(frame, record, { total, components, grade }).grade; //=> "fail"
 * ```
 */
export function assembleScorecard(
  frame: ScorecardFrame,
  record: CheckedRecord,
  parts: ScorecardParts,
): Scorecard {
  const card = { subject: record.subject } as Building;
  if (record.period !== undefined) card.period = record.period;
  card.policy = frame.policy;
  if (record.groups !== undefined) card.groups = record.groups;
  card.status = parts.grade === undefined ? "no-opinion" : "graded";
  card.total = parts.total;
  card.maxScore = frame.maxScore;
  if (parts.grade !== undefined) {
    card.grade = parts.grade.id;
    if (parts.grade.name !== undefined) card.gradeName = parts.grade.name;
  }
  card.components = parts.components;
  if (parts.noOpinion !== undefined) card.noOpinion = { inputs: parts.noOpinion };
  card.inputs = record.values;
  if (parts.measures !== undefined) card.measures = parts.measures;
  if (parts.payouts !== undefined) {
    card.payouts = parts.payouts.payouts;
    card.pay = parts.payouts.pay;
  }
  return card;
}

/** What a component score shares across records: its id, name and maximum. */
export interface ComponentFrame {
  readonly id: string;
  readonly name: LocalizedText | undefined;
  readonly max: Decimal;
}

/**
 * One component's part of a scorecard, fields in a fixed order.
 *
 * @example
 * ```ts
 * componentScore(frame, new Decimal(47), []).score.toString(); //=> "47"
 * ```
 */
export function componentScore(
  frame: ComponentFrame,
  score: Decimal,
  trace: readonly TraceStep[],
  noData = false,
): ComponentScore {
  const part = { id: frame.id } as { -readonly [K in keyof ComponentScore]: ComponentScore[K] };
  if (frame.name !== undefined) part.name = frame.name;
  part.max = frame.max;
  part.score = score;
  if (noData) part.noData = true;
  part.trace = trace;
  return part;
}
