import type { CompiledComponent } from "../components/kind";
import { kindOf } from "../components/registry";
import { Decimal } from "../decimal";
import { compilePayouts } from "../payouts/compile-payouts";
import { assertPolicy } from "../policy/parse";
import type { Policy, PolicyInput } from "../policy/schema/policy";
import { compileRecordReader } from "../records/read-record";
import type { RecordValues } from "../records/values";
import { compileContext } from "./compile-context";
import { compileCondition, conditionInputs } from "./condition";
import { compileGrades } from "./grade";
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
  /** Scores many records, keeping the good and the rejected apart (and in input order). */
  scoreAll(records: Iterable<unknown>): BatchResult;
}

const ZERO = new Decimal(0);

/**
 * Validates a policy and compiles it into an {@link Appraiser}: closures built once from the
 * policy's data (never code generated from it), then run for every record.
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
  const gradeOf = compileGrades(valid.grades);
  const payouts = valid.payouts === undefined ? undefined : compilePayouts(valid.payouts, ctx);
  const noOpinion = valid.noOpinion === undefined ? undefined : compileCondition(valid.noOpinion, ctx);
  const noOpinionRefs = valid.noOpinion === undefined ? [] : conditionInputs(valid.noOpinion);
  // How a no-opinion scorecard shows the inputs that decided it: booleans as true/false, else numbers.
  const describeInput = (ref: string) => {
    const number = ctx.numeric(ref);
    if (ctx.ref(ref).type === "boolean") return (values: RecordValues) => String(values[ref] ?? "");
    return (values: RecordValues) => number(values)?.toString() ?? "";
  };
  const policyRef = { id: valid.id, version: valid.version, name: valid.name };
  const maxScore = new Decimal(valid.maxScore);

  const score = (raw: unknown): Scorecard | Rejection => {
    const outcome = read(raw);
    if (!outcome.ok)
      return {
        status: "rejected",
        ...(outcome.subject && { subject: outcome.subject }),
        issues: outcome.issues,
      };
    const { subject, period, groups, values } = outcome.record;
    // Problems only the measures and components see (a numerator above its denominator, a score above its max).
    const invalid = [
      ...ctx.measures.validate(values),
      ...components.flatMap((c) => c.validate?.(values) ?? []),
    ];
    if (invalid.length > 0) return { status: "rejected", subject, issues: invalid };
    let total = ZERO;
    const scores = components.map((component) => {
      const result = scoreComponent(component, values, trace);
      total = total.plus(result.score);
      return result;
    });
    const head = {
      subject,
      ...(period !== undefined && { period }),
      policy: policyRef,
      ...(groups !== undefined && { groups }),
    };
    const measured = ctx.measures.byId.size > 0 ? { measures: ctx.measures.evaluate(values) } : {};
    const paid = (grade?: { id: string; name?: Scorecard["gradeName"] | undefined }) => {
      if (payouts === undefined) return {};
      const parts = new Map(scores.map((s) => [s.id, { score: s.score, max: s.max }]));
      const gradeScope =
        grade === undefined ? {} : { grade: grade.id, ...(grade.name && { gradeName: grade.name }) };
      return payouts({ values, total, maxScore, components: parts, ...gradeScope }, trace);
    };
    if (noOpinion?.({ values, total, components: new Map(scores.map((s) => [s.id, s.score])) })) {
      const inputs = Object.fromEntries(noOpinionRefs.map((ref) => [ref, describeInput(ref)(values)]));
      return {
        ...head,
        status: "no-opinion",
        total,
        maxScore,
        components: scores,
        noOpinion: { inputs },
        inputs: values,
        ...measured,
        ...paid(),
      };
    }
    const grade = gradeOf(total);
    return {
      ...head,
      status: "graded",
      total,
      maxScore,
      grade: grade.id,
      ...(grade.name && { gradeName: grade.name }),
      components: scores,
      inputs: values,
      ...measured,
      ...paid(grade),
    };
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

function scoreComponent(component: CompiledComponent, values: RecordValues, trace: boolean): ComponentScore {
  const steps: TraceStep[] | undefined = trace ? [] : undefined;
  const score = component.evaluate(values, steps);
  const head = { id: component.id, ...(component.name && { name: component.name }), max: component.max };
  if (score === undefined) return { ...head, score: ZERO, noData: true, trace: [] };
  return { ...head, score, trace: steps ?? [] };
}
