import { ZIsoDate } from "@skridt/instruments/client";
import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZOrgScope } from "./roles";
import { ZChangeReason } from "./reason";
import { ZParticipantRef } from "./survey";

/** A progression review: area scores are checked against the programme's model on the server (validateReview). */
export const ZReviewFields = z.object({
  reviewedOn: ZIsoDate,
  scores: z.record(ZId, z.unknown()),
  note: ZString.trim().max(4000).default(""),
  /** Let the participant see this review's scores (not the notes) in Mit forløb; unchanged when left out. */
  sharedWithParticipant: z.boolean().optional(),
});

export const ZCreateReview = ZParticipantRef.extend(ZReviewFields.shape);
export const ZReviewRef = ZOrgScope.extend({ reviewId: ZId });
export const ZUpdateReview = ZReviewRef.extend(ZReviewFields.shape);
/** After 24 hours a review is only amended, with a reason. */
export const ZAmendReview = ZReviewRef.extend({
  scores: z.record(ZId, z.unknown()),
  note: ZString.trim().max(4000),
  reason: ZChangeReason,
  sharedWithParticipant: z.boolean().optional(),
});
