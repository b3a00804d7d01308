/**
 * kaoping (考评): appraisal policies as typed, exact, explainable rule sets.
 *
 * @packageDocumentation
 */

export type { Component, ComponentKindName } from "./components/registry";
// Exact numbers and languages.
export { Decimal, type DecimalLike, type RoundingMode, round, roundToString } from "./decimal";
// Scoring: compile once, score many, explain.
export { type Appraiser, type BatchResult, compile, type IndexedRejection } from "./engine/compile";
export { type ExplainOptions, explain, sentence } from "./engine/explain";
export type { CompileOptions } from "./engine/options";
export {
  type ComponentScore,
  type ComponentScoreJson,
  type Rejection,
  type Scorecard,
  type ScorecardJson,
  scorecardToJson,
} from "./engine/scorecard";
export type { TraceCode, TraceStep, TraceValuesByCode } from "./engine/trace";
export { LOCALES, type Locale, type LocalizedText, localize } from "./i18n/locale";
export type { IssueCode, IssueValuesByCode, PathSegment } from "./issues/codes";
// Issues: errors as data.
export { formatIssue, formatPath, type Issue } from "./issues/issue";
export { PolicyError } from "./issues/policy-error";
// Indicators computed from raw data, and payouts (money).
export type { Measure, MeasureKindName, MeasureResult, MeasureResultJson } from "./measures/registry";
export type { NoDataReason, SurveyStats } from "./measures/result";
export type { PayoutResult } from "./payouts/compile-payouts";
export type { Payout, PayoutKindName } from "./payouts/registry";
export { policyJsonSchema } from "./policy/json-schema";
// Policies: validate, type, describe.
export { assertPolicy, type ParsePolicyResult, parsePolicy } from "./policy/parse";
export type { Condition } from "./policy/schema/condition";
export type { Grade } from "./policy/schema/grades";
export type { InputDeclaration, InputType } from "./policy/schema/inputs";
export type { Policy, PolicyInput } from "./policy/schema/policy";
// Presets: the source policies as data.
export { getPreset, presetNames, presets } from "./presets/index";
