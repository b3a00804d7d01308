import { idSchema, nameSchema, pointsSchema } from "../policy/schema/common";

/** The fields every component kind's schema starts with. */
export const componentBaseShape = {
  id: idSchema,
  name: nameSchema.optional(),
  description: nameSchema.optional(),
  /** The most points the component can give. */
  max: pointsSchema,
};
