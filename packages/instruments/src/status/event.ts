import { z } from "zod";
import { STATUS_CODES, STATUSES } from "./catalogue";
import { ZIsoDate } from "./iso-date";

export const ZStatusCode = z.enum(STATUS_CODES);

/**
 * A status change: from `occurredOn` the participant is in `status` until the next event.
 * The rules that depend on the status (hours only where they make sense, "in process"
 * only for pension and flex job) are checked here so every writer gets them.
 */
export const ZStatusEvent = z
  .strictObject({
    status: ZStatusCode,
    occurredOn: ZIsoDate,
    /** Weekly hours; fractions allowed (a flex job of 12.5 hours is common). */
    hoursPerWeek: z.number().positive().max(80).optional(),
    /** Applied for / being decided, not yet in it (e.g. pension "i proces"). */
    inProcess: z.boolean().optional(),
  })
  .superRefine((event, ctx) => {
    const def = STATUSES[event.status];
    if (event.inProcess && !def.canBeInProcess) {
      ctx.addIssue({ code: "custom", path: ["inProcess"], message: `"${event.status}" cannot be in process` });
    }
    if (event.hoursPerWeek !== undefined && def.hours === "none") {
      ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: `"${event.status}" takes no hours per week` });
    }
    // While a flex job is still in process there is no job yet, hence no hours.
    if (event.hoursPerWeek === undefined && def.hours === "required" && !event.inProcess) {
      ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: `"${event.status}" needs hours per week` });
    }
  });
export type TStatusEvent = z.infer<typeof ZStatusEvent>;
