import { z } from "zod";
import { Decimal, divide } from "../decimal";
import type { FastValues } from "../engine/fast/fast-layout";
import { weightedSum } from "../engine/fast/weighted-sum";
import { makeIssue } from "../issues/issue";
import { pointsSchema } from "../policy/schema/common";
import type { TierInput } from "../policy/schema/inputs";
import { ratio } from "../ratio";
import { componentBaseShape } from "./base";
import { defineComponentKind } from "./kind";

/**
 * `tiers`: a categorical answer (a survey's satisfaction tier) → points; several answers
 * aggregate by their mean. Answers are matched to tiers by id, name or alias when records are read.
 */
export const tiers = defineComponentKind({
  kind: "tiers",
  schema: z.strictObject({
    ...componentBaseShape,
    kind: z.literal("tiers"),
    /** A tier input. */
    input: z.string().min(1),
    aggregate: z.literal("mean").optional().describe("How several answers combine: their mean."),
    points: z.record(z.string(), pointsSchema).describe("Points by tier id."),
  }),

  check(component, path, ctx) {
    const ref = ctx.input(component.input, [...path, "input"], ["tier"]);
    if (ref === undefined || ref.declaration.type !== "tier") return;
    const options = ref.declaration.options.map((option) => option.id);
    for (const [tier, points] of Object.entries(component.points)) {
      if (!options.includes(tier)) {
        ctx.report(makeIssue("policy.unknown-tier", [...path, "points", tier], { tier, input: ref.id }));
      } else if (new Decimal(points).gt(component.max)) {
        ctx.report(
          makeIssue("policy.tier-points-above-max", [...path, "points", tier], {
            tier,
            points: String(points),
            max: String(component.max),
          }),
        );
      }
    }
    for (const tier of options) {
      if (!Object.hasOwn(component.points, tier)) {
        ctx.report(makeIssue("policy.tier-without-points", [...path, "points"], { tier, input: ref.id }));
      }
    }
  },

  compileFast(component, fast) {
    // Each option's slot (how many answers named it) and points: the mean is Σ count × points / Σ count.
    const { options: tally, answers } = fast.tally(component.input);
    const slots = tally.map((option) => option.slot);
    const points = tally.map((option) => fast.literal(component.points[option.id] as number | string));
    if (points.some(Number.isNaN)) return undefined;
    // The mean is sum / answers, kept as that fraction: money is computed from it exactly.
    const sum = weightedSum(slots, points);
    // `over` goes on a wrapper: on the sum itself it would give that closure a hidden class of its own.
    return Object.assign((values: FastValues) => sum(values), { over: answers });
  },

  compile(component, ctx) {
    const declaration = ctx.ref(component.input).declaration as TierInput;
    const tierNames = new Map(declaration.options.map((option) => [option.id, option.name]));
    const points = new Map(
      Object.entries(component.points).map(([tier, value]) => [tier, new Decimal(value)]),
    );
    const pointsOf = (tier: string) => points.get(tier) as Decimal;
    const answerOf = (tier: string) => {
      const tierName = tierNames.get(tier);
      return { tier, ...(tierName && { tierName }), points: pointsOf(tier).toString() };
    };
    return {
      id: component.id,
      name: component.name,
      max: new Decimal(component.max),
      exact(values) {
        const answers = values[component.input] as readonly string[] | undefined;
        if (answers === undefined || answers.length < 2) return undefined;
        let sum = new Decimal(0);
        for (const answer of answers) sum = sum.plus(pointsOf(answer));
        return ratio(sum, new Decimal(answers.length));
      },
      evaluate(values, trace) {
        const answers = values[component.input] as readonly string[] | undefined;
        if (answers === undefined || answers.length === 0) return undefined;
        if (answers.length === 1) {
          const score = pointsOf(answers[0] as string);
          trace?.push({
            code: "tiers.answer",
            component: component.id,
            input: component.input,
            delta: score,
            values: answerOf(answers[0] as string),
          });
          return score;
        }
        let sum = new Decimal(0);
        for (const answer of answers) sum = sum.plus(pointsOf(answer));
        const score = divide(sum, new Decimal(answers.length));
        trace?.push({
          code: "tiers.mean",
          component: component.id,
          input: component.input,
          delta: score,
          values: { count: answers.length, sum: sum.toString(), answers: answers.map(answerOf) },
        });
        return score;
      },
    };
  },
});
