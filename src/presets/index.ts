import { type Issue, makeIssue } from "../issues/issue";
import type { PolicyInput } from "../policy/schema/policy";
import { afterSalesPerformancePay } from "./after-sales-performance-pay";
import { afterSalesResponse } from "./after-sales-response";
import { branchService } from "./branch-service";
import { customerIndicators } from "./customer-indicators";
import { performancePay } from "./performance-pay";
import { salesPerformancePay } from "./sales-performance-pay";
import { satisfactionWork } from "./satisfaction-work";

/**
 * Every preset, by name: the source policies as plain configs to load, print, copy and edit.
 * Prefer {@link getPreset}, which returns a copy that is safe to edit.
 *
 * @example
 * ```ts
 * Object.keys(presets); //=> ["satisfaction-work", ...]
 * presets["satisfaction-work"].maxScore; //=> 100
 * ```
 */
export const presets: Readonly<Record<string, PolicyInput>> = deepFreeze({
  "satisfaction-work": satisfactionWork,
  "performance-pay": performancePay,
  "sales-performance-pay": salesPerformancePay,
  "after-sales-performance-pay": afterSalesPerformancePay,
  "customer-indicators": customerIndicators,
  "branch-service": branchService,
  "after-sales-response": afterSalesResponse,
});

/** Presets are shared by every caller: frozen, so that no one's edit leaks into another's policy. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The names of the presets.
 *
 * @example
 * ```ts
 * presetNames(); //=> ["satisfaction-work", ...]
 * ```
 */
export function presetNames(): string[] {
  return Object.keys(presets);
}

/**
 * A preset by name, as a fresh copy a caller may edit; `undefined` for an unknown name.
 *
 * @example
 * ```ts
 * const policy = getPreset("satisfaction-work");
 * policy?.maxScore; //=> 100
 * ```
 */
export function getPreset(name: string): PolicyInput | undefined {
  if (!Object.hasOwn(presets, name)) return undefined;
  return structuredClone(presets[name]) as PolicyInput;
}

/**
 * The issue to report when a name is not a preset.
 *
 * @example
 * ```ts
 * unknownPreset("satisfaction").code; //=> "file.unknown-preset"
 * ```
 */
export function unknownPreset(name: string): Issue {
  return makeIssue("file.unknown-preset", [], { name, known: presetNames() });
}
