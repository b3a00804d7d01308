import { z } from "zod";
import type { CheckContext, CompileContext } from "../components/kind";
import type { Decimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { makeIssue } from "../issues/issue";
import { idSchema } from "../policy/schema/common";
import type { ScoresInput } from "../policy/schema/scores-input";
import type { SurveyAnswer } from "../records/survey-answer";
import type { RecordValues } from "../records/values";
import type { NoDataReason, SurveyStats } from "./result";
import { surveyStats } from "./survey-stats";

/** The fields of a measure computed from the answers to one survey question. */
export const surveyShape = {
  input: z.string().min(1).describe("A scores input: the answers to one survey question."),
  minResponses: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Fewer counted answers than this is no data; 1 by default."),
  exclude: z
    .array(idSchema)
    .optional()
    .describe(
      "Flags whose answers are left out (malicious, untrue); every flag the input declares by default.",
    ),
};

/** A survey measure as its schema gives it. */
export interface SurveyMeasure {
  readonly input: string;
  readonly minResponses?: number | undefined;
  readonly exclude?: readonly string[] | undefined;
}

/**
 * Checks a survey measure: its input is a scores input and the flags it excludes are flags
 * that input declares. Returns the input's declaration when it is one.
 *
 * @example
 * ```ts
 * checkSurvey({ input: "survey", exclude: ["spam"] }, ["measures", "csat"], ctx);
 * // reports policy.unknown-flag at measures.csat.exclude[0]
 * ```
 */
export function checkSurvey(
  measure: SurveyMeasure,
  path: readonly PathSegment[],
  ctx: CheckContext,
): ScoresInput | undefined {
  const ref = ctx.input(measure.input, [...path, "input"], ["scores"]);
  if (ref === undefined || ref.declaration.type !== "scores") return undefined;
  const known = ref.declaration.flags ?? [];
  measure.exclude?.forEach((flag, index) => {
    if (!known.includes(flag)) {
      ctx.report(
        makeIssue("policy.unknown-flag", [...path, "exclude", index], { flag, input: ref.id, known }),
      );
    }
  });
  return ref.declaration;
}

/** The counted answers of a record with their statistics, or why there are too few. */
export type SurveyReading =
  | { readonly stats: SurveyStats; readonly counted: readonly Decimal[]; readonly noData?: undefined }
  | { readonly stats: SurveyStats; readonly noData: NoDataReason };

/**
 * Compiles the reading of a survey measure's answers: statistics over every answer, the
 * flagged ones left out, and "no data" below the minimum number of counted answers. A record
 * without answers (an optional question left empty) has none.
 *
 * @example
 * ```ts
 * compileSurvey({ input: "survey", minResponses: 5 }, ctx)(values).noData; //=> "too-few-responses"
 * ```
 */
export function compileSurvey(
  measure: SurveyMeasure,
  ctx: CompileContext,
): { readonly declaration: ScoresInput; read(values: RecordValues): SurveyReading } {
  const declaration = ctx.ref(measure.input).declaration as ScoresInput;
  const exclude = new Set(measure.exclude ?? declaration.flags ?? []);
  const minResponses = measure.minResponses ?? 1;
  return {
    declaration,
    read(values) {
      const answers = (values[measure.input] as readonly SurveyAnswer[] | undefined) ?? [];
      const { stats, counted } = surveyStats(answers, exclude, declaration.scale);
      if (counted.length < minResponses) return { stats, noData: "too-few-responses" };
      return { stats, counted };
    },
  };
}
