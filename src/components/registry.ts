import { z } from "zod";
import { deduction } from "./deduction";
import type { ComponentKind } from "./kind";
import { tiers } from "./tiers";

/** Every component kind, by its `kind` name: adding a kind is one file and one line here. */
const KINDS = { deduction, tiers } as const;

/** The schema of any component, chosen by its `kind`. */
export const componentSchema = z.discriminatedUnion("kind", [deduction.schema, tiers.schema]);

/** A component of a policy, of any kind. */
export type Component = z.infer<typeof componentSchema>;

/** The names of the component kinds. */
export type ComponentKindName = Component["kind"];

/**
 * The kind that checks and compiles a component.
 *
 * @example
 * ```ts
 * kindOf({ kind: "tiers", ... }).kind; //=> "tiers"
 * ```
 */
export function kindOf<C extends Component>(component: C): ComponentKind {
  return KINDS[component.kind] as unknown as ComponentKind;
}
