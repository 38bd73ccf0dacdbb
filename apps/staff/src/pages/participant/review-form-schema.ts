import type { TProgressionModel, TProgressionPlan, TReviewScores } from "@skridt/instruments/client";
import { ZAmendReview, ZChangeReason, ZReviewFields } from "@skridt/validators";
import { z } from "zod";
import { filledIn } from "./form-rules";

/** One area as the form holds it: radio values are strings, "" until chosen. */
export interface AreaValues {
  skip: boolean;
  mentor: string;
  participant: string;
  note: string;
}

export interface ReviewValues {
  reviewedOn: string;
  note: string;
  reason: string;
  areas: Record<string, AreaValues>;
}

export type ReviewMode = "create" | "edit" | "amend";

export interface ReviewMessages {
  chooseScore: string;
  chooseParticipant: string;
  nothingScored: string;
}

/** Whether the form asks for the participant's own score beside the mentor's. */
export function asksParticipant(model: TProgressionModel): boolean {
  // The ladder works from the participant's own number (the asymmetric alliance); on the
  // relative Halsnæs scale the mentor scores together with the participant, one number.
  return model.participantScore === "required" || (model.kind === "ladder" && model.participantScore !== "none");
}

/**
 * The form's rules, built for this model and plan: every area scored or skipped out loud
 * (as validateReview wants), the participant's score where the model requires it, and a
 * reason when a locked review is amended; date, note and reason by the API's own rules.
 */
export function reviewFormSchema(model: TProgressionModel, plan: TProgressionPlan, mode: ReviewMode, messages: ReviewMessages) {
  // An area's note: ZAreaScore's limit, which the instruments' browser entry does not export.
  const area = z.object({ skip: z.boolean(), mentor: z.string(), participant: z.string(), note: z.string().trim().max(2000) });
  return z
    .object({
      // An amendment keeps the review's day; the form does not ask for it.
      reviewedOn: mode === "amend" ? z.string() : filledIn(ZReviewFields.shape.reviewedOn),
      note: ZAmendReview.shape.note,
      reason: mode === "amend" ? ZChangeReason : z.string(),
      areas: z.record(z.string(), area),
    })
    .superRefine((values, ctx) => {
      let scored = 0;
      for (const areaId of plan.areaIds) {
        const value = values.areas[areaId];
        if (!value || value.skip) continue;
        scored++;
        if (value.mentor === "") ctx.addIssue({ code: "custom", path: ["areas", areaId, "mentor"], message: messages.chooseScore });
        if (model.participantScore === "required" && value.participant === "") {
          ctx.addIssue({ code: "custom", path: ["areas", areaId, "participant"], message: messages.chooseParticipant });
        }
      }
      if (scored === 0) ctx.addIssue({ code: "custom", path: ["areas"], message: messages.nothingScored });
    });
}

/** The stored review as form values (for editing or amending it). */
export function valuesFromScores(plan: TProgressionPlan, scores: TReviewScores | null, reviewedOn: string, note: string): ReviewValues {
  const areas: Record<string, AreaValues> = {};
  for (const areaId of plan.areaIds) {
    const score = scores && Object.hasOwn(scores, areaId) ? scores[areaId] : undefined;
    areas[areaId] = {
      // A new review starts with every area to be scored; a stored null was a skip.
      skip: score === null,
      mentor: score ? String(score.mentor) : "",
      participant: score?.participant !== undefined ? String(score.participant) : "",
      note: score?.note ?? "",
    };
  }
  return { reviewedOn, note, reason: "", areas };
}

/** The form's values as the API's scores: null for a skipped area, numbers for the radios. */
export function scoresFromValues(plan: TProgressionPlan, values: ReviewValues): TReviewScores {
  const scores: TReviewScores = {};
  for (const areaId of plan.areaIds) {
    const value = values.areas[areaId];
    if (!value || value.skip || value.mentor === "") {
      scores[areaId] = null;
      continue;
    }
    const note = value.note.trim();
    scores[areaId] = {
      mentor: Number(value.mentor),
      ...(value.participant !== "" ? { participant: Number(value.participant) } : {}),
      ...(note ? { note } : {}),
    };
  }
  return scores;
}
