import { getPreset, type PolicyInput } from "../../src/index";

/** A fresh copy of the P1 preset, to edit in a test. */
export function p1(): PolicyInput {
  const preset = getPreset("satisfaction-work");
  if (preset === undefined) throw new Error("the satisfaction-work preset is missing");
  return preset;
}

/** A P1 record as a CSV row gives it (all strings), with overrides. */
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
