import { z } from "zod";
import { Decimal } from "../decimal";
import type { Appraiser } from "../engine/compile";
import { compileContext } from "../engine/compile-context";
import type { Scorecard } from "../engine/scorecard";
import { type Issue, makeIssue } from "../issues/issue";
import { fromZod } from "../policy/from-zod";
import { decimalSchema, idSchema, issueCode, nameSchema } from "../policy/schema/common";
import { toUtcDay } from "./calendar-date";
import { enclosingPeriod, makePeriod, type Period, parsePeriod, periodBounds, shiftPeriod } from "./period";
import { compileValueRef, type ValueRef, valueRefIssues, valueRefLabel } from "./value-ref";

const valueRefSchema = z.union([
  z.strictObject({ score: z.string().min(1) }),
  z.strictObject({ input: z.string().min(1) }),
]);

/** The value an indicator must reach: comparisons that must all hold, such as `{ "gte": 95 }`. */
const targetSchema = z
  .strictObject({
    eq: decimalSchema.optional(),
    lt: decimalSchema.optional(),
    lte: decimalSchema.optional(),
    gt: decimalSchema.optional(),
    gte: decimalSchema.optional(),
  })
  .refine(
    (target) => Object.values(target).some((value) => value !== undefined),
    issueCode("schema.invalid"),
  );

/**
 * An improvement plan (P6 整改措施): for a subject, an owner commits to bring an indicator to a
 * target by a deadline. Plain data, checked by {@link trackImprovement}.
 *
 * @example
 * ```ts
 * improvementPlanSchema.safeParse({ id: "fewer-findings", subject: "Unit C", owner: "Service dept.",
 *   indicator: { score: "standards" }, target: { gte: 48 }, deadline: "2026-06-30" }).success; //=> true
 * ```
 */
export const improvementPlanSchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  subject: z.string().min(1),
  owner: z.string().min(1).describe("Who answers for the plan (a department or a person)."),
  indicator: valueRefSchema.describe(
    '`{ "score": "total" }`, a component, or `{ "input": "complaints.major" }`.',
  ),
  target: targetSchema,
  deadline: z.iso.date().describe("The last day, YYYY-MM-DD: judged on the last period that ends by then."),
  baseline: z
    .string()
    .refine((id) => parsePeriod(id) !== undefined, issueCode("schema.invalid"))
    .optional()
    .describe("The period the plan starts from, to measure the change against."),
});

/** An improvement plan as given (before checking). */
export type ImprovementPlan = z.input<typeof improvementPlanSchema>;

/** Where a plan stands at a date, with the values that decided it. */
export interface PlanStatus {
  readonly plan: string;
  readonly subject: string;
  readonly owner: string;
  readonly indicator: string;
  readonly deadline: string;
  /**
   * `met` or `missed` once the deadline has passed and the deciding period is graded; `open`
   * before the deadline (`reason: "before-deadline"`) or while that period has no value
   * (`reason: "no-data"`).
   */
  readonly status: "met" | "missed" | "open";
  readonly reason?: "before-deadline" | "no-data";
  /** The deciding period (the last that ends by the deadline); before the deadline, the latest graded period so far. */
  readonly period?: string;
  /** The indicator's value in `period`, when graded. */
  readonly value?: Decimal;
  /** Whether `value` meets the target. */
  readonly meetsTarget?: boolean;
  /** The indicator in the plan's baseline period, when that period is graded. */
  readonly baseline?: { readonly period: string; readonly value: Decimal };
  /** `value` minus the baseline's value. */
  readonly change?: Decimal;
}

/** Options of {@link trackImprovement}. */
export interface TrackOptions {
  /** The day to judge at, YYYY-MM-DD: only periods that ended by then count. */
  readonly asOf: string;
}

/**
 * Tracks improvement plans against scorecards at a date. A plan is judged on the indicator's
 * value in the last period of the policy's cycle that ends on or before the deadline: `met`
 * when it reaches the target, `missed` when not. Before the deadline a plan is `open`, with
 * the latest graded value so far and whether it already meets the target. Plans with issues
 * (a bad date, an unknown indicator, an id used twice) are left out and their issues returned.
 *
 * @throws {RangeError} when `asOf` is not a YYYY-MM-DD date.
 * @example
 * ```ts
 * trackImprovement(appraiser, [{ id: "fewer-findings", subject: "Unit C", owner: "Service dept.",
 *   indicator: { score: "total" }, target: { gte: 90 }, deadline: "2026-06-30", baseline: "2026-03" }],
 *   cards, { asOf: "2026-07-15" });
 * //=> { statuses: [{ plan: "fewer-findings", status: "met", period: "2026-06", value: Decimal(96),
 * //     meetsTarget: true, baseline: { period: "2026-03", value: Decimal(87) }, change: Decimal(9), ... }],
 * //     issues: [] }
 * ```
 */
export function trackImprovement(
  appraiser: Appraiser,
  plans: readonly unknown[],
  cards: Iterable<Scorecard>,
  options: TrackOptions,
): { readonly statuses: PlanStatus[]; readonly issues: Issue[] } {
  if (toUtcDay(options.asOf) === undefined)
    throw new RangeError(`kaoping: asOf must be a YYYY-MM-DD date, got ${JSON.stringify(options.asOf)}`);
  const { policy } = appraiser;
  const ctx = compileContext(new Map(Object.entries(policy.inputs)));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const valid: z.output<typeof improvementPlanSchema>[] = [];
  plans.forEach((raw, index) => {
    const parsed = improvementPlanSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.push(...fromZod(parsed.error.issues, [index]));
      return;
    }
    const plan = parsed.data;
    const refIssues = valueRefIssues(policy, plan.indicator as ValueRef, [index, "indicator"]);
    if (seen.has(plan.id)) refIssues.push(makeIssue("plan.duplicate-id", [index, "id"], { plan: plan.id }));
    seen.add(plan.id);
    if (refIssues.length > 0) issues.push(...refIssues);
    else valid.push(plan);
  });

  // The graded cards by subject and period.
  const graded = new Map<string, Scorecard>();
  for (const card of cards) {
    if (card.status === "graded" && card.period !== undefined && !graded.has(key(card.subject, card.period)))
      graded.set(key(card.subject, card.period), card);
  }

  const statuses = valid.map((plan): PlanStatus => {
    const read = compileValueRef(plan.indicator as ValueRef, ctx);
    const target = compileTarget(plan.target);
    const valueIn = (period: string) => {
      const card = graded.get(key(plan.subject, period));
      return card === undefined ? undefined : read(card);
    };
    const head = {
      plan: plan.id,
      subject: plan.subject,
      owner: plan.owner,
      indicator: valueRefLabel(plan.indicator as ValueRef),
      deadline: plan.deadline,
    };
    const baseline = plan.baseline === undefined ? undefined : (parsePeriod(plan.baseline) as Period).id;
    const baselineValue = baseline === undefined ? undefined : valueIn(baseline);
    const measured = (period: string, value: Decimal | undefined) =>
      value === undefined
        ? { period }
        : {
            period,
            value,
            meetsTarget: target(value),
            ...(baselineValue !== undefined && {
              baseline: { period: baseline as string, value: baselineValue },
              change: value.minus(baselineValue),
            }),
          };
    if (options.asOf < plan.deadline) {
      const latest = latestGraded(plan.subject, policy.cycle, options.asOf, graded);
      return {
        ...head,
        status: "open",
        reason: "before-deadline",
        ...(latest !== undefined && measured(latest, valueIn(latest))),
      };
    }
    const deciding = lastPeriodEndingBy(plan.deadline, policy.cycle).id;
    const value = valueIn(deciding);
    if (value === undefined) return { ...head, status: "open", reason: "no-data", period: deciding };
    return { ...head, status: target(value) ? "met" : "missed", ...measured(deciding, value) };
  });
  return { statuses, issues };
}

function key(subject: string, period: string): string {
  return JSON.stringify([subject, period]);
}

/** The last period of a kind that ends on or before a day. */
function lastPeriodEndingBy(day: string, kind: Period["kind"]): Period {
  const month = makePeriod("month", Number(day.slice(0, 4)), Number(day.slice(5, 7)));
  const holding = enclosingPeriod(month, kind) as Period;
  return periodBounds(holding).end === day ? holding : shiftPeriod(holding, -1);
}

/** The latest period of a subject, graded, that ended by a day. */
function latestGraded(
  subject: string,
  kind: Period["kind"],
  asOf: string,
  graded: ReadonlyMap<string, Scorecard>,
): string | undefined {
  let latest: string | undefined;
  for (const card of graded.values()) {
    if (card.subject !== subject || card.period === undefined) continue;
    const period = parsePeriod(card.period);
    if (period === undefined || period.kind !== kind || periodBounds(period).end > asOf) continue;
    if (latest === undefined || period.id > latest) latest = period.id;
  }
  return latest;
}

function compileTarget(target: z.output<typeof targetSchema>): (value: Decimal) => boolean {
  const tests: ((value: Decimal) => boolean)[] = [];
  const operators = {
    eq: (a: Decimal, b: Decimal) => a.eq(b),
    lt: (a: Decimal, b: Decimal) => a.lt(b),
    lte: (a: Decimal, b: Decimal) => a.lte(b),
    gt: (a: Decimal, b: Decimal) => a.gt(b),
    gte: (a: Decimal, b: Decimal) => a.gte(b),
  } as const;
  for (const [operator, compare] of Object.entries(operators)) {
    const raw = target[operator as keyof typeof operators];
    if (raw === undefined) continue;
    const bound = new Decimal(raw);
    tests.push((value) => compare(value, bound));
  }
  return (value) => tests.every((test) => test(value));
}
