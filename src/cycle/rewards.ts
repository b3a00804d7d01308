import type { CompileContext } from "../components/kind";
import { compileCondition } from "../engine/condition";
import type { Scorecard } from "../engine/scorecard";
import type { LocalizedText } from "../i18n/locale";
import type { Policy } from "../policy/schema/policy";
import type { RankedEntry } from "./rank";
import { scopeOf } from "./value-ref";

/** A reward or a penalty a subject got for a period. */
export interface GivenReward {
  readonly id: string;
  readonly kind: "reward" | "penalty";
  readonly name?: LocalizedText;
}

/** Where a card stands in its period: in the overall ranking and in each of its groups. */
export interface Standing {
  readonly overall?: RankedEntry;
  readonly groups: ReadonlyMap<string, RankedEntry>;
}

/**
 * Compiles a policy's rewards and penalties into the function that gives a card its own, in
 * policy order: each when its rank condition (among the first `top`, or the last `bottom`,
 * ties all in) and its `when` condition hold. Cards without an opinion get none.
 *
 * @example
 * ```ts
 * const rewardsOf = compileRewards(policy, ctx); // rewards: [{ id: "best-unit", kind: "reward", rank: { top: 1 } }]
 * rewardsOf(card, { overall: { card, rank: 1, ahead: 0, behind: 4 }, groups: new Map() });
 * //=> [{ id: "best-unit", kind: "reward" }]
 * ```
 */
export function compileRewards(
  policy: Policy,
  ctx: CompileContext,
): (card: Scorecard, standing: Standing) => GivenReward[] {
  const rules = (policy.rewards ?? []).map((reward) => {
    const holds = reward.when === undefined ? undefined : compileCondition(reward.when, ctx);
    const rank = reward.rank;
    const placed = (standing: Standing) => {
      if (rank === undefined) return true;
      const entry = rank.within === undefined ? standing.overall : standing.groups.get(rank.within);
      if (entry === undefined) return false;
      return "top" in rank ? entry.ahead < rank.top : entry.behind < rank.bottom;
    };
    const given: GivenReward = {
      id: reward.id,
      kind: reward.kind,
      ...(reward.name && { name: reward.name }),
    };
    return { given, placed, holds };
  });
  return (card, standing) => {
    if (card.status !== "graded" || rules.length === 0) return [];
    const scope = scopeOf(card);
    return rules
      .filter(({ placed, holds }) => placed(standing) && (holds === undefined || holds(scope)))
      .map(({ given }) => given);
  };
}
