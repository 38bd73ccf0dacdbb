import { z } from "zod";
import { ZString } from "./text";
import { ZOrgScope } from "./roles";

export const GENDERS = ["female", "male", "other"] as const;
/** Dates travel as YYYY-MM-DD: a calendar day, not an instant. */
export const ZDay = z.iso.date();

const thisYear = new Date().getFullYear();

export const ZCreateParticipant = ZOrgScope.extend({
  programmeId: ZString.min(1).max(64),
  fullName: ZString.trim().min(2).max(120),
  email: z.union([z.literal(""), ZString.trim().toLowerCase().max(254).pipe(z.email())]).optional(),
  phone: z.union([z.literal(""), ZString.trim().regex(/^\+?[0-9 ]{8,16}$/)]).optional(),
  gender: z.enum(GENDERS).optional(),
  birthYear: z
    .number()
    .int()
    .min(thisYear - 80)
    .max(thisYear - 15)
    .optional(),
  enrolledOn: ZDay,
});
export type TCreateParticipant = z.input<typeof ZCreateParticipant>;

export const ZListParticipants = ZOrgScope.extend({
  /** Mentors see their own caseload by default; "organisation" lists everyone in it. */
  scope: z.enum(["mine", "organisation"]).default("mine"),
  programmeId: ZString.min(1).max(64).optional(),
  search: ZString.trim().max(100).optional(),
  /** Active (not ended), ended, or both; the caseload shows the active ones first and ended ones apart. */
  state: z.enum(["active", "ended", "all"]).default("all"),
});
