import { STATUS_CODES, STATUSES, type TStatusEvent } from "@skridt/instruments/client";
// The status rules live in ZStatusEvent (hours where required, "in process" only for pension
// and flex job). The browser entry does not export it yet, so the full entry is imported for
// this one schema; it brings the built-in questionnaires along, hence status-form is lazy.
import { ZStatusEvent } from "@skridt/instruments";
import { z } from "zod";

export interface StatusMessages {
  hoursRequired: string;
  hoursNotAllowed: string;
  inProcessNotAllowed: string;
}

/** What the form sends: only the fields the chosen status can have, so a hidden field never trips a rule. */
export function eventFromForm(values: { status: TStatusEvent["status"]; occurredOn: string; hoursPerWeek: number | ""; inProcess: boolean }): TStatusEvent {
  const def = STATUSES[values.status];
  return {
    status: values.status,
    occurredOn: values.occurredOn,
    ...(def.hours !== "none" && values.hoursPerWeek !== "" ? { hoursPerWeek: values.hoursPerWeek } : {}),
    ...(def.canBeInProcess && values.inProcess ? { inProcess: true } : {}),
  };
}

/** Statuses that happen at a workplace: the form offers the company register for them. */
export const hasCompany = (status: TStatusEvent["status"]) => STATUSES[status].group === "internship" || STATUSES[status].group === "work";

/** The form's fields, checked by the API's own ZStatusEvent and its issues put back on the fields. */
export function statusFormSchema(messages: StatusMessages) {
  return z
    .object({
      status: z.enum(STATUS_CODES),
      occurredOn: z.iso.date(),
      hoursPerWeek: z.union([z.literal(""), z.coerce.number().positive().max(80)]),
      inProcess: z.boolean(),
      note: z.string().trim().max(1000),
      /** "" for none; only sent for internship and work statuses. */
      companyId: z.string().max(64),
    })
    .superRefine((values, ctx) => {
      const checked = ZStatusEvent.safeParse(eventFromForm(values));
      if (checked.success) return;
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        if (field === "hoursPerWeek") {
          ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: values.hoursPerWeek === "" ? messages.hoursRequired : messages.hoursNotAllowed });
        } else if (field === "inProcess") {
          ctx.addIssue({ code: "custom", path: ["inProcess"], message: messages.inProcessNotAllowed });
        }
      }
    });
}
