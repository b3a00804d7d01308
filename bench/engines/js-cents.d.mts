// Types of js-cents.mjs, for the TypeScript tests in test/bench/.
import type { OutcomeText } from "../lib/check.mjs";
import type { BenchRecord } from "../lib/generate.mjs";

export interface CentsOutcome {
  readonly num: number;
  readonly k: number;
  readonly grade: string;
  readonly pay: number | bigint;
}
export function parseCents(text: string): number;
export function hundredthsToString(value: number | bigint): string;
export function scoreRecord(record: BenchRecord): CentsOutcome;
export function toStrings(outcome: CentsOutcome): OutcomeText;
