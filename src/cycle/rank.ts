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
 * Ranks the graded scorecards of one period, highest total first. Equal totals are compared by
 * the tie-breakers in order; cards still equal share a rank (1, 2, 2, 4 by default; 1, 2, 2, 3
 * dense). Cards without an opinion are left out. Deterministic whatever the input order.
 *
 * @example
 * ```ts
 * rankScorecards(cards).map((entry) => [entry.card.subject, entry.rank]);
 * //=> [["East", 1], ["West", 2], ["North", 2], ["Workshop", 4]]
 * ```
 */
export function rankScorecards<C extends Scorecard>(
  cards: Iterable<C>,
  options: RankOptions = {},
): RankedEntry<C>[] {
  const { method, tieBreakers } = { ...DEFAULT_RANK_OPTIONS, ...options };
  const graded = [...cards].filter((card) => card.status === "graded");
  const values = tieBreakers.map((breaker) => graded.map((card) => breaker.value(card)));
  const entries: RankedEntry<C>[] = [];
  rankIndices(
    graded.map((_, i) => i),
    {
      method,
      tieBreakers,
      key: (item, k) =>
        k === 0 ? (graded[item] as C).total : (values[k - 1] as (Decimal | undefined)[])[item],
      subject: (item) => (graded[item] as C).subject,
    },
    (item, place) => entries.push({ card: graded[item] as C, ...place }),
  );
  return entries;
}

/** A place in a ranking: the rank, how many rank strictly ahead and behind, and what broke a tie. */
export interface Place {
  readonly rank: number;
  readonly ahead: number;
  readonly behind: number;
  readonly decidedBy?: string;
}

/** How {@link rankIndices} reads the items it ranks. */
export interface RankKeys {
  readonly method: RankMethod;
  readonly tieBreakers: readonly Pick<TieBreaker, "id" | "prefer">[];
  /** Key k of an item: 0 is the total, then each tie-breaker's value (undefined ranks last). */
  readonly key: (item: number, k: number) => Decimal | undefined;
  /** The item's subject: the last, arbitrary but stable, order between equal keys. */
  readonly subject: (item: number) => string;
}

/**
 * The ranking algorithm over item numbers (sorted in place), reporting each item's place in
 * ranking order: no object per item, so that a million records rank in a few megabytes.
 *
 * @example
 * ```ts
 * rankIndices([0, 1, 2], { method: "competition", tieBreakers: [], key: (i) => totals[i], subject: (i) => names[i] },
 *   (item, place) => (ranks[item] = place.rank));
 * ```
 */
export function rankIndices(
  items: number[],
  keys: RankKeys,
  place: (item: number, place: Place) => void,
): void {
  const { method, tieBreakers, key } = keys;
  const width = tieBreakers.length + 1;
  const prefers = ["higher", ...tieBreakers.map((breaker) => breaker.prefer)] as const;
  const compare = (a: number, b: number) => {
    for (let k = 0; k < width; k++) {
      const order = compareKey(key(a, k), key(b, k), prefers[k] as "higher" | "lower");
      if (order !== 0) return order;
    }
    return 0;
  };
  items.sort((a, b) => compare(a, b) || compareText(keys.subject(a), keys.subject(b)));
  let rank = 0;
  let start = 0;
  while (start < items.length) {
    // A run of equal keys shares a rank.
    let end = start;
    while (end + 1 < items.length && compare(items[start] as number, items[end + 1] as number) === 0) end++;
    rank = method === "dense" ? rank + 1 : start + 1;
    const previous = items[start - 1];
    const first = items[start] as number;
    let decidedBy: string | undefined;
    if (previous !== undefined && (key(previous, 0) as Decimal).eq(key(first, 0) as Decimal)) {
      for (let k = 1; k < width; k++) {
        if (compareKey(key(previous, k), key(first, k), "higher") !== 0) {
          decidedBy = tieBreakers[k - 1]?.id;
          break;
        }
      }
    }
    for (let i = start; i <= end; i++) {
      const at = { rank, ahead: start, behind: items.length - end - 1 };
      place(items[i] as number, decidedBy !== undefined && i === start ? { ...at, decidedBy } : at);
    }
    start = end + 1;
  }
}

/** One key of two items: a missing value ranks after every value. */
function compareKey(x: Decimal | undefined, y: Decimal | undefined, prefer: "higher" | "lower"): number {
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
  const order = x.cmp(y);
  return prefer === "lower" ? order : -order;
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
