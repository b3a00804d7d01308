import { Decimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import type { ScoresInput } from "../policy/schema/scores-input";
import { parseDecimal } from "./parse-value";
import type { SurveyAnswer } from "./survey-answer";

/** Answers separated in one cell: `5;4;1!malicious` (ASCII or full-width semicolons). */
const ANSWER_SEPARATOR = /[;；]/;
/** One answer in a cell: a score, then optionally `!` and a flag. */
const ANSWER_TEXT = /^\s*([^!！]*?)\s*(?:[!！]\s*([^\s]+)\s*)?$/;

/**
 * Compiles the parser of a scores input: answers on the question's scale, each optionally
 * flagged. A cell reads `5;4;1!malicious`; JSON gives an array of numbers, strings or
 * `{ "score": 1, "flag": "malicious" }`.
 *
 * @example
 * ```ts
 * const parse = scoresParser("survey", { type: "scores", scale: { min: 1, max: 5 }, flags: ["malicious"] });
 * parse("5;1!malicious", issues); //=> [{ score: 5 }, { score: 1, flag: "malicious" }]
 * ```
 */
export function scoresParser(
  column: string,
  declaration: ScoresInput,
): (value: unknown, issues: Issue[]) => readonly SurveyAnswer[] | undefined {
  const path: PathSegment[] = [column];
  const min = new Decimal(declaration.scale.min);
  const max = new Decimal(declaration.scale.max);
  const step = new Decimal(declaration.scale.step ?? 1);
  const flags = declaration.flags ?? [];
  const onScale = (score: Decimal) => score.gte(min) && score.lte(max) && score.minus(min).mod(step).isZero();

  const readOne = (raw: unknown, issues: Issue[]): SurveyAnswer | undefined => {
    let scoreValue: unknown = raw;
    let flag: string | undefined;
    if (typeof raw === "string") {
      const match = ANSWER_TEXT.exec(raw);
      scoreValue = match?.[1] ?? raw;
      flag = match?.[2];
    } else if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      const object = raw as Readonly<Record<string, unknown>>;
      scoreValue = Object.hasOwn(object, "score") ? object.score : undefined;
      const flagValue = Object.hasOwn(object, "flag") ? object.flag : undefined;
      if (flagValue !== undefined && flagValue !== null && flagValue !== "") flag = String(flagValue);
    }
    const score = parseDecimal(scoreValue);
    if (score === undefined || !onScale(score)) {
      issues.push(
        makeIssue("record.invalid-answer", path, {
          input: column,
          received: describeValue(scoreValue),
          min: min.toString(),
          max: max.toString(),
          step: step.toString(),
        }),
      );
      return undefined;
    }
    if (flag === undefined) return { score };
    const known = flags.find((candidate) => candidate.toLowerCase() === flag.toLowerCase());
    if (known === undefined) {
      issues.push(makeIssue("record.unknown-flag", path, { input: column, flag, known: flags }));
      return undefined;
    }
    return { score, flag: known };
  };

  return (value, issues) => {
    const items = Array.isArray(value)
      ? value
      : typeof value === "string"
        ? value.split(ANSWER_SEPARATOR).filter((part) => part.trim() !== "")
        : [value];
    const answers: SurveyAnswer[] = [];
    const before = issues.length;
    for (const item of items) {
      const answer = readOne(item, issues);
      if (answer !== undefined) answers.push(answer);
    }
    return issues.length > before ? undefined : answers;
  };
}
