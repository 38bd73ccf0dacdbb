import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZChangeReason } from "./reason";
import { ZOrgScope } from "./roles";

export const OCCASIONS = ["start", "end", "followup"] as const;
export const SURVEY_MODES = ["self", "assisted", "phone", "paper"] as const;

const ZToken = z.object({ token: ZString.min(20).max(100) });
const ZCode = z.object({ code: ZString.min(8).max(20) });
/** What a participant's page sends to prove it holds the link: the token, or the short code. */
export const ZCredential = z.union([ZToken, ZCode]);
export type TCredential = z.infer<typeof ZCredential>;

/**
 * One answer as the participant gives it. `value` is checked against the item's own
 * schema on the server (packages/instruments); null clears an answer.
 */
const ZAnswerValue = z.union([z.number(), z.array(z.number()).max(50), ZString.max(5000), z.null()]);
const ZAnswerChange = z.object({
  instrumentId: ZId,
  itemId: ZId,
  value: ZAnswerValue,
  clientMutationId: ZString.min(8).max(64),
  answeredAt: z.iso.datetime(),
});
export const ZSaveAnswer = z.intersection(ZCredential, ZAnswerChange);
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;

export const ZCreateSurvey = ZOrgScope.extend({
  participantId: ZId,
  occasion: z.enum(OCCASIONS),
  mode: z.enum(SURVEY_MODES).default("self"),
});
export type TCreateSurvey = z.input<typeof ZCreateSurvey>;

export const ZSurveyRef = ZOrgScope.extend({ surveyId: ZId });
export const ZParticipantRef = ZOrgScope.extend({ participantId: ZId });

/** How a mentor enters a participant's answers: beside them, on the phone, or from a paper form. */
export const ENTRY_MODES = ["assisted", "phone", "paper"] as const;
export type TEntryMode = (typeof ENTRY_MODES)[number];

/** A participant's survey opened in the staff app, and how its answers are being entered. */
export const ZEntryRef = ZSurveyRef.extend({ mode: z.enum(ENTRY_MODES) });
/** One answer entered by a mentor: the same shape and rules as the participant's own save. */
export const ZEntrySave = ZEntryRef.extend(ZAnswerChange.shape);
/** Submitting a mentor-entered survey; for a paper form, the day it was filled in may be given. */
export const ZEntrySubmit = ZEntryRef.extend({ filledOn: z.iso.date().optional() });

/** Corrects a submitted assessment: changed answers by item id, and why (kept with the new version). */
export const ZCorrectAssessment = ZOrgScope.extend({
  assessmentId: ZId,
  changes: z.record(ZId, ZAnswerValue),
  reason: ZChangeReason,
});
