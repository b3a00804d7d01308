import type { CheckContext } from "../components/kind";
import { periodsPer } from "../cycle/period";
import { checkValueRef } from "../cycle/value-ref";
import { makeIssue } from "../issues/issue";
import { checkCondition } from "./check-condition";
import { cycleSchema } from "./schema/policy";
import { rankGroupSchema, tieBreakerSchema } from "./schema/ranking";
import { rewardSchema } from "./schema/rewards";
import { milestoneSchema, type ScheduleDate } from "./schema/schedule";
import { seriesRuleSchema } from "./schema/series";

const ANY_TEST = { input: true, score: true, grade: true } as const;

/**
 * The cross-field rules of a policy's ranking, series rules, schedule and rewards: references to
 * inputs, scores, grades and groups that exist; ids used once; windows that can hold the rule;
 * windows of dates that do not run backwards. Each part is checked when it is itself well-formed.
 *
 * @example
 * ```ts
 * checkCycleFields({ ...policy, series: [{ id: "x", window: "year", when: { grade: "gold" }, atLeast: 13 }] }, ctx);
 * // reports policy.series-unreachable at series[0].atLeast and policy.unknown-grade at series[0].when.grade
 * ```
 */
export function checkCycleFields(raw: Readonly<Record<string, unknown>>, ctx: CheckContext): void {
  const groups = checkRanking(raw.ranking, ctx);
  checkSeries(raw.series, raw.cycle, ctx);
  checkSchedule(raw.schedule, ctx);
  checkRewards(raw.rewards, groups, ctx);
}

/** Checks the ranking, each tie-breaker and group on its own, and returns the ids of its groups. */
function checkRanking(raw: unknown, ctx: CheckContext): string[] {
  if (!isObject(raw)) return [];
  eachValid(raw.tieBreakers, tieBreakerSchema, (breaker, index) => {
    const path = ["ranking", "tieBreakers", index];
    if ("score" in breaker && breaker.score === "total")
      ctx.report(makeIssue("policy.tie-breaker-on-total", [...path, "score"], {}));
    else checkValueRef(breaker, path, ctx);
  });
  const groups: string[] = [];
  eachValid(raw.groups, rankGroupSchema, (group, index) => {
    if (groups.includes(group.id))
      ctx.report(
        makeIssue("policy.duplicate-group", ["ranking", "groups", index, "id"], { group: group.id }),
      );
    else groups.push(group.id);
  });
  return groups;
}

/** Calls `check` with every item of a list that its schema accepts (the schema reports the others). */
function eachValid<T>(
  raw: unknown,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  check: (item: T, index: number) => void,
): void {
  if (!Array.isArray(raw)) return;
  raw.forEach((value, index) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) check(parsed.data, index);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkSeries(raw: unknown, rawCycle: unknown, ctx: CheckContext): void {
  const parsedCycle = cycleSchema.safeParse(rawCycle);
  const cycle = parsedCycle.success ? parsedCycle.data : undefined;
  const seen = new Set<string>();
  eachValid(raw, seriesRuleSchema, (rule, index) => {
    const path = ["series", index];
    if (seen.has(rule.id))
      ctx.report(makeIssue("policy.duplicate-series", [...path, "id"], { rule: rule.id }));
    seen.add(rule.id);
    if (cycle !== undefined) {
      const periods = periodsPer(rule.window, cycle);
      if (periods <= 1) {
        ctx.report(
          makeIssue("policy.series-window-too-short", [...path, "window"], { window: rule.window, cycle }),
        );
      } else if (rule.atLeast > periods) {
        ctx.report(
          makeIssue("policy.series-unreachable", [...path, "atLeast"], {
            atLeast: rule.atLeast,
            periods,
            window: rule.window,
            cycle,
          }),
        );
      }
    }
    checkCondition(rule.when, [...path, "when"], ctx, ANY_TEST);
  });
}

function checkSchedule(raw: unknown, ctx: CheckContext): void {
  if (!isObject(raw)) return;
  const seen = new Set<string>();
  eachValid(raw.milestones, milestoneSchema, (milestone, index) => {
    const path = ["schedule", "milestones", index];
    if (seen.has(milestone.id))
      ctx.report(makeIssue("policy.duplicate-milestone", [...path, "id"], { milestone: milestone.id }));
    seen.add(milestone.id);
    if (milestone.from !== undefined && position(milestone.from) > position(milestone.to))
      ctx.report(
        makeIssue("policy.schedule-window-reversed", [...path, "from"], { milestone: milestone.id }),
      );
  });
}

/** Where a date rule falls, comparable within a schedule (`last` counts as the 31st, which it is at the latest). */
function position(date: ScheduleDate): number {
  return (date.monthsAfter ?? 1) * 32 + (date.day === "last" ? 31 : date.day);
}

function checkRewards(raw: unknown, groups: readonly string[], ctx: CheckContext): void {
  const seen = new Set<string>();
  eachValid(raw, rewardSchema, (reward, index) => {
    const path = ["rewards", index];
    if (seen.has(reward.id))
      ctx.report(makeIssue("policy.duplicate-reward", [...path, "id"], { reward: reward.id }));
    seen.add(reward.id);
    if (reward.rank === undefined && reward.when === undefined)
      ctx.report(makeIssue("policy.reward-without-condition", path, { reward: reward.id }));
    const within = reward.rank?.within;
    if (within !== undefined && !groups.includes(within))
      ctx.report(
        makeIssue("policy.unknown-group", [...path, "rank", "within"], { group: within, known: groups }),
      );
    if (reward.when !== undefined) checkCondition(reward.when, [...path, "when"], ctx, ANY_TEST);
  });
}
