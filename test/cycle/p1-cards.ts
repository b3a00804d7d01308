import { type Appraiser, compile, getPreset, type PolicyInput, type Scorecard } from "../../src/index";

/** A fresh copy of the P1 preset with some fields replaced. */
export function p1With(overrides: Partial<Record<keyof PolicyInput, unknown>> = {}): PolicyInput {
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

/** The P1 appraiser of the preset. */
export const p1 = (): Appraiser => compile(p1With());
