import { compile, getPreset, type Scorecard } from "../../src/index";
import type { RankedScorecard } from "../../src/report/report-card";

/** P1 compiled from its preset. */
export const p1 = compile(getPreset("satisfaction-work")!);

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
  const card = p1.score(p1Record(subject, findings, survey, valid, major, extra));
  if (card.status === "rejected") throw new Error(`rejected: ${card.issues[0]?.message}`);
  return card;
}

/** The worked examples as scorecards, with extra fields (rank, pay) a later stage would add. */
export function workedCards(
  extra: (index: number) => Partial<RankedScorecard> = () => ({}),
): RankedScorecard[] {
  return WORKED.map((w, i) => ({
    ...p1Card(w.subject, w.findings, w.survey, w.valid, w.major),
    ...extra(i),
  }));
}

/** The CSV of the worked examples. */
export const WORKED_CSV = `subject,inspected,findings,survey,valid_complaints,major_complaints
${WORKED.map((w) => `${w.subject},true,${w.findings},${w.survey},${w.valid},${w.major}`).join("\n")}
`;
