import { z } from "zod";
import { idSchema, nameSchema } from "./common";

const prefer = z
  .enum(["higher", "lower"])
  .describe('Which value ranks first: "lower" for fewer major complaints, "higher" for a higher score.');

/** A value compared when totals are equal: an input (`complaints.major`) or a component's score. */
export const tieBreakerSchema = z.union([
  z.strictObject({ input: z.string().min(1), prefer, name: nameSchema.optional() }),
  z.strictObject({ score: z.string().min(1), prefer, name: nameSchema.optional() }),
]);

/** A grouping of subjects ranked among themselves (a department, a branch), read from a record column. */
export const rankGroupSchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  column: z.string().min(1).optional().describe("The record column holding the group; the id when left out."),
});

/**
 * How the subjects of a period are ranked against each other.
 *
 * @example
 * ```ts
 * rankingSchema.parse({ method: "competition", groups: [{ id: "department" }],
 *   tieBreakers: [{ input: "complaints.major", prefer: "lower" }] }); // fewer major complaints first
 * ```
 */
export const rankingSchema = z
  .strictObject({
    method: z
      .enum(["competition", "dense"])
      .optional()
      .describe('"competition" (1, 2, 2, 4; the default) or "dense" (1, 2, 2, 3).'),
    tieBreakers: z
      .array(tieBreakerSchema)
      .optional()
      .describe("Compared in order when totals are equal, before a tie is declared."),
    groups: z
      .array(rankGroupSchema)
      .optional()
      .describe("Groups ranked among themselves besides the overall ranking."),
  })
  .describe("Ranking by total, highest first; subjects without an opinion are not ranked.");

/** A tie-breaker as a policy declares it. */
export type TieBreakerRule = z.infer<typeof tieBreakerSchema>;
/** A ranking group as a policy declares it. */
export type RankGroup = z.infer<typeof rankGroupSchema>;
/** A policy's ranking settings. */
export type Ranking = z.infer<typeof rankingSchema>;
