import { z } from "zod";
import { idSchema, issueCode, nameSchema, positiveSchema } from "../policy/schema/common";

/** A local date, `YYYY-MM-DD` (a holiday, an extra working day). */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, issueCode("schema.invalid-format"))
  .describe("A date, YYYY-MM-DD.");

/** Working hours of one day: `"09:00-12:00"`; an end of `24:00` runs to midnight. */
export const shiftSchema = z
  .string()
  .regex(
    /^(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/,
    issueCode("schema.invalid-format"),
  )
  .describe('Working hours, "HH:MM-HH:MM", such as "09:00-12:00"; "24:00" ends at midnight.');

const shiftsSchema = z
  .array(shiftSchema)
  .describe("The shifts of the day, in order; none: not a working day.");

/** The days of the week, as a calendar's `hours` names them. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Weekly working hours: each day's shifts; a day left out has none. */
export const weekHoursSchema = z
  .strictObject(
    Object.fromEntries(WEEKDAYS.map((day) => [day, shiftsSchema.optional()])) as Record<
      Weekday,
      z.ZodOptional<typeof shiftsSchema>
    >,
  )
  .describe("Working hours by day of the week (mon … sun); a day left out is not a working day.");

/** A holiday or an extra working day, as a date or as a date with its name. */
export const calendarDaySchema = z.union([
  localDateSchema,
  z.strictObject({ date: localDateSchema, name: nameSchema.optional() }),
]);

/**
 * A working calendar as data: a time zone, weekly hours (split shifts allowed), holidays and
 * extra working days; `base: "cn"` starts from the PRC public holidays and make-up working days.
 */
export const calendarSpecSchema = z
  .strictObject({
    base: z.literal("cn").optional().describe('Start from the built-in PRC calendar ("cn").'),
    zone: z.string().min(1).optional().describe("An IANA time zone, such as Asia/Shanghai."),
    name: nameSchema.optional(),
    hours: weekHoursSchema
      .optional()
      .describe("Weekly working hours; Monday to Friday 09:00-18:00 if left out."),
    workdayHours: shiftsSchema
      .optional()
      .describe("The hours of an extra working day (调休); the first working weekday's hours if left out."),
    holidays: z.array(calendarDaySchema).optional().describe("Days off, added to the base's."),
    workdays: z.array(calendarDaySchema).optional().describe("Extra working days, added to the base's."),
  })
  .describe("A working calendar.");

/** A calendar written as data. */
export type CalendarSpec = z.infer<typeof calendarSpecSchema>;

/** A response window: a positive number of minutes, hours or working days (exactly one). */
export const windowSchema = z
  .union([
    z.strictObject({ minutes: positiveSchema }),
    z.strictObject({ hours: positiveSchema }),
    z.strictObject({ workingDays: positiveSchema }),
  ])
  .describe(
    "A window: { minutes }, { hours } or { workingDays } (a working day is the calendar's day of hours).",
  );

/** A response window as written in a policy. */
export type SlaWindow = z.infer<typeof windowSchema>;

/** What an SLA measures: the time to the first response, and the time to resolution. */
export const METRICS = ["firstResponse", "resolution"] as const;

/** An SLA metric. */
export type SlaMetric = (typeof METRICS)[number];

/** The clock a window runs on: calendar time (24×7), or working time on a calendar. */
export const clockSchema = z.enum(["calendar", "working"]);

/** A clock. */
export type SlaClock = z.infer<typeof clockSchema>;

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** An SLA rule: when it matches a ticket, its targets apply. The first matching rule wins. */
export const slaRuleSchema = z.strictObject({
  id: idSchema.optional(),
  name: nameSchema.optional(),
  when: z
    .strictObject({
      priority: oneOrMany.optional().describe("A priority id, or several."),
      category: oneOrMany.optional().describe("A ticket category, or several."),
    })
    .optional()
    .describe("What the rule matches; left out, it matches every ticket."),
  targets: z
    .strictObject({ firstResponse: windowSchema.optional(), resolution: windowSchema.optional() })
    .describe("The windows: first response, resolution (at least one)."),
  clock: clockSchema.optional().describe("This rule's clock, instead of the SLA's."),
});

/** An SLA rule. */
export type SlaRule = z.infer<typeof slaRuleSchema>;

/** A ticket priority (or category of request): an id, its names and other spellings. */
export const prioritySchema = z.strictObject({
  id: idSchema,
  name: nameSchema.optional(),
  aliases: z.array(z.string().min(1)).optional(),
});

/** A declared priority. */
export type SlaPriority = z.infer<typeof prioritySchema>;

/**
 * The SLA section of a policy: priorities, rules with their windows, the clock and the
 * calendars it may run on.
 */
export const slaSchema = z
  .strictObject({
    zone: z
      .string()
      .min(1)
      .optional()
      .describe("The time zone of times written without an offset; the working calendar's if left out."),
    clock: clockSchema
      .optional()
      .describe('The clock of every rule that names none: "calendar" (default) or "working".'),
    calendar: z
      .string()
      .min(1)
      .optional()
      .describe('The working calendar: "cn" (default), or the id of one under "calendars".'),
    calendars: z.record(idSchema, calendarSpecSchema).optional().describe("Working calendars, by id."),
    priorities: z.array(prioritySchema).min(1).describe("The priorities tickets may carry."),
    rules: z
      .array(slaRuleSchema)
      .min(1)
      .describe("The rules, in order: the first that matches a ticket applies."),
    pausedStatuses: z
      .array(z.string().min(1))
      .optional()
      .describe("Statuses in a ticket's history that stop the clock, such as waiting-for-customer."),
  })
  .describe("Service-level agreement: response windows by priority.");

/** The SLA section of a policy, validated. */
export type SlaPolicy = z.output<typeof slaSchema>;

/** The SLA section as written, before validation. */
export type SlaPolicyInput = z.input<typeof slaSchema>;
