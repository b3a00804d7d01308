import type { CompileContext } from "../components/kind";
import type { Decimal } from "../decimal";
import { compileCondition } from "../engine/condition";
import type { Scorecard } from "../engine/scorecard";
import type { LocalizedText } from "../i18n/locale";
import type { Policy } from "../policy/schema/policy";
import type { SeriesRule } from "../policy/schema/series";
import { comparePeriods, enclosingPeriod, type Period, parsePeriod, periodsWithin } from "./period";
import { compareText } from "./rank";
import type { SeriesStepCode } from "./series-words";
import { scopeOf } from "./value-ref";

/** What one period of a window did for a series rule. */
export interface SeriesStep {
  readonly code: SeriesStepCode;
  readonly period: string;
  /** The period's total, when it has a scorecard. */
  readonly total?: Decimal;
  /** The period's grade, when it was graded. */
  readonly grade?: string;
  readonly gradeName?: LocalizedText;
}

/**
 * The outcome of a series rule for one subject in one window: whether it triggered, and the
 * periods that decided it. For P1's year-end rule, `triggered: true` means the year-end
 * eligibility is lost and `periods` lists the failing months.
 */
export interface SeriesOutcome {
  readonly subject: string;
  /** The rule's id. */
  readonly rule: string;
  readonly name?: LocalizedText;
  /** The window's period id, such as `"2026"` or `"2026-H2"`. */
  readonly window: string;
  readonly triggered: boolean;
  /**
   * The periods that caused the outcome: every period that met the condition; for a
   * consecutive rule, the runs long enough to trigger it (or, when none is, the longest run).
   */
  readonly periods: readonly string[];
  /** Periods that met the condition; for a consecutive rule, the longest run. */
  readonly count: number;
  readonly atLeast: number;
  readonly consecutive: boolean;
  /** Periods of the window without an opinion: never counted. */
  readonly noOpinion: readonly string[];
  /** Whether every period of the window has a scorecard (an incomplete window may still trigger later). */
  readonly complete: boolean;
  /** Every period of the window, in order, and what it did. */
  readonly trace: readonly SeriesStep[];
}

/** A policy's series rules compiled once, to run over the scorecards of many periods. */
export type CompiledSeries = (cards: Iterable<Scorecard>) => SeriesOutcome[];

/**
 * Compiles a policy's series rules. The compiled function takes the scorecards of any number of
 * subjects and periods (cards without a period of the policy's cycle are left out) and gives one
 * outcome per subject, rule and window that has at least one scorecard, ordered by subject, rule
 * and window. A subject with two cards for one period counts it once (the first).
 *
 * @example
 * ```ts
 * const series = compileSeries(policy, ctx);
 * series(cardsOfTheYear).filter((o) => o.triggered);
 * //=> [{ subject: "Unit C", rule: "year-end-eligibility", window: "2026", triggered: true,
 * //      periods: ["2026-03", "2026-09"], count: 2, atLeast: 2, ... }]
 * ```
 */
export function compileSeries(policy: Policy, ctx: CompileContext): CompiledSeries {
  const rules = (policy.series ?? []).map((rule) => ({ rule, holds: compileCondition(rule.when, ctx) }));
  return (cards) => {
    const bySubject = new Map<string, Map<string, Scorecard>>();
    for (const card of cards) {
      const period = card.period === undefined ? undefined : parsePeriod(card.period);
      if (period === undefined || period.kind !== policy.cycle) continue;
      let periods = bySubject.get(card.subject);
      if (periods === undefined) {
        periods = new Map();
        bySubject.set(card.subject, periods);
      }
      if (!periods.has(period.id)) periods.set(period.id, card);
    }
    const outcomes: SeriesOutcome[] = [];
    for (const subject of [...bySubject.keys()].sort(compareText)) {
      const periods = bySubject.get(subject) as Map<string, Scorecard>;
      for (const { rule, holds } of rules) {
        for (const window of windowsOf(periods.keys(), rule.window)) {
          outcomes.push(
            evaluate(subject, rule, window, policy.cycle, periods, (card) => holds(scopeOf(card))),
          );
        }
      }
    }
    return outcomes;
  };
}

/** The windows that hold at least one of the periods, in time order. */
function windowsOf(ids: Iterable<string>, kind: SeriesRule["window"]): Period[] {
  const windows = new Map<string, Period>();
  for (const id of ids) {
    const window = enclosingPeriod(parsePeriod(id) as Period, kind);
    if (window !== undefined) windows.set(window.id, window);
  }
  return [...windows.values()].sort(comparePeriods);
}

function evaluate(
  subject: string,
  rule: SeriesRule,
  window: Period,
  cycle: Policy["cycle"],
  cards: ReadonlyMap<string, Scorecard>,
  holds: (card: Scorecard) => boolean,
): SeriesOutcome {
  const trace: SeriesStep[] = [];
  const noOpinion: string[] = [];
  // Runs of consecutive periods that meet the condition; a period that does not (or has no
  // opinion, or no record) ends a run.
  const runs: string[][] = [];
  let run: string[] = [];
  let complete = true;
  for (const period of periodsWithin(window, cycle)) {
    const card = cards.get(period.id);
    const met = card?.status === "graded" && holds(card);
    if (card === undefined) complete = false;
    else if (card.status === "no-opinion") noOpinion.push(period.id);
    trace.push(stepOf(period.id, card, met));
    if (met) run.push(period.id);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  const consecutive = rule.consecutive ?? false;
  const met = runs.flat();
  const longest = runs.reduce<string[]>(
    (best, current) => (current.length > best.length ? current : best),
    [],
  );
  const count = consecutive ? longest.length : met.length;
  const triggered = count >= rule.atLeast;
  const periods = !consecutive
    ? met
    : triggered
      ? runs.filter((r) => r.length >= rule.atLeast).flat()
      : longest;
  return {
    subject,
    rule: rule.id,
    ...(rule.name && { name: rule.name }),
    window: window.id,
    triggered,
    periods,
    count,
    atLeast: rule.atLeast,
    consecutive,
    noOpinion,
    complete,
    trace,
  };
}

function stepOf(period: string, card: Scorecard | undefined, met: boolean): SeriesStep {
  if (card === undefined) return { code: "series.missing", period };
  if (card.status === "no-opinion") return { code: "series.no-opinion", period, total: card.total };
  return {
    code: met ? "series.met" : "series.not-met",
    period,
    total: card.total,
    ...(card.grade !== undefined && { grade: card.grade }),
    ...(card.gradeName && { gradeName: card.gradeName }),
  };
}
