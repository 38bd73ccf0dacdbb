import { ZIsoDate } from "@skridt/instruments/client";
import { z } from "zod";
import { ZString } from "./text";
import { ZId } from "./ids";
import { ZOrgScope } from "./roles";
import { ZParticipantRef } from "./survey";

export const GOAL_STATUSES = ["open", "reached", "dropped"] as const;
export type TGoalStatus = (typeof GOAL_STATUSES)[number];

/** A sub-goal (delmål): what, what the participant does, what the mentor does, by when. */
export const ZGoalFields = z.object({
  areaId: ZId,
  title: ZString.trim().min(2).max(300),
  actions: ZString.trim().max(2000).default(""),
  support: ZString.trim().max(2000).default(""),
  dueOn: ZIsoDate.nullable().default(null),
  reviewId: ZId.nullable().default(null),
});

export const ZCreateGoal = ZParticipantRef.extend(ZGoalFields.shape);
export const ZUpdateGoal = ZOrgScope.extend({ goalId: ZId, status: z.enum(GOAL_STATUSES) }).extend(ZGoalFields.omit({ areaId: true, reviewId: true }).shape);

/** The goal form: the same rules, with "" for an empty due date or no linked review. */
export const ZGoalForm = z.object({
  areaId: ZGoalFields.shape.areaId,
  title: ZGoalFields.shape.title,
  actions: ZString.trim().max(2000),
  support: ZString.trim().max(2000),
  dueOn: z.union([z.literal(""), ZIsoDate]),
  reviewId: ZString.max(64),
  status: z.enum(GOAL_STATUSES),
});
export type TGoalForm = z.infer<typeof ZGoalForm>;
