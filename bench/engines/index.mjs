/**
 * The engines under test. Each module exports `create(options)` returning an {@link Engine}:
 * `score(record)` scores one record of P1 + P2's pay rule into the engine's natural result (a
 * Decimal, integer cents, a float rounded to cents…) with the grade as a string — that is what
 * the timed loop runs; `toStrings(outcome)` writes it as `{ total, grade, pay }` text for the
 * check against the reference, outside the timed loop. The harness runs each engine in its own
 * worker thread (and its own child process for memory).
 *
 * @typedef {{ total: string, grade: string, pay: string }} OutcomeText
 * @typedef {{ grade: string }} Outcome
 * @typedef {{
 *   async: boolean,
 *   score(record: import("../lib/generate.mjs").BenchRecord): Outcome | Promise<Outcome>,
 *   toStrings(outcome: any): OutcomeText,
 *   dispose?(): void,
 * }} Engine
 * @typedef {{
 *   id: string, label: string, module: string, options?: object,
 *   arithmetic: string, baseline?: true, peer?: true,
 * }} EngineEntry
 */

/** @type {readonly EngineEntry[]} In the order of the table. */
export const ENGINES = Object.freeze([
  {
    id: "js-cents",
    label: "hand-written JS, integer cents",
    module: "js-cents.mjs",
    arithmetic: "integers, fractions",
    baseline: true,
  },
  { id: "js-number", label: "hand-written JS, numbers", module: "js-number.mjs", arithmetic: "floats" },
  {
    id: "js-decimal",
    label: "hand-written decimal.js",
    module: "js-decimal.mjs",
    arithmetic: "decimal.js, 40 digits",
  },
  {
    id: "kaoping",
    label: "kaoping, trace off",
    module: "kaoping.mjs",
    options: { trace: false },
    arithmetic: "integers; decimal.js when read",
  },
  {
    id: "kaoping-trace",
    label: "kaoping, trace on",
    module: "kaoping.mjs",
    options: { trace: true },
    arithmetic: "integers; decimal.js when read",
  },
  {
    id: "kaoping-trace-read",
    label: "kaoping, trace on and read",
    module: "kaoping.mjs",
    options: { trace: true, read: true },
    arithmetic: "decimal.js, 40 digits",
  },
  {
    id: "json-logic-engine",
    label: "json-logic-engine 5 (compiled)",
    module: "json-logic-engine.mjs",
    arithmetic: "floats",
    peer: true,
  },
  {
    id: "json-logic-js",
    label: "json-logic-js 2",
    module: "json-logic-js.mjs",
    arithmetic: "floats",
    peer: true,
  },
  {
    id: "json-rules-engine",
    label: "json-rules-engine 7 (awaited run)",
    module: "json-rules-engine.mjs",
    arithmetic: "floats",
    peer: true,
  },
  {
    id: "zen-engine",
    label: "@gorules/zen-engine 0.52.1 (awaited evaluate)",
    module: "zen-engine.mjs",
    arithmetic: "rust_decimal, 28 digits",
    peer: true,
  },
]);

/** Loads an engine's module and creates it. */
export async function createEngine(entry) {
  const module = await import(new URL(entry.module, import.meta.url).href);
  return module.create(entry.options ?? {});
}
