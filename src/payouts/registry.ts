import { z } from "zod";
import { byGrade } from "./by-grade";
import type { PayoutKind } from "./kind";
import { proportional } from "./proportional";

/** Every payout kind, by its `kind` name: adding a kind is one file and one line here. */
const KINDS = { proportional, "by-grade": byGrade } as const;

/** The schema of any payout, chosen by its `kind`. */
export const payoutSchema = z.discriminatedUnion("kind", [proportional.schema, byGrade.schema]);

/** A payout of a policy: how a scored record turns into money. */
export type Payout = z.infer<typeof payoutSchema>;

/** The names of the payout kinds. */
export type PayoutKindName = Payout["kind"];

/**
 * The kind that checks and compiles a payout.
 *
 * @example
 * ```ts
 * payoutKindOf({ id: "pay", kind: "proportional", base: "performance_base" }).kind; //=> "proportional"
 * ```
 */
export function payoutKindOf(payout: Payout): PayoutKind {
  return KINDS[payout.kind] as unknown as PayoutKind;
}
