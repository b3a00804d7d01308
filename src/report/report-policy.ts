import type { RoundingMode } from "../decimal";
import type { Policy } from "../policy/schema/policy";
import type { ReportPolicy } from "./report";

/** Decimal places and rounding a report shows scores with when the policy says nothing. */
export const DEFAULT_DISPLAY: ReportPolicy["display"] = { places: 2, rounding: "half-up" };

/**
 * What a report needs to know of a policy: its identity, components, grades and display rules,
 * with numbers as decimal strings.
 *
 * @example
 * ```ts
 * reportPolicy(assertPolicy(getPreset("satisfaction-work"))).grades.map((g) => g.min);
 * //=> ["95", "90", undefined]
 * ```
 */
export function reportPolicy(policy: Policy): ReportPolicy {
  return {
    id: policy.id,
    version: policy.version,
    name: policy.name,
    ...(policy.description !== undefined && { description: policy.description }),
    cycle: policy.cycle,
    maxScore: String(policy.maxScore),
    components: policy.components.map((component) => ({
      id: component.id,
      ...(component.name !== undefined && { name: component.name }),
      max: String(component.max),
    })),
    grades: policy.grades.map((grade) => ({
      id: grade.id,
      ...(grade.name !== undefined && { name: grade.name }),
      ...(grade.min !== undefined && { min: String(grade.min) }),
    })),
    display: {
      places: policy.display?.places ?? DEFAULT_DISPLAY.places,
      rounding: (policy.display?.rounding as RoundingMode | undefined) ?? DEFAULT_DISPLAY.rounding,
    },
  };
}
