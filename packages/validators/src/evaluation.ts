import { z } from "zod";
import { ZEnrolledFromMonth, ZEnrolledToMonth } from "./enrolment-months";
import { ZString } from "./text";
import { ZOrgScope } from "./roles";

export const AGE_BAND_VALUES = ["<18", "18-29", "30-39", "40-49", "50-59", "60+", "unknown"] as const;

export const PARTICIPATION_VALUES = ["all", "ended", "active"] as const;

export const ZEvaluationFilter = z.object({
  organisationIds: z.array(ZString.min(1).max(64)).max(50).optional(),
  /** Whole months only (issue 11): a day is widened to the first or last day of its month. */
  enrolledFrom: ZEnrolledFromMonth.optional(),
  enrolledTo: ZEnrolledToMonth.optional(),
  genders: z
    .array(z.enum(["female", "male", "other", "unknown"]))
    .max(4)
    .optional(),
  ageBands: z.array(z.enum(AGE_BAND_VALUES)).max(7).optional(),
  /** "ended": only those whose participation has ended by today; "active": only those still enrolled; absent or "all": both. */
  participation: z.enum(PARTICIPATION_VALUES).optional(),
});
export type TEvaluationFilter = z.infer<typeof ZEvaluationFilter>;

export const ZEvaluationQuery = ZOrgScope.extend({
  programmeId: ZString.min(1).max(64),
  filter: ZEvaluationFilter.default({}),
});
export type TEvaluationQuery = z.input<typeof ZEvaluationQuery>;

/** A programme's own norms for reliable change (admins of the owning organisation); [] returns to the built-in norms. */
