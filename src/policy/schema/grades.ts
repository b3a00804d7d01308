import { z } from "zod";
import { decimalSchema, idSchema, nameSchema } from "./common";

/** A grade: reached when the total is at least `min`; the last grade has no `min` and takes the rest. */
export const gradeSchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  min: decimalSchema.optional(),
});

/** A declared grade. */
export type Grade = z.infer<typeof gradeSchema>;
