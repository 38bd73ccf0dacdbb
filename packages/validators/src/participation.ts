// Ending (and reopening) a participation: the reasons, with their Danish and English labels,
// and the inputs of the procedures that end, reopen, reassign and end many at once.
import type { TStatusCode } from "@skridt/instruments/client";
import { z } from "zod";
import { ZId } from "./ids";
import { ZDay } from "./participant";
import { ZParticipantRef } from "./survey";
import { ZOrgScope } from "./roles";

/**
 * Why a participation ended. The first seven are the catalogue; "transferred" and
 * "deceased" are there because the statuses that end a participation (Overgået til anden
 * aktør, Død) must end it with a reason that says what happened, not "other" or "dropped out".
 */
export const END_REASONS = ["completed", "dropped_out", "moved", "job", "education", "pension", "transferred", "deceased", "other"] as const;
export const ZEndReason = z.enum(END_REASONS);
export type TEndReason = z.infer<typeof ZEndReason>;

export const END_REASON_LABELS: Readonly<Record<TEndReason, { da: string; en: string }>> = {
  completed: { da: "Forløbet er gennemført", en: "Programme completed" },
  dropped_out: { da: "Stoppet før tid", en: "Dropped out" },
  moved: { da: "Flyttet", en: "Moved away" },
  job: { da: "Begyndt i job", en: "Started work" },
  education: { da: "Begyndt på uddannelse", en: "Started education" },
  pension: { da: "Pension", en: "Pension" },
  transferred: { da: "Overgået til anden aktør", en: "Transferred to another provider" },
  deceased: { da: "Død", en: "Deceased" },
  other: { da: "Anden årsag", en: "Other reason" },
};

/**
 * The reason a status that ends the participation (STATUSES[code].endsParticipation in
 * packages/instruments) ends it with. A unit test checks every such status has one.
 */
export const END_REASON_OF_STATUS: Partial<Record<TStatusCode, TEndReason>> = {
  withdrawn: "dropped_out",
  other_provider: "transferred",
  deceased: "deceased",
};

/**
 * Why a participation is reopened. Only a key is kept (in the audit log): a free-text reason
 * there could not be erased with the participant, and these say what an auditor needs.
 */
export const REOPEN_REASONS = ["ended_by_mistake", "wrong_date_or_reason", "returned", "other"] as const;
export const ZReopenReason = z.enum(REOPEN_REASONS);
export type TReopenReason = z.infer<typeof ZReopenReason>;

export const REOPEN_REASON_LABELS: Readonly<Record<TReopenReason, { da: string; en: string }>> = {
  ended_by_mistake: { da: "Afsluttet ved en fejl", en: "Ended by mistake" },
  wrong_date_or_reason: { da: "Forkert dato eller årsag (afsluttes igen bagefter)", en: "Wrong date or reason (to be ended again)" },
  returned: { da: "Deltageren er vendt tilbage til forløbet", en: "The participant has come back to the programme" },
  other: { da: "Anden årsag", en: "Other reason" },
};

/** Ending one participation: the last day and why. The server checks the day against enrolment and today. */
export const ZEndParticipation = ZParticipantRef.extend({ endedOn: ZDay, reason: ZEndReason });
export type TEndParticipation = z.input<typeof ZEndParticipation>;

export const ZReopenParticipation = ZParticipantRef.extend({ reason: ZReopenReason });
export type TReopenParticipation = z.input<typeof ZReopenParticipation>;

/** An admin gives a participant another mentor of the same organisation. */
export const ZReassignMentor = ZParticipantRef.extend({ mentorId: ZId });
export type TReassignMentor = z.input<typeof ZReassignMentor>;

/** A project's closing day: many participations ended with one day and reason, all or none. */
export const BULK_END_MAX = 500;
export const ZEndParticipations = ZOrgScope.extend({
  participantIds: z
    .array(ZId)
    .min(1)
    .max(BULK_END_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: "duplicate" }),
  endedOn: ZDay,
  reason: ZEndReason,
});
export type TEndParticipations = z.input<typeof ZEndParticipations>;

/** What stops one participation from being ended; the bulk refusal lists them row by row. */
export const END_PROBLEMS = ["not_found", "erased", "already_ended", "before_enrolment", "in_future"] as const;
export type TEndProblem = (typeof END_PROBLEMS)[number];
