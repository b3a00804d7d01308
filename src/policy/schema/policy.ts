import { z } from "zod";
import { componentSchema } from "../../components/registry";
import { measureSchema } from "../../measures/registry";
import { payoutSchema } from "../../payouts/registry";
import { slaSchema } from "../../sla/schema";
import { idSchema, nameSchema, positiveSchema } from "./common";
import { conditionSchema } from "./condition";
import { gradeSchema } from "./grades";
import { inputSchema } from "./inputs";
import { rankingSchema } from "./ranking";
import { rewardSchema } from "./rewards";
import { scheduleSchema } from "./schedule";
import { seriesRuleSchema } from "./series";

/** The rhythm of appraisal. */
export const cycleSchema = z.enum(["month", "quarter", "half-year", "year"]);

/** How scores are shown (they are always kept exact). */
export const displaySchema = z.strictObject({
  places: z.number().int().min(0).max(10).optional().describe("Decimal places shown; 2 by default."),
  rounding: z.enum(["half-up", "half-even", "half-down", "down", "up"]).optional(),
});

/** The schema of a policy file: a rule set as plain, JSON-serialisable data. */
export const policySchema = z
  .strictObject({
    $schema: z.string().optional().describe("The JSON Schema this file follows, for editors."),
    id: idSchema.describe("The policy's id, such as satisfaction-work."),
    version: z.string().min(1).describe("The policy's version, such as 1.0.0."),
    name: z.strictObject({ en: z.string().min(1), "zh-CN": z.string().min(1) }),
    description: nameSchema.optional(),
    cycle: cycleSchema,
    maxScore: positiveSchema.describe(
      "The most points a subject can get; the components' maxima add up to it.",
    ),
    inputs: z.record(idSchema, inputSchema).describe("What each record carries, by input id."),
    components: z.array(componentSchema).min(1).describe("The parts of the score, added up into the total."),
    grades: z.array(gradeSchema).min(1).describe("From the highest threshold down; the last one has no min."),
    noOpinion: conditionSchema.optional().describe("When it holds, the subject gets no grade and no rank."),
    display: displaySchema.optional(),
    ranking: rankingSchema.optional(),
    series: z
      .array(seriesRuleSchema)
      .optional()
      .describe("Rules across periods, such as P1's year-end rule."),
    schedule: scheduleSchema.optional(),
    rewards: z.array(rewardSchema).optional().describe("Rewards and penalties (奖惩) per period."),
    sla: slaSchema.optional(),
    measures: z
      .record(idSchema, measureSchema)
      .optional()
      .describe("Indicators computed from each record's inputs (rates, CSAT, NPS, retention), by id."),
    payouts: z
      .array(payoutSchema)
      .optional()
      .describe("How a scored record turns into money (performance pay, incentives), each rounded once."),
  })
  .describe("A kaoping appraisal policy.");

/** A validated policy. */
export type Policy = z.output<typeof policySchema>;

/** What a policy file may contain before validation (the same shape: policies are plain data). */
export type PolicyInput = z.input<typeof policySchema>;
