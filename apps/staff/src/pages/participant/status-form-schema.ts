import { STATUSES, type TStatusEvent } from "@skridt/instruments/client";
import { ZCreateStatusEvent } from "@skridt/validators";
import { z } from "zod";
import { filledIn } from "./form-rules";

// The API's own rules: the event (hours where required, "in process" only for pension and flex
// job) and the note; the form only turns its inputs' strings into them.
const ZEvent = ZCreateStatusEvent.shape.event;

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
      status: ZEvent.shape.status,
      occurredOn: filledIn(ZEvent.shape.occurredOn),
      hoursPerWeek: z.union([z.literal(""), z.coerce.number().pipe(ZEvent.shape.hoursPerWeek.unwrap())]),
      inProcess: z.boolean(),
      note: ZCreateStatusEvent.shape.note.unwrap(),
      /** "" for none; only sent for internship and work statuses. */
      companyId: z.string().max(64),
    })
    .superRefine((values, ctx) => {
      const checked = ZEvent.safeParse(eventFromForm(values));
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
