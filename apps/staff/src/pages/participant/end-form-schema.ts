import { ZDay, ZEndReason } from "@skridt/validators";
import { z } from "zod";
import { filledIn } from "./form-rules";

export interface EndFormMessages {
  required: string;
  beforeEnrolment: string;
  inFuture: string;
}

/**
 * The end form's fields, by the API's own rules (ZDay, ZEndReason) plus the day's bounds the
 * API checks too: not before enrolment, not after today. The reason starts unchosen on purpose:
 * a default would be recorded by anyone who did not look.
 */
export function endFormSchema(bounds: { enrolledOn: string; today: string }, messages: EndFormMessages) {
  return z
    .object({
      endedOn: filledIn(ZDay),
      reason: z.union([z.literal(""), ZEndReason]).refine((value) => value !== "", { message: messages.required }),
    })
    .superRefine((values, ctx) => {
      if (values.endedOn < bounds.enrolledOn) ctx.addIssue({ code: "custom", path: ["endedOn"], message: messages.beforeEnrolment });
      if (values.endedOn > bounds.today) ctx.addIssue({ code: "custom", path: ["endedOn"], message: messages.inFuture });
    });
}
