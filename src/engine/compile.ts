import type { CompiledComponent } from "../components/kind";
import { kindOf } from "../components/registry";
import { Decimal } from "../decimal";
import type { Issue } from "../issues/issue";
import { compilePayouts, payoutResult } from "../payouts/compile-payouts";
import { assertPolicy } from "../policy/parse";
import type { Policy, PolicyInput } from "../policy/schema/policy";
import { addRatios, type Ratio, ratio } from "../ratio";
import { compileRecordReader } from "../records/read-record";
import type { CheckedRecord, RecordValues } from "../records/values";
import { assembleScorecard, componentScore, type ScorecardFrame } from "./assemble";
import { compileContext } from "./compile-context";
import { compileCondition, conditionInputs } from "./condition";
import { compileFastLane } from "./fast/fast-lane";
import type { FastValues } from "./fast/fast-layout";
import { compileFastPlan, type FastOutcome, type FastPlan } from "./fast/fast-plan";
import { formatCents } from "./fast/scale";
import { compileGrades } from "./grade";
import { LazyScorecard, type ScorecardHead, type ScorecardSource } from "./lazy-scorecard";
import { type CompileOptions, DEFAULT_COMPILE_OPTIONS } from "./options";
import type { ComponentScore, Rejection, Scorecard } from "./scorecard";
import type { TraceStep } from "./trace";

/** A rejected record of a batch, with its position in the input (0-based). */
export interface IndexedRejection extends Rejection {
  readonly index: number;
}

/** The outcome of scoring a batch: a scorecard per good record, a rejection per bad one. */
export interface BatchResult {
  readonly results: readonly Scorecard[];
  readonly rejected: readonly IndexedRejection[];
}

/** A policy compiled once, to score many records. Holds no state between calls. */
export interface Appraiser {
  readonly policy: Policy;
  /** Scores one record; a bad record comes back as a {@link Rejection}, never as an exception. */
  score(record: unknown): Scorecard | Rejection;
  /**
   * Scores many records, keeping the good and the rejected apart (and in input order). Each
   * record is scored on its own, as {@link Appraiser.score} would: records are not compared, so a
   * subject with two records for one period gets two scorecards. `appraise(appraiser, records)`
   * is the batch that treats records as one period's (or many periods') set: it rejects all of
   * a subject's records for a period that has several (`record.duplicate-subject`), ranks and
   * applies the series rules — use it before paying anyone.
   */
  scoreAll(records: Iterable<unknown>): BatchResult;
}

const ZERO = new Decimal(0);

/**
 * Validates a policy and compiles it into an {@link Appraiser}: closures built once from the
 * policy's data (never code generated from it), then run for every record. With tracing off, a
 * policy whose numbers allow it is also compiled to exact integer arithmetic (scores in units of
 * 10^-places, money in cents, fractions kept whole until the one rounding), which scores the
 * records it can many times faster; every other record takes the decimal path. Both give the
 * same scorecards.
 *
 * @throws {PolicyError} when the policy has issues (all of them, at once).
 * @example
 * ```ts
 * const appraiser = compile(getPreset("satisfaction-work"));
 * const card = appraiser.score({
 *   subject: "Unit A", inspected: true, findings: 3, survey: "basically-satisfied",
 *   valid_complaints: 1, major_complaints: 0,
 * });
 * card.status === "graded" && [card.total.toString(), card.grade]; //=> ["87", "fail"]
 * ```
 */
export function compile(policy: PolicyInput | Policy, options: CompileOptions = {}): Appraiser {
  const valid = assertPolicy(policy);
  const { trace } = { ...DEFAULT_COMPILE_OPTIONS, ...options };
  const ctx = compileContext(new Map(Object.entries(valid.inputs)), valid.measures);
  const read = compileRecordReader(valid);
  const components = valid.components.map((component) => kindOf(component).compile(component, ctx));
  const validators = components.filter((component) => component.validate !== undefined);
  const measured = ctx.measures.byId.size > 0;
  const gradeOf = compileGrades(valid.grades);
  const payouts = valid.payouts === undefined ? undefined : compilePayouts(valid.payouts, ctx);
  const noOpinion = valid.noOpinion === undefined ? undefined : compileCondition(valid.noOpinion, ctx);
  const noOpinionInputs = describeNoOpinion(valid, ctx);
  const frame: ScorecardFrame = {
    policy: { id: valid.id, version: valid.version, name: valid.name },
    maxScore: new Decimal(valid.maxScore),
  };
  const plan = compileFastPlan(valid, ctx);

  /** The decimal path: every record can take it, with or without a trace. */
  const exactly = (record: CheckedRecord): Scorecard => {
    const { values } = record;
    let total = ZERO;
    const scores: ComponentScore[] = [];
    for (const component of components) {
      const part = scoreComponent(component, values, trace);
      total = total.plus(part.score);
      scores.push(part);
    }
    // Component scores by id, built only for a policy with a no-opinion condition to read them.
    const silent =
      noOpinion?.({ values, total, components: new Map(scores.map((part) => [part.id, part.score])) }) ??
      false;
    const grade = silent ? undefined : gradeOf(total);
    return assembleScorecard(frame, record, {
      total,
      components: scores,
      grade,
      ...(silent && { noOpinion: noOpinionInputs(record) }),
      ...(measured && { measures: ctx.measures.evaluate(values) }),
      ...(payouts !== undefined && {
        payouts: payouts(payoutScope(values, total, frame.maxScore, components, scores, grade), trace),
      }),
    });
  };

  const shapes: LazyScorecard[] = [];
  const source: ScorecardSource = {
    ...frame,
    // In the plan's order (its grade indices point here): each has the id and name a card shows.
    grades: valid.grades,
    shapes,
    total: (values, outcome) => (plan as FastPlan).total(values, outcome),
    detail: (head, values, outcome) => {
      const record = checkedRecord(head, (plan as FastPlan).layout.values(values));
      // Traced, the decimal path writes the steps; untraced, the integers already hold every part.
      return trace ? exactly(record) : untraced(plan as FastPlan, record, values, outcome);
    },
  };
  shapes.push(...LazyScorecard.shapes(source, (valid.ranking?.groups?.length ?? 0) > 0));
  const lane = plan === undefined ? undefined : compileFastLane(valid, plan, source);

  /** The card of a record scored in integers, without a trace: its parts from the integers. */
  const untraced = (fast: FastPlan, record: CheckedRecord, values: FastValues, outcome: FastOutcome) => {
    const { scores, cents } = fast.parts(values);
    const grade = fast.grades[outcome.gradeIndex];
    const paid = (valid.payouts ?? []).map((head, i) =>
      payoutResult(head, formatCents(cents[i] as number), []),
    );
    return assembleScorecard(frame, record, {
      total: fast.total(values, outcome),
      components: components.map((component, i) => componentScore(component, scores[i] as Decimal, [])),
      grade,
      ...(grade === undefined && { noOpinion: noOpinionInputs(record) }),
      ...(valid.payouts !== undefined && {
        payouts: { payouts: paid, pay: formatCents(outcome.paid) },
      }),
    });
  };

  const score = (raw: unknown): Scorecard | Rejection => {
    // Most records are plainly valid and score in integers; the rest are read and judged in full.
    const fast = lane?.(raw);
    if (fast !== undefined) return fast;
    const outcome = read(raw);
    if (!outcome.ok) {
      const rejection: { -readonly [K in keyof Rejection]: Rejection[K] } = {
        status: "rejected",
        issues: outcome.issues,
      };
      if (outcome.subject) rejection.subject = outcome.subject;
      return rejection;
    }
    const { record } = outcome;
    // Problems only the measures and components see (a numerator above its denominator, a score above its max).
    const invalid = invalidities(record.values);
    if (invalid.length > 0) return { status: "rejected", subject: record.subject, issues: invalid };
    return LazyScorecard.built(source, exactly(record));
  };

  const invalidities = (values: RecordValues): Issue[] => {
    if (!measured && validators.length === 0) return NONE;
    const found = measured ? [...ctx.measures.validate(values)] : [];
    for (const component of validators) found.push(...(component.validate?.(values) ?? NONE));
    return found;
  };

  return {
    policy: valid,
    score,
    scoreAll(records) {
      const results: Scorecard[] = [];
      const rejected: IndexedRejection[] = [];
      let index = 0;
      for (const record of records) {
        const outcome = score(record);
        if (outcome.status === "rejected") rejected.push({ ...outcome, index });
        else results.push(outcome);
        index++;
      }
      return { results, rejected };
    },
  };
}

const NONE: Issue[] = [];

function scoreComponent(component: CompiledComponent, values: RecordValues, trace: boolean): ComponentScore {
  const steps: TraceStep[] = [];
  const score = component.evaluate(values, trace ? steps : undefined);
  if (score === undefined) return componentScore(component, ZERO, [], true);
  return componentScore(component, score, steps);
}

/** What payouts read of a scored record, with the exact fractions that money is computed from. */
function payoutScope(
  values: RecordValues,
  total: Decimal,
  maxScore: Decimal,
  components: readonly CompiledComponent[],
  scores: readonly ComponentScore[],
  grade: ReturnType<ReturnType<typeof compileGrades>> | undefined,
) {
  let totalExact: Ratio = ratio(ZERO);
  const parts = new Map<string, { score: Decimal; exact: Ratio; max: Decimal }>();
  scores.forEach((part, i) => {
    const exact = (components[i] as CompiledComponent).exact?.(values) ?? ratio(part.score);
    totalExact = addRatios(totalExact, exact);
    parts.set(part.id, { score: part.score, exact, max: part.max });
  });
  return {
    values,
    total,
    totalExact,
    maxScore,
    components: parts,
    ...(grade !== undefined && { grade: grade.id, ...(grade.name && { gradeName: grade.name }) }),
  };
}

/** How a no-opinion scorecard shows the inputs that decided it: booleans as true/false, else numbers. */
function describeNoOpinion(policy: Policy, ctx: ReturnType<typeof compileContext>) {
  const refs = policy.noOpinion === undefined ? [] : conditionInputs(policy.noOpinion);
  const describers = refs.map((ref): [string, (values: RecordValues) => string] => {
    if (ctx.ref(ref).type === "boolean") return [ref, (values) => String(values[ref] ?? "")];
    const number = ctx.numeric(ref);
    return [ref, (values) => number(values)?.toString() ?? ""];
  });
  return (record: CheckedRecord): Readonly<Record<string, string>> =>
    Object.fromEntries(describers.map(([ref, describe]) => [ref, describe(record.values)]));
}

/** A checked record from a scorecard's head and its values. */
function checkedRecord(head: ScorecardHead, values: RecordValues): CheckedRecord {
  const record: { -readonly [K in keyof CheckedRecord]: CheckedRecord[K] } = {
    subject: head.subject,
    values,
  };
  if (head.period !== undefined) record.period = head.period;
  if (head.groups !== undefined) record.groups = head.groups;
  return record;
}
