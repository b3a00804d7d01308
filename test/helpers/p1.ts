// The P1 preset (POLICIES.md) in the forms tests need: the policy, rows, cards, worked examples.
import {
  type Appraiser,
  compile,
  getPreset,
  type PolicyInput,
  plainScorecard,
  type Scorecard,
} from "../../src/index";
import type { RankedScorecard } from "../../src/report/report-card";

/** A fresh copy of the P1 preset with some fields replaced. */
export function p1Policy(overrides: Partial<Record<keyof PolicyInput, unknown>> = {}): PolicyInput {
  const preset = getPreset("satisfaction-work");
  if (preset === undefined) throw new Error("the satisfaction-work preset is missing");
  return { ...preset, ...overrides } as PolicyInput;
}

/** A P1 record as a CSV row gives it (strings), with overrides. */
export function p1Row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: "Unit A",
    inspected: "true",
    findings: "0",
    survey: "very-satisfied",
    valid_complaints: "0",
    major_complaints: "0",
    ...overrides,
  };
}

/** Scores a record that must be good. */
export function cardOf(appraiser: Appraiser, record: Record<string, unknown>): Scorecard {
  const card = appraiser.score(record);
  if (card.status === "rejected") throw new Error(JSON.stringify(card.issues));
  return card;
}

// Three kinds of P1 month, worked out by hand from POLICIES.md:
/** 3 findings, basically satisfied, 1 valid complaint: 47 + 16 + 24 = 87, fail. */
export const FAILING = { findings: "3", survey: "basically-satisfied", valid_complaints: "1" };
/** 2 findings, very satisfied: 48 + 20 + 30 = 98, excellent. */
export const PASSING = { findings: "2" };
/** Not inspected and no complaint: no opinion. */
export const NO_OPINION = { inspected: "false" };

/** P1 compiled from its preset (an appraiser holds no state: one serves every test). */
export const p1Appraiser = compile(p1Policy());

/**
 * P1's four worked examples (POLICIES.md): findings, survey tier, valid and major complaints →
 * 87 fail, 100 excellent, 4 fail, 95 excellent.
 */
export const WORKED = [
  {
    subject: "North",
    findings: 3,
    survey: "basically-satisfied",
    valid: 1,
    major: 0,
    total: "87",
    grade: "fail",
  },
  {
    subject: "East",
    findings: 0,
    survey: "very-satisfied",
    valid: 0,
    major: 0,
    total: "100",
    grade: "excellent",
  },
  {
    subject: "Workshop",
    findings: 60,
    survey: "very-dissatisfied",
    valid: 0,
    major: 3,
    total: "4",
    grade: "fail",
  },
  {
    subject: "West",
    findings: 5,
    survey: "very-satisfied",
    valid: 0,
    major: 0,
    total: "95",
    grade: "excellent",
  },
] as const;

/** A P1 record. */
export function p1Record(
  subject: string,
  findings: number,
  survey: string,
  valid: number,
  major: number,
  extra: Record<string, unknown> = {},
) {
  return {
    subject,
    inspected: true,
    findings,
    survey,
    valid_complaints: valid,
    major_complaints: major,
    ...extra,
  };
}

/** Scores a P1 record that is known to be good. */
export function p1Card(
  subject: string,
  findings: number,
  survey: string,
  valid: number,
  major: number,
  extra: Record<string, unknown> = {},
): Scorecard {
  const card = p1Appraiser.score(p1Record(subject, findings, survey, valid, major, extra));
  if (card.status === "rejected") throw new Error(`rejected: ${card.issues[0]?.message}`);
  return card;
}

/** The worked examples as scorecards, with extra fields (rank, pay) a later stage would add. */
export function workedCards(
  extra: (index: number) => Partial<RankedScorecard> = () => ({}),
): RankedScorecard[] {
  return WORKED.map((w, i) => ({
    ...plainScorecard(p1Card(w.subject, w.findings, w.survey, w.valid, w.major)),
    ...extra(i),
  }));
}

/** The CSV of the worked examples. */
export const WORKED_CSV = `subject,inspected,findings,survey,valid_complaints,major_complaints
${WORKED.map((w) => `${w.subject},true,${w.findings},${w.survey},${w.valid},${w.major}`).join("\n")}
`;
