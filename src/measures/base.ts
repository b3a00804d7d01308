import { nameSchema } from "../policy/schema/common";

/** The fields every measure kind's schema starts with (a measure's id is its key under `measures`). */
export const measureBaseShape = {
  name: nameSchema.optional(),
  description: nameSchema.optional(),
};
