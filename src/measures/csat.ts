import { z } from "zod";
import { Decimal, divide } from "../decimal";
import { measureBaseShape } from "./base";
import { defineMeasureKind } from "./kind";
import type { MeasureResultHead, SurveyStats } from "./result";
import { checkSurvey, compileSurvey, surveyShape } from "./survey-source";

const ZERO = new Decimal(0);

/** How CSAT is computed: the share of answers in the top two (or top one) points of the scale, or their mean. */
export type CsatMethod = "top-2-box" | "top-box" | "mean";

/** A CSAT result: the value, the method, how many answers fell in the box, and the question's statistics. */
export interface CsatResult extends MeasureResultHead {
  readonly kind: "csat";
  readonly method: CsatMethod;
  /** Counted answers in the top box(es) (for the box methods). */
  readonly inBox?: number;
  readonly stats: SurveyStats;
}

/**
 * `csat`: customer satisfaction from the answers to one question. `top-2-box` (the default) is
 * the share of counted answers in the two highest points of the scale (4 and 5 of 1–5), a value
 * from 0 to 1; `top-box` counts the highest point only; `mean` is the mean answer, on the scale.
 * Flagged answers (malicious, untrue) are left out and counted; fewer counted answers than
 * `minResponses` is "no data".
 *
 * @example
 * ```json
 * "csat": { "kind": "csat", "input": "survey", "method": "top-2-box", "minResponses": 3 }
 * //=> answers "5;4;4;3;1;1!malicious": 3 of 5 counted in the top two boxes, value "0.6", 1 excluded
 * ```
 */
export const csat = defineMeasureKind({
  kind: "csat",
  schema: z.strictObject({
    ...measureBaseShape,
    kind: z.literal("csat"),
    ...surveyShape,
    method: z
      .enum(["top-2-box", "top-box", "mean"])
      .optional()
      .describe("top-2-box (default): share of answers in the top two points; top-box; mean."),
  }),

  check(measure, path, ctx) {
    checkSurvey(measure, path, ctx);
  },

  compile(id, measure, ctx) {
    const method: CsatMethod = measure.method ?? "top-2-box";
    const survey = compileSurvey(measure, ctx);
    const { scale } = survey.declaration;
    const step = new Decimal(scale.step ?? 1);
    const max = new Decimal(scale.max);
    // The lowest score in the box: the top point, or the point one step below it.
    const boxFrom = method === "top-2-box" ? max.minus(step) : max;
    const head = { id, kind: "csat" as const, method, ...(measure.name && { name: measure.name }) };
    return {
      id,
      kind: "csat",
      name: measure.name,
      validate: () => [],
      evaluate(values): CsatResult {
        const reading = survey.read(values);
        if (reading.noData !== undefined) return { ...head, noData: reading.noData, stats: reading.stats };
        if (method === "mean") return { ...head, value: reading.stats.mean as Decimal, stats: reading.stats };
        const inBox = reading.counted.filter((score) => score.gte(boxFrom)).length;
        const value = divide(new Decimal(inBox), new Decimal(reading.counted.length));
        return { ...head, value, inBox, stats: reading.stats };
      },
      step(result, component) {
        return {
          code: "measure.csat",
          component,
          input: id,
          ...(measure.name && { inputName: measure.name }),
          delta: ZERO,
          values: {
            method: result.method,
            counted: result.stats.counted,
            excluded: result.stats.excluded,
            ...(result.inBox !== undefined && { inBox: result.inBox }),
            value: String(result.value),
          },
        };
      },
    };
  },
});
