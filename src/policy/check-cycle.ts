import type { CheckContext } from "../components/kind";
import { periodsPer } from "../cycle/period";
import { checkValueRef } from "../cycle/value-ref";
import { makeIssue } from "../issues/issue";
import { checkCondition } from "./check-condition";
import { cycleSchema } from "./schema/policy";
import { rankingSchema } from "./schema/ranking";
import { rewardSchema } from "./schema/rewards";
import { type ScheduleDate, scheduleSchema } from "./schema/schedule";
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

/** Checks the ranking and returns the ids of its groups. */
function checkRanking(raw: unknown, ctx: CheckContext): string[] {
  const parsed = rankingSchema.safeParse(raw);
  if (raw === undefined || !parsed.success) return [];
  (parsed.data.tieBreakers ?? []).forEach((breaker, index) => {
    const path = ["ranking", "tieBreakers", index];
    if ("score" in breaker && breaker.score === "total")
      ctx.report(makeIssue("policy.tie-breaker-on-total", [...path, "score"], {}));
    else checkValueRef(breaker, path, ctx);
  });
  const groups = (parsed.data.groups ?? []).map((group) => group.id);
  groups.forEach((group, index) => {
    if (groups.indexOf(group) !== index)
      ctx.report(makeIssue("policy.duplicate-group", ["ranking", "groups", index, "id"], { group }));
  });
  return [...new Set(groups)];
}

function checkSeries(raw: unknown, rawCycle: unknown, ctx: CheckContext): void {
  if (!Array.isArray(raw)) return;
  const parsedCycle = cycleSchema.safeParse(rawCycle);
  const cycle = parsedCycle.success ? parsedCycle.data : undefined;
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const parsed = seriesRuleSchema.safeParse(value);
    if (!parsed.success) return;
    const rule = parsed.data;
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
  const parsed = scheduleSchema.safeParse(raw);
  if (raw === undefined || !parsed.success) return;
  const seen = new Set<string>();
  parsed.data.milestones.forEach((milestone, index) => {
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
  if (!Array.isArray(raw)) return;
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    const parsed = rewardSchema.safeParse(value);
    if (!parsed.success) return;
    const reward = parsed.data;
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
