/**
 * kaoping (考评): appraisal policies as typed, exact, explainable rule sets.
 *
 * @packageDocumentation
 */

export type { Component, ComponentKindName } from "./components/registry";
// Periods, ranking and rules across periods.
export {
  type Appraisal,
  type AppraisedScorecard,
  appraise,
  appraiseScorecards,
  type ScorecardsAppraisal,
} from "./cycle/appraise";
export type { CalendarDate } from "./cycle/calendar-date";
export { type GradeCount, type GradeDistribution, gradeDistribution } from "./cycle/distribution";
export { type ExplainSeriesOptions, explainSeries } from "./cycle/explain-series";
export {
  type ImprovementPlan,
  improvementPlanSchema,
  type PlanStatus,
  type TrackOptions,
  trackImprovement,
} from "./cycle/improvement";
export {
  comparePeriods,
  enclosingPeriod,
  makePeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  parsePeriod,
  periodBounds,
  periodContains,
  periodOf,
  periodsWithin,
  shiftPeriod,
  yearBefore,
} from "./cycle/period";
export {
  type RankedEntry,
  type RankMethod,
  type RankOptions,
  rankScorecards,
  type TieBreaker,
} from "./cycle/rank";
export type { GivenReward } from "./cycle/rewards";
export {
  type ScheduledDate,
  type ScheduledMilestone,
  type ScheduleOptions,
  scheduleDates,
} from "./cycle/schedule";
export type { SeriesOutcome, SeriesStep } from "./cycle/series";
export type { SeriesStepCode } from "./cycle/series-words";
export { type Change, type TrendOptions, type TrendPoint, trends } from "./cycle/trend";
export type { ValueRef } from "./cycle/value-ref";
export { mondayToFriday, type WorkingDays } from "./cycle/working-days";
// Exact numbers and languages.
export { Decimal, type DecimalLike, type RoundingMode, round, roundToString } from "./decimal";
// Scoring: compile once, score many, explain.
export { type Appraiser, type BatchResult, compile, type IndexedRejection } from "./engine/compile";
export { type ExplainOptions, explain, sentence } from "./engine/explain";
export { plainScorecard } from "./engine/lazy-scorecard";
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
export type { RankGroup, Ranking, TieBreakerRule } from "./policy/schema/ranking";
export type { Reward } from "./policy/schema/rewards";
export type { Milestone, Schedule, ScheduleDate } from "./policy/schema/schedule";
export type { SeriesRule } from "./policy/schema/series";
// Presets: the source policies as data.
export { getPreset, presetNames, presets } from "./presets/index";
export { performancePaySchedule } from "./presets/schedules";
export type { InputValue, RecordValues } from "./records/values";
// Reports: plain data built from scorecards, rendered to JSON, NDJSON, CSV, Markdown, HTML or text.
export {
  buildReport,
  createReportBuilder,
  type ReportBuilder,
  type ReportOptions,
} from "./report/build-report";
export { REPORT_FORMATS, type ReportFormat, renderReport } from "./report/render";
export type { RenderOptions } from "./report/render-context";
export type {
  GradeCount as ReportGradeCount,
  GradeDistribution as ReportGradeDistribution,
  RejectedRow,
  Report,
  ReportCard,
  ReportComponent,
  ReportPolicy,
  ReportSeriesOutcome,
  ReportStep,
  ReportSummary,
  TrendLine,
} from "./report/report";
export type { RankedScorecard } from "./report/report-card";
export type { TextOptions } from "./report/text";
// SLA: response windows on calendar or working time (P3).
export {
  type CalendarDay,
  calendar24x7,
  type Interval,
  type WorkingCalendar,
  type WorkingCalendarOptions,
  workingCalendar,
} from "./sla/calendar";
export { type CnCalendarOptions, cnCalendar, cnCalendarInfo } from "./sla/cn-calendar";
export { dueAt, elapsedMs } from "./sla/elapsed";
export {
  type CompileSlaOptions,
  compileSla,
  type EvaluateOptions,
  type IndexedTicketRejection,
  type Sla,
  type SlaBatch,
  type SlaStatus,
  type TargetResult,
  type TicketRejection,
  type TicketResult,
} from "./sla/evaluate";
export {
  type SlaCountsJson,
  type SlaSubjectJson,
  slaSubjectToJson,
  type TargetResultJson,
  type TicketResultJson,
  ticketResultToJson,
} from "./sla/json";
export { assertSla } from "./sla/parse-sla";
export { type SlaRecord, slaRecords } from "./sla/records";
export type {
  CalendarSpec,
  SlaClock,
  SlaMetric,
  SlaPolicy,
  SlaPolicyInput,
  SlaPriority,
  SlaRule,
  SlaWindow,
} from "./sla/schema";
export { type SlaCounts, type SlaPriorityCounts, type SlaSubject, summarizeTickets } from "./sla/summary";
export type { TicketInput } from "./sla/ticket";
