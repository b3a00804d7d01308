// Types of reference.mjs, for the TypeScript tests in test/bench/.
import type { BenchRecord } from "./generate.mjs";

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}
export interface ReferenceOutcome {
  readonly total: string;
  readonly totalExact: string;
  readonly grade: string;
  readonly pay: string;
  readonly payIsHalfCentTie: boolean;
  readonly totalTerminates: boolean;
}
export function rational(n: bigint, d?: bigint): Rational;
export function parseRational(text: string): Rational;
export function add(a: Rational, b: Rational): Rational;
export function mul(a: Rational, b: Rational): Rational;
export function div(a: Rational, b: Rational): Rational;
export function cmp(a: Rational, b: Rational): -1 | 0 | 1;
export function toFixedHalfUp(value: Rational, places: number): string;
export function toTrimmedHalfUp(value: Rational, places: number): string;
export function referenceOutcome(record: BenchRecord): ReferenceOutcome;
export function isHalfCentTie(amount: Rational): boolean;
export function terminates(value: Rational): boolean;
