import { Decimal, divide } from "../decimal";
import type { Appraiser } from "../engine/compile";
import { compileContext } from "../engine/compile-context";
import type { Scorecard } from "../engine/scorecard";
import { PolicyError } from "../issues/policy-error";
import { type Period, parsePeriod, shiftPeriod, yearBefore } from "./period";
import { compareText } from "./rank";
import { compileValueRef, type ValueRef, valueRefIssues, valueRefLabel } from "./value-ref";

/** An indicator's value in an earlier period, and how it changed since. */
export interface Change {
  readonly period: string;
  readonly value: Decimal;
  /** The value now minus the value then. */
  readonly change: Decimal;
  /** `change` as a percentage of the earlier value (exact to 20 places); absent when that value is 0. */
  readonly percent?: Decimal;
}

/** One indicator of one subject in one period, against the period before and the same period a year before. */
export interface TrendPoint {
  readonly subject: string;
  /** The indicator: `total`, a component's id, or an input reference such as `complaints.major`. */
  readonly indicator: string;
  readonly period: string;
  readonly value: Decimal;
  /** Against the period just before, when that period was graded. */
  readonly previous?: Change;
  /** Against the same period a year before, when that period was graded. */
  readonly yearAgo?: Change;
}

/** Options of {@link trends}. */
export interface TrendOptions {
  /** The indicators to follow; the total and every component's score by default. */
  readonly indicators?: readonly ValueRef[];
}

const HUNDRED = new Decimal(100);

/**
 * Per subject and indicator, each graded period's value with its change against the period
 * just before and against the same period a year before. Only graded periods have values
 * (a total without an opinion says nothing), and a period is compared only with a graded one.
 * Ordered by subject, indicator (in the order asked) and period.
 *
 * @throws {PolicyError} when an indicator names an input or a score the policy does not have.
 * @example
 * ```ts
 * trends(appraiser, cards, { indicators: [{ score: "total" }] })
 *   .find((p) => p.subject === "Unit A" && p.period === "2026-11");
 * //=> { subject: "Unit A", indicator: "total", period: "2026-11", value: Decimal(87),
 * //     previous: { period: "2026-10", value: Decimal(92), change: Decimal(-5), percent: Decimal(-5.43…) },
 * //     yearAgo: { period: "2025-11", value: Decimal(80), change: Decimal(7), percent: Decimal(8.75) } }
 * ```
 */
export function trends(
  appraiser: Appraiser,
  cards: Iterable<Scorecard>,
  options: TrendOptions = {},
): TrendPoint[] {
  const { policy } = appraiser;
  const indicators = options.indicators ?? [
    { score: "total" },
    ...policy.components.map((component) => ({ score: component.id })),
  ];
  const issues = indicators.flatMap((ref, index) => valueRefIssues(policy, ref, ["indicators", index]));
  if (issues.length > 0) throw new PolicyError(issues);
  const ctx = compileContext(new Map(Object.entries(policy.inputs)));
  const readers = indicators.map((ref) => ({ label: valueRefLabel(ref), read: compileValueRef(ref, ctx) }));

  const bySubject = new Map<string, Map<string, { period: Period; card: Scorecard }>>();
  for (const card of cards) {
    const period = card.period === undefined ? undefined : parsePeriod(card.period);
    if (card.status !== "graded" || period === undefined || period.kind !== policy.cycle) continue;
    let periods = bySubject.get(card.subject);
    if (periods === undefined) {
      periods = new Map();
      bySubject.set(card.subject, periods);
    }
    if (!periods.has(period.id)) periods.set(period.id, { period, card });
  }

  const points: TrendPoint[] = [];
  for (const subject of [...bySubject.keys()].sort(compareText)) {
    const periods = bySubject.get(subject) as Map<string, { period: Period; card: Scorecard }>;
    const ordered = [...periods.values()].sort((a, b) => compareText(a.period.id, b.period.id));
    for (const { label, read } of readers) {
      const valueIn = (period: Period) => {
        const found = periods.get(period.id);
        return found === undefined ? undefined : read(found.card);
      };
      for (const { period, card } of ordered) {
        const value = read(card);
        if (value === undefined) continue;
        const previous = changeSince(
          earlier(() => shiftPeriod(period, -1)),
          value,
          valueIn,
        );
        const yearAgo = changeSince(
          earlier(() => yearBefore(period)),
          value,
          valueIn,
        );
        points.push({
          subject,
          indicator: label,
          period: period.id,
          value,
          ...(previous && { previous }),
          ...(yearAgo && { yearAgo }),
        });
      }
    }
  }
  return points;
}

/** An earlier period, or `undefined` before the year 1000 (where period ids end). */
function earlier(shift: () => Period): Period | undefined {
  try {
    return shift();
  } catch {
    return undefined;
  }
}

function changeSince(
  then: Period | undefined,
  now: Decimal,
  valueIn: (period: Period) => Decimal | undefined,
): Change | undefined {
  const value = then === undefined ? undefined : valueIn(then);
  if (then === undefined || value === undefined) return undefined;
  const change = now.minus(value);
  return {
    period: then.id,
    value,
    change,
    ...(!value.isZero() && { percent: divide(change.times(HUNDRED), value.abs()) }),
  };
}
