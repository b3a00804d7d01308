import { z } from "zod";
import { bands } from "./bands";
import { deduction } from "./deduction";
import { given } from "./given";
import type { ComponentKind } from "./kind";
import { linear } from "./linear";
import { tiers } from "./tiers";
import { type PartComponent, weightedKind } from "./weighted";

/** `weighted` holds components of any kind: it is built with the union below. */
const weighted = weightedKind(anyComponent, kindOf);

/** Every component kind, by its `kind` name: adding a kind is one file and one line here. */
const KINDS = { deduction, tiers, bands, linear, given, weighted } as const;

/** The schema of any component, chosen by its `kind`. */
export const componentSchema = z.discriminatedUnion("kind", [
  deduction.schema,
  tiers.schema,
  bands.schema,
  linear.schema,
  given.schema,
  weighted.schema,
]);

/** A component of a policy, of any kind. */
export type Component = z.infer<typeof componentSchema>;

/** The names of the component kinds. */
export type ComponentKindName = Component["kind"];

/** The schema of any component, typed loosely so that `weighted` can hold it without a type cycle. */
function anyComponent(): z.ZodType<PartComponent> {
  return componentSchema as unknown as z.ZodType<PartComponent>;
}

/**
 * The kind that checks and compiles a component.
 *
 * @example
 * ```ts
 * kindOf({ kind: "tiers", ... }).kind; //=> "tiers"
 * ```
 */
export function kindOf<C extends Component | PartComponent>(component: C): ComponentKind {
  return KINDS[component.kind as ComponentKindName] as unknown as ComponentKind;
}
