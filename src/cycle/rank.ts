import type { Decimal } from "../decimal";
import type { Scorecard } from "../engine/scorecard";

/** `competition`: ties share a rank and the next rank skips (1, 2, 2, 4); `dense`: it does not (1, 2, 2, 3). */
export type RankMethod = "competition" | "dense";

/** A value compared when totals are equal, before a tie is declared. */
export interface TieBreaker {
  /** How the tie-breaker is named in results, such as `"complaints.major"`. */
  readonly id: string;
  /** Which value ranks first: `"lower"` (fewer major complaints) or `"higher"`. */
  readonly prefer: "higher" | "lower";
  /** Reads the value; a card without it ranks after every card with it. */
  readonly value: (card: Scorecard) => Decimal | undefined;
}

/** Options of {@link rankScorecards}. */
export interface RankOptions {
  /** `"competition"` (the default) or `"dense"`. */
  readonly method?: RankMethod;
  /** Compared in order when totals are equal (none by default: equal totals tie). */
  readonly tieBreakers?: readonly TieBreaker[];
}

const DEFAULT_RANK_OPTIONS: Required<RankOptions> = { method: "competition", tieBreakers: [] };

/** A ranked scorecard: its rank, and how many ranked cards stand strictly ahead of it and behind it. */
export interface RankedEntry<C extends Scorecard = Scorecard> {
  readonly card: C;
  readonly rank: number;
  /** Cards ranked strictly ahead (better), whatever the method. */
  readonly ahead: number;
  /** Cards ranked strictly behind (worse), whatever the method. */
  readonly behind: number;
  /**
   * When the card has the same total as the card just ahead of it but ranks lower: the id of the
   * tie-breaker that decided it.
   */
  readonly decidedBy?: string;
}

/**
 * Ranks the scorecards of one period by total, highest first. Cards without an opinion are not
 * ranked (they are left out). Equal totals are compared on the tie-breakers in order; cards
 * still equal share a rank. Ties are listed by subject, so the result does not depend on the
 * order of the cards.
 *
 * @example
 * ```ts
 * // Totals 95, 90, 90, 87; B and C have 0 and 1 major complaints.
 * rankScorecards(cards).map((e) => [e.card.subject, e.rank]);
 * //=> [["A", 1], ["B", 2], ["C", 2], ["D", 4]]
 * rankScorecards(cards, { method: "dense" }).map((e) => e.rank); //=> [1, 2, 2, 3]
 * rankScorecards(cards, { tieBreakers: [{ id: "complaints.major", prefer: "lower", value: major }] })
 *   .map((e) => e.rank); //=> [1, 2, 3, 4]
 * ```
 */
export function rankScorecards<C extends Scorecard>(
  cards: Iterable<C>,
  options: RankOptions = {},
): RankedEntry<C>[] {
  const { method, tieBreakers } = { ...DEFAULT_RANK_OPTIONS, ...options };
  const keyed = [...cards]
    .filter((card) => card.status === "graded")
    .map((card) => ({ card, keys: [card.total, ...tieBreakers.map((breaker) => breaker.value(card))] }));
  const prefers = ["higher", ...tieBreakers.map((breaker) => breaker.prefer)] as const;
  const compare = (a: readonly (Decimal | undefined)[], b: readonly (Decimal | undefined)[]) =>
    compareKeys(a, b, prefers);
  type Keyed = (typeof keyed)[number];
  keyed.sort((a, b) => compare(a.keys, b.keys) || compareText(a.card.subject, b.card.subject));

  // Runs of equal keys share a rank: find where each run starts and ends, in one pass.
  const runStart: number[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const tied = i > 0 && compare((keyed[i - 1] as Keyed).keys, (keyed[i] as Keyed).keys) === 0;
    runStart.push(tied ? (runStart[i - 1] as number) : i);
  }
  const entries: RankedEntry<C>[] = [];
  let rank = 0;
  let runEnd = -1;
  for (let i = 0; i < keyed.length; i++) {
    const { card, keys } = keyed[i] as Keyed;
    const start = runStart[i] as number;
    if (start === i) {
      rank = method === "dense" ? rank + 1 : i + 1;
      runEnd = i;
      while (runEnd + 1 < keyed.length && runStart[runEnd + 1] === i) runEnd++;
    }
    const previous = keyed[i - 1];
    const decidedBy =
      previous !== undefined && start === i && previous.card.total.eq(card.total)
        ? tieBreakers[firstDifference(previous.keys, keys) - 1]?.id
        : undefined;
    entries.push({
      card,
      rank,
      ahead: start,
      behind: keyed.length - runEnd - 1,
      ...(decidedBy !== undefined && { decidedBy }),
    });
  }
  return entries;
}

/** Negative when `a` ranks first; a missing value ranks after any value. */
function compareKeys(
  a: readonly (Decimal | undefined)[],
  b: readonly (Decimal | undefined)[],
  prefers: readonly ("higher" | "lower")[],
): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) {
      if (x === y) continue;
      return x === undefined ? 1 : -1;
    }
    const order = x.cmp(y);
    if (order !== 0) return prefers[i] === "lower" ? order : -order;
  }
  return 0;
}

function firstDifference(a: readonly (Decimal | undefined)[], b: readonly (Decimal | undefined)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined ? x !== y : !x.eq(y)) return i;
  }
  return -1;
}

/**
 * Orders texts by code unit, the same on every host (never by locale).
 *
 * @example
 * ```ts
 * ["b", "客服", "A"].sort(compareText); //=> ["A", "b", "客服"]
 * ```
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
