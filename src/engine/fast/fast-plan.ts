import type { CompileContext, FastComponent } from "../../components/kind";
import { kindOf } from "../../components/registry";
import { DECIMAL_PATTERN, type Decimal, decimalFromScaled, divide } from "../../decimal";
import type { Policy } from "../../policy/schema/policy";
import type { CompiledGrade } from "../grade";
import { compileFastCondition, type FastCondition } from "./fast-condition";
import { type FastScope, fastContext } from "./fast-context";
import { type FastLayout, type FastValues, fastLayout } from "./fast-layout";
import { compileFastPayouts, type FastPayouts } from "./fast-payouts";
import { MAX_FAST_PLACES, placesOf } from "./scale";

/** What a record scored in integers comes to: all a fast scorecard keeps besides its slots. */
export interface FastOutcome {
  /** The total × 10^places × `totalDenominator`. */
  total: number;
  totalDenominator: number;
  /** The grade's place in the policy's grades; -1 for no opinion. */
  gradeIndex: number;
  /** The payouts' sum in cents; NaN when the policy has none. */
  paid: number;
}

/** The exact integer form of a policy: scores a record's slots, or declines it to the decimal path. */
export interface FastPlan {
  /** The scale of scores: integers of 10^-places points. */
  readonly places: number;
  readonly layout: FastLayout;
  readonly grades: readonly CompiledGrade[];
  /** Scores a record into `outcome`; false when this record needs the decimal path. */
  score(values: FastValues, outcome: FastOutcome): boolean;
  /** The total as the decimal path writes it (exact; a mean's share to 20 places). */
  total(values: FastValues, outcome: FastOutcome): Decimal;
  /** A scored record's parts: each component's score as a decimal, each payout's cents. */
  parts(values: FastValues): { readonly scores: readonly Decimal[]; readonly cents: readonly number[] };
}

/** Beyond this many distinct scores, a score's decimal is built each time instead of remembered. */
const MEMO_LIMIT = 1 << 20;

/**
 * Compiles a policy's exact integer form, once: every score an integer number of 10^-places
 * points (places: the most any number of the policy's scores has), money in cents, fractions
 * kept whole until the one rounding. Undefined when the policy has something without an integer
 * form (measures, linear or weighted components, finer numbers, scores inputs): it then always
 * takes the decimal path. Both paths give the same scorecards; a property test holds them to it.
 *
 * @example
 * ```ts
 * const plan = compileFastPlan(policy, ctx);
 * plan?.score(slots)?.total; //=> 87 (at 0 places, denominator 1)
 * ```
 */
export function compileFastPlan(policy: Policy, exact: CompileContext): FastPlan | undefined {
  if (Object.keys(policy.measures ?? {}).length > 0) return undefined;
  const places = scoresPlaces(policy);
  if (places > MAX_FAST_PLACES) return undefined;
  const layout = fastLayout(policy.inputs, places);
  if (layout === undefined) return undefined;
  const fast = fastContext(exact, layout, { total: policy.maxScore, components: policy.components });
  const parts = policy.components.map((component) =>
    kindOf(component).compileFast?.(component as never, fast),
  );
  if (parts.some((part) => part === undefined)) return undefined;
  const scorers = parts as FastComponent[];
  const grades = policy.grades.map((grade) => ({ id: grade.id, name: grade.name }));
  const minima = policy.grades.map((grade) =>
    grade.min === undefined ? Number.NEGATIVE_INFINITY : fast.literal(grade.min),
  );
  if (minima.some(Number.isNaN)) return undefined;
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
  const count = scorers.length;
  // Read out of the scorers once: a property of a function object is a slow lookup per record.
  const overs = scorers.map((scorer) => scorer.over);
  const denominatorOf = (values: FastValues, i: number) => {
    const over = overs[i];
    return over === undefined ? 1 : (values[over] as number);
  };
  // The components that are means: only they have a denominator to work out.
  const means = scorers.flatMap((scorer, i) => (scorer.over === undefined ? [] : [i]));
  // Scores are read only while a record is scored (no user code runs meanwhile): one scope serves
  // every record, so that scoring allocates nothing.
  const scope: { -readonly [K in keyof FastScope]: FastScope[K] } = {
    values: [],
    total: 0,
    totalDenominator: 1,
    scores: new Array<number>(count).fill(0),
    denominators: new Array<number>(count).fill(1),
    grade: undefined,
  };
  const scores = scope.scores as number[];
  const denominators = scope.denominators as number[];

  return {
    places,
    layout,
    grades,
    score(values, outcome) {
      // Each component scored on its own line: V8 inlines a call only where the line always calls
      // the same function (see columns.ts); one line in a loop would call them all, slowly.
      const s = scorers;
      if (count > 0) scores[0] = (s[0] as FastComponent)(values);
      if (count > 1) scores[1] = (s[1] as FastComponent)(values);
      if (count > 2) scores[2] = (s[2] as FastComponent)(values);
      if (count > 3) scores[3] = (s[3] as FastComponent)(values);
      if (count > 4) scores[4] = (s[4] as FastComponent)(values);
      if (count > 5) scores[5] = (s[5] as FastComponent)(values);
      for (let i = 6; i < count; i++) scores[i] = (s[i] as FastComponent)(values);
      // The total as a fraction over the least common denominator of the means' numbers of answers.
      let denominator = 1;
      for (let m = 0; m < means.length; m++) {
        const i = means[m] as number;
        const over = denominatorOf(values, i);
        if (!Number.isSafeInteger(over) || over < 1) return false;
        denominators[i] = over;
        // (A remainder of floats is a slow call: the usual single mean needs none.)
        if (over !== 1) denominator = denominator === 1 ? over : leastCommonMultiple(denominator, over);
      }
      let total = 0;
      for (let i = 0; i < count; i++) {
        const score = scores[i] as number;
        if (!Number.isSafeInteger(score)) return false;
        total += denominator === 1 ? score : score * (denominator / (denominators[i] as number));
      }
      if (!Number.isSafeInteger(total) || !Number.isSafeInteger(denominator)) return false;
      scope.values = values;
      scope.total = total;
      scope.totalDenominator = denominator;
      scope.grade = undefined;
      const silent = noOpinion === undefined ? 0 : noOpinion(scope);
      if (Number.isNaN(silent)) return false;
      let gradeIndex = -1;
      if (silent === 0) {
        gradeIndex = minima.length - 1;
        for (let i = 0; i < minima.length; i++) {
          if (total >= (minima[i] as number) * denominator) {
            gradeIndex = i;
            break;
          }
        }
        scope.grade = (grades[gradeIndex] as CompiledGrade).id;
      }
      let paid = Number.NaN;
      if (payouts !== undefined) {
        paid = payouts.sum(scope);
        if (Number.isNaN(paid)) return false;
      }
      outcome.total = total;
      outcome.totalDenominator = denominator;
      outcome.gradeIndex = gradeIndex;
      outcome.paid = paid;
      return true;
    },
    total: totalOf(scorers, denominatorOf, places),
    parts(values) {
      // Scored again (the record scored before, so it scores now): the scope then holds its parts.
      this.score(values, { total: 0, totalDenominator: 1, gradeIndex: -1, paid: 0 });
      return {
        scores: scores.map((score, i) => scoreDecimal(score, denominators[i] as number, places)),
        cents: payouts === undefined ? [] : payouts.each.map((payout) => payout(scope)),
      };
    },
  };
}

/** A score of numerator / over × 10^-places as the decimal path writes it (a mean to 20 places). */
function scoreDecimal(scaled: number, over: number, places: number): Decimal {
  return over === 1 || scaled % over === 0
    ? decimalFromScaled(scaled / over, places)
    : divide(decimalFromScaled(scaled, places), decimalFromScaled(over, 0));
}

/**
 * The decimal of a fast total, as the decimal path adds the components' decimals; equal
 * totals share one (scorecards are immutable).
 */
function totalOf(
  scorers: readonly FastComponent[],
  denominatorOf: (values: FastValues, i: number) => number,
  places: number,
): (values: FastValues, outcome: FastOutcome) => Decimal {
  const wholes = memo((scaled) => decimalFromScaled(scaled, places));
  // A total with a mean in it, as the decimal path adds its (rounded) parts: the same parts, the
  // same total, so it is remembered by the parts — not by the total's fraction, which two
  // different splits can share while their rounded parts add up differently.
  const fractions = new Map<string, Decimal>();
  const part = (scaled: number, over: number) => scoreDecimal(scaled, over, places);
  return (values, { total, totalDenominator }) => {
    // A denominator of 1: every part is whole.
    if (totalDenominator === 1) return wholes(total);
    // Read once more (only when the total is read): the scores of the parts.
    const parts = scorers.map((scorer, i) => [scorer(values), denominatorOf(values, i)] as const);
    const key = parts.join("/");
    let value = fractions.get(key);
    if (value === undefined) {
      value = parts.map(([scaled, over]) => part(scaled, over)).reduce((sum, next) => sum.plus(next));
      if (fractions.size < MEMO_LIMIT) fractions.set(key, value);
    }
    return value;
  };
}

/** The least common multiple of two positive safe integers (NaN past 2^53: the record then declines). */
function leastCommonMultiple(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return (a / x) * b;
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
