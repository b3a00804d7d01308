// Types of js-number.mjs, for the TypeScript tests in test/bench/.
import type { OutcomeText } from "../lib/check.mjs";
import type { BenchRecord } from "../lib/generate.mjs";

export interface NumberOutcome {
  readonly total: number;
  readonly grade: string;
  readonly pay: number;
}
export function scoreRecord(record: BenchRecord): NumberOutcome;
export function toStrings(outcome: NumberOutcome): OutcomeText;
