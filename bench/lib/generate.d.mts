// Types of generate.mjs, for the TypeScript tests in test/bench/.
export interface BenchRecord {
  subject: string;
  inspected: boolean;
  findings: number;
  survey: string[];
  valid_complaints: number;
  major_complaints: number;
  performance_base: string;
}
export interface GeneratorOptions {
  readonly seed: number;
  readonly minBase: number;
  readonly maxBase: number;
  readonly tieShare: number;
}
export const TIERS: readonly string[];
export const DEFAULT_GENERATOR_OPTIONS: Readonly<GeneratorOptions>;
export const CSV_HEADER: string;
export function createGenerator(options?: Partial<GeneratorOptions>): () => BenchRecord;
export function generateRecords(count: number, options?: Partial<GeneratorOptions>): BenchRecord[];
export function toCsvRow(record: BenchRecord): string;
