import { z } from "zod";
import { ZId } from "./ids";
import { ZOrgScope } from "./roles";

/** How a message goes out. */
export const MESSAGE_CHANNELS = ["email", "sms"] as const;
export const MESSAGE_LOCALES = ["da", "en"] as const;

export const ZParticipantMessages = ZOrgScope.extend({ participantId: ZId });

/** A participant's choice: channel (null = e-mail when there is an address, else SMS) and language. */
export const ZMessagePreference = ZOrgScope.extend({
  participantId: ZId,
  channel: z.enum(MESSAGE_CHANNELS).nullable(),
  locale: z.enum(MESSAGE_LOCALES),
});
export type TMessagePreference = z.infer<typeof ZMessagePreference>;

/** An employer's or volunteer's questionnaire link sent to them by e-mail (or SMS when they have no e-mail). */
export const ZSendExternalLink = ZOrgScope.extend({ surveyId: ZId });

/** Whole days after the invitation when reminders go out, at most three (e.g. [3, 7]); [] sends none. */
export const ZReminderDaysInput = ZOrgScope.extend({
  programmeId: ZId,
  // Stored in order, each day once.
  days: z
    .array(z.number().int().min(1).max(60))
    .max(3)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
});
