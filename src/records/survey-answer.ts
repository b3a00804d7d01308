import type { Decimal } from "../decimal";

/**
 * One answer to a survey question in a checked record: its score on the question's scale and,
 * when the evaluation was judged malicious or untrue, the flag that says so.
 *
 * @example
 * ```ts
 * appraiser.score({ subject: "A", survey: "5;1!malicious" }); // reads [{ score: 5 }, { score: 1, flag: "malicious" }]
 * ```
 */
export interface SurveyAnswer {
  readonly score: Decimal;
  readonly flag?: string;
}
