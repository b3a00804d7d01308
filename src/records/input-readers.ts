import { Decimal } from "../decimal";
import type { PathSegment } from "../issues/codes";
import { describeValue, type Issue, makeIssue } from "../issues/issue";
import type { CountsInput, InputDeclaration, TierInput } from "../policy/schema/inputs";
import { isEmpty, parseBoolean, parseCount, parseDecimal } from "./parse-value";
import { moneyParser } from "./read-money";
import { scoresParser } from "./read-scores";
import type { InputValue } from "./values";

/** Reads one input from a raw record, pushing issues; `undefined` means no value (or an issue). */
export type InputReader = (raw: Readonly<Record<string, unknown>>, issues: Issue[]) => InputValue | undefined;

/** Reads a field the record itself has (never one inherited, such as `constructor`). */
export function own(raw: Readonly<Record<string, unknown>>, field: string): unknown {
  return Object.hasOwn(raw, field) ? raw[field] : undefined;
}

/**
 * Compiles the reader of one declared input: where its value lives in a record (its column, or
 * a column per key of counts), how it is parsed, what a missing value means.
 *
 * @example
 * ```ts
 * const read = inputReader("findings", { type: "count" });
 * read({ findings: "3" }, issues); //=> 3
 * ```
 */
export function inputReader(id: string, declaration: InputDeclaration): InputReader {
  if (declaration.type === "counts") return countsReader(id, declaration);
  const column = declaration.column ?? id;
  const parse = scalarParser(column, declaration);
  const required = declaration.required ?? true;
  const fallback = defaultOf(declaration);
  return (raw, issues) => {
    const value = own(raw, column);
    if (isEmpty(value)) {
      if (fallback !== undefined) return fallback;
      if (required) issues.push(makeIssue("record.missing-value", [column], { input: column }));
      return undefined;
    }
    return parse(value, issues);
  };
}

type Parser = (value: unknown, issues: Issue[]) => InputValue | undefined;

function scalarParser(column: string, declaration: Exclude<InputDeclaration, CountsInput>): Parser {
  const path: PathSegment[] = [column];
  switch (declaration.type) {
    case "boolean":
      return (value, issues) =>
        parseBoolean(value) ??
        void issues.push(
          makeIssue("record.not-a-boolean", path, { input: column, received: describeValue(value) }),
        );
    case "count":
      return (value, issues) => {
        const count = parseCount(value);
        if (count === undefined) {
          issues.push(
            makeIssue("record.not-a-count", path, { input: column, received: describeValue(value) }),
          );
        } else if (declaration.max !== undefined && count > declaration.max) {
          issues.push(
            makeIssue("record.out-of-range", path, {
              input: column,
              received: String(count),
              min: "0",
              max: String(declaration.max),
            }),
          );
          return undefined;
        }
        return count;
      };
    case "decimal": {
      const min = declaration.min === undefined ? undefined : new Decimal(declaration.min);
      const max = declaration.max === undefined ? undefined : new Decimal(declaration.max);
      return (value, issues) => {
        const decimal = parseDecimal(value);
        if (decimal === undefined) {
          issues.push(
            makeIssue("record.not-a-decimal", path, { input: column, received: describeValue(value) }),
          );
          return undefined;
        }
        if ((min !== undefined && decimal.lt(min)) || (max !== undefined && decimal.gt(max))) {
          issues.push(
            makeIssue("record.out-of-range", path, {
              input: column,
              received: decimal.toString(),
              ...(min !== undefined && { min: min.toString() }),
              ...(max !== undefined && { max: max.toString() }),
            }),
          );
          return undefined;
        }
        return decimal;
      };
    }
    case "tier":
      return tierParser(column, declaration);
    case "money":
      return moneyParser(column, declaration);
    case "scores":
      return scoresParser(column, declaration);
  }
}

/** Answers separated in one cell: `很满意;基本满意` (ASCII or full-width semicolons). */
export const ANSWER_SEPARATOR = /[;；]/;

function tierParser(column: string, declaration: TierInput): Parser {
  const path: PathSegment[] = [column];
  const tierOf = tierLookup(declaration);
  const ids = declaration.options.map((option) => option.id);
  return (value, issues) => {
    const answers = Array.isArray(value)
      ? value
      : typeof value === "string"
        ? value.split(ANSWER_SEPARATOR).filter((part) => part.trim() !== "")
        : [value];
    if (!declaration.many && answers.length > 1) {
      issues.push(makeIssue("record.too-many-answers", path, { input: column, count: answers.length }));
      return undefined;
    }
    const tiers: string[] = [];
    for (const answer of answers) {
      const tier = typeof answer === "string" ? tierOf(answer) : undefined;
      if (tier === undefined) {
        issues.push(
          makeIssue("record.unknown-tier", path, {
            input: column,
            received: describeValue(answer),
            options: ids,
          }),
        );
        return undefined;
      }
      tiers.push(tier);
    }
    // The mean does not depend on the order of answers; sorting makes the trace not depend on it either.
    return tiers.length > 1 ? tiers.sort() : tiers;
  };
}

/**
 * The tier id an answer names: any spelling of any option (id, names, aliases), case- and
 * space-insensitive; undefined for none.
 *
 * @example
 * ```ts
 * tierLookup(survey)("Very satisfied"); //=> "very-satisfied"
 * ```
 */
export function tierLookup(declaration: TierInput): (answer: string) => string | undefined {
  const spellings = new Map<string, string>();
  for (const option of declaration.options) {
    const names = [option.id, option.name?.en, option.name?.["zh-CN"], ...(option.aliases ?? [])];
    for (const name of names) if (name !== undefined) spellings.set(normalize(name), option.id);
  }
  // An answer spelled as its id (or a Chinese name) is found as is; others once normalized.
  return (answer) => spellings.get(answer) ?? spellings.get(normalize(answer));
}

function countsReader(id: string, declaration: CountsInput): InputReader {
  const required = declaration.required ?? true;
  const keys = declaration.keys.map((key) => ({ key, column: declaration.columns?.[key] ?? `${id}.${key}` }));
  return (raw, issues) => {
    const nested = own(raw, id);
    // Keys are declared ids (a letter first): a plain object is safe, and faster than a prototype-less one.
    const counts: Record<string, number> = {};
    let missing = false;
    if (typeof nested === "object" && nested !== null && !Array.isArray(nested)) {
      // An object names its keys: a key it leaves out is 0; one the policy does not know is an error.
      for (const key of Object.keys(nested)) {
        if (!declaration.keys.includes(key)) {
          issues.push(
            makeIssue("record.unknown-key", [id, key], { input: id, key, known: declaration.keys }),
          );
        }
      }
      for (const { key } of keys) {
        const value = own(nested as Record<string, unknown>, key);
        counts[key] = isEmpty(value) ? 0 : (readCount(`${id}.${key}`, [id, key], value, issues) ?? 0);
      }
      return counts;
    }
    for (const { key, column } of keys) {
      const value = own(raw, column);
      if (isEmpty(value)) {
        if (declaration.default !== undefined) counts[key] = declaration.default;
        else if (required) issues.push(makeIssue("record.missing-value", [column], { input: column }));
        else missing = true;
        continue;
      }
      counts[key] = readCount(column, [column], value, issues) ?? 0;
    }
    return missing ? undefined : counts;
  };
}

function readCount(input: string, path: PathSegment[], value: unknown, issues: Issue[]): number | undefined {
  const count = parseCount(value);
  if (count === undefined)
    issues.push(makeIssue("record.not-a-count", path, { input, received: describeValue(value) }));
  return count;
}

function defaultOf(declaration: Exclude<InputDeclaration, CountsInput>): InputValue | undefined {
  if (declaration.type === "tier" || declaration.type === "scores" || declaration.default === undefined)
    return undefined;
  if (declaration.type === "decimal" || declaration.type === "money") return new Decimal(declaration.default);
  return declaration.default as InputValue;
}

function normalize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}
