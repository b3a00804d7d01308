import type { Decimal } from "../decimal";
import type { LocalizedText } from "../i18n/locale";
import type { MeasureResult } from "../measures/registry";
import type { PayoutResult } from "../payouts/compile-payouts";
import type { RecordValues } from "../records/values";
import type { FastValues } from "./fast/fast-layout";
import type { FastOutcome } from "./fast/fast-plan";
import { formatCents } from "./fast/scale";
import type { ComponentScore, Scorecard } from "./scorecard";

/** Who a scorecard is about: what every scorecard holds as its own fields. */
export interface ScorecardHead {
  readonly subject: string;
  readonly period?: string | undefined;
  readonly groups?: Readonly<Record<string, string>> | undefined;
}

/** What a policy's scorecards share: computed once per policy, asked for by each card. */
export interface ScorecardSource {
  readonly policy: Scorecard["policy"];
  readonly maxScore: Decimal;
  readonly grades: readonly { readonly id: string; readonly name?: LocalizedText | undefined }[];
  /**
   * One card of each shape this source's cards take, kept as long as the source: V8 frees a
   * shape (hidden class) that no live object has, and throws away the optimized code that knew
   * it — so that scoring in bursts, a garbage collection between them, learned it all again.
   */
  readonly shapes: readonly LazyScorecard[];
  /** The exact total of a record scored in integers, as the decimal path writes it. */
  total(values: FastValues, outcome: FastOutcome): Decimal;
  /** The whole scorecard of a record scored in integers. */
  detail(head: ScorecardHead, values: FastValues, outcome: FastOutcome): Scorecard;
}

/** The outcome of a card the decimal path built: its fields are read from the card itself. */
const BUILT: FastOutcome = { total: 0, totalDenominator: 1, gradeIndex: -1, paid: Number.NaN };

/**
 * A scorecard that computes its parts when they are first read. Its total, grade and pay are
 * already known exactly (scored in integers); its component scores, trace, inputs and payout
 * steps are built the first time one of them is read — from the integers with the trace off, by
 * the decimal path with it on (property tests hold both to the same card). Most records are only
 * ranked, graded and paid, so most never are.
 *
 * Its heavy fields are getters: `{ ...card }` copies only the subject, period, policy, groups,
 * status and grade. `toJSON()` (so `JSON.stringify`) and `scorecardToJson` give all of it.
 *
 * @example
 * ```ts
 * const card = compile(getPreset("satisfaction-work"), { trace: false }).score(record);
 * card.grade;              //=> "fail" (known already)
 * card.components[0].score; // built now
 * ```
 */
export class LazyScorecard implements Scorecard {
  readonly subject: string;
  declare readonly period?: string;
  readonly policy: Scorecard["policy"];
  declare readonly groups?: Readonly<Record<string, string>>;
  readonly status: Scorecard["status"];
  declare readonly grade?: string;
  declare readonly gradeName?: LocalizedText;
  readonly #source: ScorecardSource;
  /** The record's slots, when scored in integers (else the decimal path built the whole card). */
  readonly #values: FastValues | undefined;
  readonly #total: number;
  readonly #totalDenominator: number;
  /** The payouts' sum in cents; NaN when the policy has none. */
  readonly #paid: number;
  readonly #gradeIndex: number;
  #detail: Scorecard | undefined;

  private constructor(
    source: ScorecardSource,
    subject: string,
    period: string | undefined,
    groups: ScorecardHead["groups"],
    values: FastValues | undefined,
    outcome: FastOutcome,
    detail: Scorecard | undefined,
  ) {
    this.subject = subject;
    // Optional fields are set only when present, as a plain scorecard leaves them out.
    if (period !== undefined) (this as { period?: string }).period = period;
    this.policy = source.policy;
    if (groups !== undefined) (this as { groups?: ScorecardHead["groups"] }).groups = groups;
    this.#source = source;
    this.#values = values;
    this.#total = outcome.total;
    this.#totalDenominator = outcome.totalDenominator;
    this.#paid = outcome.paid;
    this.#gradeIndex = outcome.gradeIndex;
    this.#detail = detail;
    if (values === undefined) {
      const card = detail as Scorecard;
      this.status = card.status;
      if (card.grade !== undefined) (this as { grade?: string }).grade = card.grade;
      if (card.gradeName !== undefined) (this as { gradeName?: LocalizedText }).gradeName = card.gradeName;
      return;
    }
    // Never grades[-1]: V8 reads a negative index as a property name, through its slowest lookup.
    const grade = outcome.gradeIndex < 0 ? undefined : source.grades[outcome.gradeIndex];
    this.status = grade === undefined ? "no-opinion" : "graded";
    if (grade === undefined) return;
    (this as { grade?: string }).grade = grade.id;
    if (grade.name !== undefined) (this as { gradeName?: LocalizedText }).gradeName = grade.name;
  }

  /**
   * A card scored in integers, its parts built when first read.
   *
   * @example
   * ```ts
   * LazyScorecard.scored(source, "Unit A", undefined, undefined, slots, outcome).grade; //=> "fail"
   * ```
   */
  static scored(
    source: ScorecardSource,
    subject: string,
    period: string | undefined,
    groups: ScorecardHead["groups"],
    values: FastValues,
    outcome: FastOutcome,
  ): LazyScorecard {
    return new LazyScorecard(source, subject, period, groups, values, outcome, undefined);
  }

  /**
   * One card of each shape cards of a source take: with and without a period (and groups, when
   * `groups`), graded with a grade's name, without one, or not graded. See
   * {@link ScorecardSource.shapes} for why.
   *
   * @example
   * ```ts
   * LazyScorecard.shapes(source, false).length; //=> 4 (P1: 2 periods × graded or not)
   * ```
   */
  static shapes(source: ScorecardSource, groups: boolean): LazyScorecard[] {
    const { grades } = source;
    // Every grade's card has the same fields but its name: a named grade and an unnamed one do.
    const named = grades.findIndex((grade) => grade.name !== undefined);
    const unnamed = grades.findIndex((grade) => grade.name === undefined);
    const outcomes = [-1, ...[named, unnamed].filter((index) => index !== -1)];
    const cards: LazyScorecard[] = [];
    for (const period of [undefined, ""])
      for (const group of groups ? [undefined, {}] : [undefined])
        for (const gradeIndex of outcomes)
          cards.push(LazyScorecard.scored(source, "", period, group, [], { ...BUILT, gradeIndex }));
    return cards;
  }

  /**
   * A card the decimal path has built whole.
   *
   * @example
   * ```ts
   * LazyScorecard.built(source, card).total === card.total; //=> true
   * ```
   */
  static built(source: ScorecardSource, card: Scorecard): LazyScorecard {
    return new LazyScorecard(source, card.subject, card.period, card.groups, undefined, BUILT, card);
  }

  /**
   * Whether the record was scored in integers (its total, grade and pay already known), rather
   * than by the decimal path whole: for tests and diagnostics.
   *
   * @example
   * ```ts
   * appraiser.score({ subject: "A", findings: "3", ... }).scoredInIntegers; //=> true
   * ```
   */
  get scoredInIntegers(): boolean {
    return this.#values !== undefined;
  }

  /** The whole card, built once. */
  #whole(): Scorecard {
    this.#detail ??= this.#source.detail(this, this.#values as FastValues, this.#outcome());
    return this.#detail;
  }

  get total(): Decimal {
    if (this.#values === undefined) return this.#whole().total;
    return this.#source.total(this.#values, this.#outcome());
  }

  #outcome(): FastOutcome {
    return {
      total: this.#total,
      totalDenominator: this.#totalDenominator,
      gradeIndex: this.#gradeIndex,
      paid: this.#paid,
    };
  }

  get maxScore(): Decimal {
    return this.#source.maxScore;
  }

  get components(): readonly ComponentScore[] {
    return this.#whole().components;
  }

  get noOpinion(): Scorecard["noOpinion"] {
    return this.#whole().noOpinion;
  }

  get inputs(): RecordValues | undefined {
    return this.#whole().inputs;
  }

  get measures(): readonly MeasureResult[] | undefined {
    return this.#whole().measures;
  }

  get payouts(): readonly PayoutResult[] | undefined {
    return this.#whole().payouts;
  }

  get pay(): string | undefined {
    if (this.#values === undefined) return this.#whole().pay;
    return Number.isNaN(this.#paid) ? undefined : formatCents(this.#paid);
  }

  /**
   * The scorecard as a plain object (its decimals still `Decimal`s, which JSON writes as strings).
   *
   * @example
   * ```ts
   * JSON.parse(JSON.stringify(card)).total; //=> "87"
   * ```
   */
  toJSON(): Scorecard {
    return this.#whole();
  }
}

/**
 * A scorecard as a plain object with every field its own: what a spread of it should give.
 *
 * @example
 * ```ts
 * const ranked = { ...plainScorecard(card), rank: 1 };
 * ```
 */
export function plainScorecard(card: Scorecard): Scorecard {
  return card instanceof LazyScorecard ? card.toJSON() : card;
}
