import { z } from "zod";
import { idSchema, nameSchema } from "./common";

/** A day of a month given by a rule: the day (31 means the month's last day when it has fewer), when, and where it moves. */
export const scheduleDateSchema = z
  .strictObject({
    day: z
      .union([z.number().int().min(1).max(31), z.literal("last")])
      .describe('The day of the month, 1–31 (a day past the month\'s end is its last day), or "last".'),
    monthsAfter: z
      .number()
      .int()
      .min(0)
      .max(24)
      .optional()
      .describe(
        "Months after the period's last month: 0 is that month itself, 1 (the default) the month after.",
      ),
    shift: z
      .enum(["previous-working-day", "next-working-day"])
      .optional()
      .describe("Where the date moves when it is not a working day; it stays put when left out."),
  })
  .describe("A date of a schedule, relative to the period it belongs to.");

/** One step of a period's schedule: a deadline (`to` only) or a window (`from` … `to`, both inclusive). */
export const milestoneSchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  from: scheduleDateSchema.optional().describe("The first day of a window; left out for a deadline."),
  to: scheduleDateSchema.describe("The deadline, or the last day of a window."),
});

/**
 * When the work of each period happens (P2: figures collected 10th–15th, pay by the 20th).
 *
 * @example
 * ```ts
 * scheduleSchema.parse({ milestones: [
 *   { id: "collect", from: { day: 10 }, to: { day: 15 } },
 *   { id: "pay", to: { day: 20, shift: "previous-working-day" } },
 * ] });
 * ```
 */
export const scheduleSchema = z
  .strictObject({
    milestones: z.array(milestoneSchema).min(1),
  })
  .describe("The dates of each period's work, as rules that give concrete dates for any period.");

/** A schedule as a policy declares it. */
export type Schedule = z.infer<typeof scheduleSchema>;
/** A milestone of a schedule. */
export type Milestone = z.infer<typeof milestoneSchema>;
/** A date rule of a schedule. */
export type ScheduleDate = z.infer<typeof scheduleDateSchema>;
