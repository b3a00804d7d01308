import type { CompileContext, CompiledComponent, FastComponent } from "../../components/kind";
import { kindOf } from "../../components/registry";
import { DECIMAL_PATTERN, type Decimal, decimalFromScaled, divide } from "../../decimal";
import type { PayoutResult } from "../../payouts/compile-payouts";
import type { Policy } from "../../policy/schema/policy";
import type { CheckedRecord } from "../../records/values";
import { assembleScorecard, componentScore, type ScorecardFrame, type ScorecardParts } from "../assemble";
import type { CompiledGrade } from "../grade";
import type { ComponentScore, Scorecard } from "../scorecard";
import type { TraceStep } from "../trace";
import { compileFastCondition, type FastCondition } from "./fast-condition";
import { type FastScope, fastContext } from "./fast-context";
import { compileFastPayouts, type FastPayouts } from "./fast-payouts";
import { formatCents, MAX_FAST_PLACES, placesOf } from "./scale";

/** The exact integer form of a policy: scores a record, or declines it to the decimal path. */
export interface FastPlan {
  /** The scale of scores: integers of 10^-places points. */
  readonly places: number;
  /** The scorecard (without trace), or undefined when this record needs the decimal path. */
  score(
    record: CheckedRecord,
    noOpinionInputs: (record: CheckedRecord) => Readonly<Record<string, string>>,
  ): Scorecard | undefined;
}

/** Beyond this many distinct scores, a score's decimal is built each time instead of remembered. */
const MEMO_LIMIT = 1 << 20;

/** Steps that are not recorded (tracing is off): one frozen array for every card. */
const NO_STEPS: readonly TraceStep[] = Object.freeze([]);

/**
 * Compiles a policy's exact integer form, once: every score an integer number of 10^-places
 * points (places: the most any number of the policy's scores has), money in cents, fractions
 * kept whole until the one rounding. Undefined when the policy has something without an integer
 * form (measures, linear or weighted components, finer numbers): it then always takes the
 * decimal path. Both paths give the same scorecards; a property test holds them to it.
 *
 * @example
 * ```ts
 * const plan = compileFastPlan(policy, ctx, components, frame);
 * plan?.score(record, describe)?.total.toString(); //=> "87"
 * ```
 */
export function compileFastPlan(
  policy: Policy,
  exact: CompileContext,
  components: readonly CompiledComponent[],
  frame: ScorecardFrame,
): FastPlan | undefined {
  if (Object.keys(policy.measures ?? {}).length > 0) return undefined;
  const places = scoresPlaces(policy);
  if (places > MAX_FAST_PLACES) return undefined;
  const fast = fastContext(exact, places, { total: policy.maxScore, components: policy.components });
  const parts = policy.components.map((component) =>
    kindOf(component).compileFast?.(component as never, fast),
  );
  if (parts.some((part) => part === undefined)) return undefined;
  const scorers = parts as FastComponent[];
  const grades = policy.grades.map((grade) => ({
    id: grade.id,
    name: grade.name,
    min: grade.min === undefined ? Number.NEGATIVE_INFINITY : fast.literal(grade.min),
  }));
  if (grades.some((grade) => Number.isNaN(grade.min))) return undefined;
  let noOpinion: FastCondition | undefined;
  if (policy.noOpinion !== undefined) {
    noOpinion = compileFastCondition(policy.noOpinion, fast);
    if (noOpinion === undefined) return undefined;
  }
  let payouts: FastPayouts | undefined;
  if (policy.payouts !== undefined) {
    payouts = compileFastPayouts(policy.payouts, fast);
    if (payouts === undefined) return undefined;
  }
  const payoutHeads = (policy.payouts ?? []).map((payout) => ({ id: payout.id, name: payout.name }));

  // Scorecards are immutable, so equal scores can share one decimal and one component part.
  const totals = memo((scaled) => decimalFromScaled(scaled, places));
  // A total with a mean in it, as the decimal path adds its (rounded) parts: the same parts, the
  // same total, so it is remembered by the parts — not by the total's fraction, which two
  // different splits can share while their rounded parts add up differently.
  const fractionMemo = new Map<string, Decimal>();
  const fractionTotals = (
    scores: readonly number[],
    over: readonly number[],
    parts: readonly ComponentScore[],
  ) => {
    const key = `${scores.join(",")}/${over.join(",")}`;
    let value = fractionMemo.get(key);
    if (value === undefined) {
      value = sumOf(parts);
      if (fractionMemo.size < MEMO_LIMIT) fractionMemo.set(key, value);
    }
    return value;
  };
  // A mean of n answers that does not come out whole, as the decimal path divides it.
  const meanMemo = new Map<string, Decimal>();
  const means = (scaled: number, over: number) => {
    const key = `${scaled}/${over}`;
    let value = meanMemo.get(key);
    if (value === undefined) {
      value = divide(decimalFromScaled(scaled, places), decimalFromScaled(over, 0));
      if (meanMemo.size < MEMO_LIMIT) meanMemo.set(key, value);
    }
    return value;
  };
  const componentParts = components.map((component) =>
    memo((scaled): ComponentScore => componentScore(component, decimalFromScaled(scaled, places), NO_STEPS)),
  );

  return {
    places,
    score(record, noOpinionInputs) {
      const { values } = record;
      const scores: number[] = [];
      const denominators: number[] = [];
      // The total as a fraction over the least common denominator of the scores (1 but for means).
      let denominator = 1;
      for (const scorer of scorers) {
        const score = scorer(values);
        const over = scorer.denominator?.(values) ?? 1;
        if (!Number.isSafeInteger(score) || !Number.isSafeInteger(over) || over < 1) return undefined;
        scores.push(score);
        denominators.push(over);
        if (over !== 1) denominator = leastCommonMultiple(denominator, over);
      }
      let total = 0;
      for (let i = 0; i < scores.length; i++) {
        total += (scores[i] as number) * (denominator / (denominators[i] as number));
      }
      if (!Number.isSafeInteger(total) || !Number.isSafeInteger(denominator)) return undefined;
      const scope: { -readonly [K in keyof FastScope]: FastScope[K] } = {
        values,
        total,
        totalDenominator: denominator,
        scores,
        denominators,
        grade: undefined,
      };
      const silent = noOpinion === undefined ? 0 : noOpinion(scope);
      if (Number.isNaN(silent)) return undefined;
      let grade: CompiledGrade | undefined;
      if (silent === 0) {
        for (const candidate of grades) {
          if (total >= candidate.min * denominator) {
            grade = candidate;
            break;
          }
        }
        grade ??= grades[grades.length - 1];
        scope.grade = grade?.id;
      }
      const cents = payouts?.(scope);
      if (payouts !== undefined && cents === undefined) return undefined;
      const componentScores: ComponentScore[] = [];
      let whole = true;
      for (let i = 0; i < scores.length; i++) {
        const score = scores[i] as number;
        const over = denominators[i] as number;
        if (over === 1 || score % over === 0) {
          componentScores.push((componentParts[i] as (scaled: number) => ComponentScore)(score / over));
        } else {
          // A mean that does not come out whole: its decimal as the decimal path makes it (20 places).
          whole = false;
          const frameOf = components[i] as CompiledComponent;
          componentScores.push(componentScore(frameOf, means(score, over), NO_STEPS));
        }
      }
      const parts: { -readonly [K in keyof ScorecardParts]: ScorecardParts[K] } = {
        // The decimal path adds the components' decimals: so does this, when one is a rounded mean.
        total: whole ? totals(total / denominator) : fractionTotals(scores, denominators, componentScores),
        components: componentScores,
        grade,
      };
      if (silent === 1) parts.noOpinion = noOpinionInputs(record);
      if (cents !== undefined) parts.payouts = paid(payoutHeads, cents);
      return assembleScorecard(frame, record, parts);
    },
  };
}

function paid(
  heads: readonly { id: string; name: PayoutResult["name"] | undefined }[],
  cents: readonly number[],
) {
  let sum = 0;
  const payouts = heads.map((head, i): PayoutResult => {
    const amount = cents[i] as number;
    sum += amount;
    const result = { id: head.id } as { -readonly [K in keyof PayoutResult]: PayoutResult[K] };
    if (head.name !== undefined) result.name = head.name;
    result.amount = formatCents(amount);
    result.trace = NO_STEPS;
    return result;
  });
  // One payout (the usual case) pays its amount: the same string serves both.
  return { payouts, pay: payouts.length === 1 ? (payouts[0] as PayoutResult).amount : formatCents(sum) };
}

/** The least common multiple of two positive safe integers (NaN past 2^53: the record then declines). */
function leastCommonMultiple(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return (a / x) * b;
}

/** The sum of component scores, as the decimal path adds them. */
function sumOf(parts: readonly ComponentScore[]): Decimal {
  let sum = (parts[0] as ComponentScore).score;
  for (let i = 1; i < parts.length; i++) sum = sum.plus((parts[i] as ComponentScore).score);
  return sum;
}

/** A function of a safe integer, remembered for small non-negative arguments. */
function memo<T>(make: (scaled: number) => T): (scaled: number) => T {
  const known: (T | undefined)[] = [];
  return (scaled) => {
    if (scaled < 0 || scaled >= MEMO_LIMIT) return make(scaled);
    let value = known[scaled];
    if (value === undefined) {
      value = make(scaled);
      known[scaled] = value;
    }
    return value;
  };
}

/** The most decimal places of any number the scores are made of or compared with. */
function scoresPlaces(policy: Policy): number {
  let places = placesOf(policy.maxScore);
  const visit = (value: unknown): void => {
    if (typeof value === "number" || (typeof value === "string" && DECIMAL_PATTERN.test(value))) {
      places = Math.max(places, placesOf(value as number | string));
    } else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (typeof value === "object" && value !== null)
      for (const item of Object.values(value)) visit(item);
  };
  visit(policy.components);
  visit(policy.grades);
  visit(policy.noOpinion);
  for (const payout of policy.payouts ?? []) for (const rule of payout.withhold ?? []) visit(rule.when);
  return places;
}
