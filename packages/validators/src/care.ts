// A mentor's follow-up of a questionnaire whose scores called for care, and a programme's care settings.
import { z } from "zod";
import { ZId } from "./ids";
import { ZDay } from "./participant";
import { ZParticipantRef } from "./survey";
import { ZOrgScope } from "./roles";
import { ZString } from "./text";

/** contacted: spoke with the participant; not_reached: tried, the item stays on the due list; already_in_contact: help is already in place. */
export const CARE_OUTCOMES = ["contacted", "not_reached", "already_in_contact"] as const;
export const ZCareOutcome = z.enum(CARE_OUTCOMES);
export type TCareOutcome = z.infer<typeof ZCareOutcome>;

export const ZCareFollowUp = ZParticipantRef.extend({ surveyId: ZId, outcome: ZCareOutcome, followedUpOn: ZDay });

const ZLocalized = z.strictObject({ da: ZString.trim().min(1).max(300), en: ZString.trim().min(1).max(300) });

/** The shape of Programme.careSettings (checked again against the built-in rules in packages/instruments). */
export const ZCareSettingsInput = ZOrgScope.extend({
  programmeId: ZId,
  settings: z.strictObject({
    rules: z
      .array(
        z.strictObject({
          instrumentId: ZId,
          scaleId: ZId,
          lowAtMost: z.number().min(0).max(100).optional(),
          dropAtLeast: z.number().positive().max(100).optional(),
        }),
      )
      .max(50)
      .default([]),
    help: z
      .array(
        z.strictObject({
          name: ZLocalized,
          detail: ZLocalized,
          phone: ZString.trim()
            .regex(/^\+?[0-9 ]{3,20}$/)
            .optional(),
        }),
      )
      .min(1)
      .max(12)
      .optional(),
  }),
});

export const ZProgrammeRef = ZOrgScope.extend({ programmeId: ZId });
