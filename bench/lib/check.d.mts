// Types of check.mjs, for the TypeScript tests in test/bench/.
import type { BenchRecord } from "./generate.mjs";

export interface OutcomeText {
  readonly total: string;
  readonly grade: string;
  readonly pay: string;
}
export interface Mismatches {
  readonly total: number;
  readonly grade: number;
  readonly pay: number;
  readonly records: number;
  readonly examples: readonly {
    index: number;
    field: "total" | "grade" | "pay";
    expected: string;
    got: string | null;
    record: BenchRecord;
  }[];
}
export const FIELDS: readonly ["total", "grade", "pay"];
export function canonicalDecimal(value: unknown): string;
export function countMismatches(
  results: readonly OutcomeText[],
  expected: { readonly total: readonly string[]; readonly grade: readonly string[]; readonly pay: readonly string[] },
  records: readonly BenchRecord[],
  maxExamples?: number,
): Mismatches;
