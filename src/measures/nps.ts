import { z } from "zod";
import { Decimal, divide } from "../decimal";
import { makeIssue } from "../issues/issue";
import { measureBaseShape } from "./base";
import { defineMeasureKind } from "./kind";
import type { MeasureResultHead, SurveyStats } from "./result";
import { checkSurvey, compileSurvey, surveyShape } from "./survey-source";

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);
const PROMOTER = new Decimal(9);
const DETRACTOR = new Decimal(6);

/** An NPS result: the score, the answers by group, and the question's statistics. */
export interface NpsResult extends MeasureResultHead {
  readonly kind: "nps";
  readonly promoters?: number;
  readonly passives?: number;
  readonly detractors?: number;
  readonly stats: SurveyStats;
}

/**
 * `nps`: the net promoter score of a 0–10 "would you recommend us" question — the percentage of
 * promoters (9–10) less the percentage of detractors (0–6), from −100 to 100. Flagged answers
 * are left out and counted; fewer counted answers than `minResponses` is "no data".
 *
 * @example
 * ```json
 * "nps": { "kind": "nps", "input": "recommend", "minResponses": 5 }
 * //=> answers "10;9;9;8;7;6;3;0": (3 promoters − 3 detractors) × 100 / 8 = "0"
 * ```
 */
export const nps = defineMeasureKind({
  kind: "nps",
  schema: z.strictObject({ ...measureBaseShape, kind: z.literal("nps"), ...surveyShape }),

  check(measure, path, ctx) {
    const declaration = checkSurvey(measure, path, ctx);
    if (declaration === undefined) return;
    const { min, max, step = 1 } = declaration.scale;
    if (!new Decimal(min).eq(0) || !new Decimal(max).eq(10) || !new Decimal(step).eq(1)) {
      ctx.report(
        makeIssue("policy.nps-scale", [...path, "input"], {
          input: measure.input,
          min: String(min),
          max: String(max),
          step: String(step),
        }),
      );
    }
  },

  compile(id, measure, ctx) {
    const survey = compileSurvey(measure, ctx);
    const head = { id, kind: "nps" as const, ...(measure.name && { name: measure.name }) };
    return {
      id,
      kind: "nps",
      name: measure.name,
      validate: () => [],
      evaluate(values): NpsResult {
        const reading = survey.read(values);
        if (reading.noData !== undefined) return { ...head, noData: reading.noData, stats: reading.stats };
        const promoters = reading.counted.filter((score) => score.gte(PROMOTER)).length;
        const detractors = reading.counted.filter((score) => score.lte(DETRACTOR)).length;
        const passives = reading.counted.length - promoters - detractors;
        const value = divide(
          new Decimal(promoters - detractors).mul(HUNDRED),
          new Decimal(reading.counted.length),
        );
        return { ...head, value, promoters, passives, detractors, stats: reading.stats };
      },
      step(result, component) {
        return {
          code: "measure.nps",
          component,
          input: id,
          ...(measure.name && { inputName: measure.name }),
          delta: ZERO,
          values: {
            counted: result.stats.counted,
            excluded: result.stats.excluded,
            promoters: result.promoters ?? 0,
            detractors: result.detractors ?? 0,
            value: String(result.value),
          },
        };
      },
    };
  },
});
