import { z } from "zod";
import { ZString } from "./text";
import { ZOrgScope } from "./roles";

export const ZCreateProgramme = ZOrgScope.extend({
  name: ZString.trim().min(2).max(120),
  description: ZString.trim().max(2000).default(""),
  reviewIntervalDays: z.number().int().min(7).max(180).default(28),
});
export type TCreateProgramme = z.input<typeof ZCreateProgramme>;

/** Hands a programme's ownership (its shared settings) to another organisation taking part in it. */
export const ZHandOverProgramme = ZOrgScope.extend({
  programmeId: ZString.min(1).max(64),
  toOrganisationId: ZString.min(1).max(64),
});
export type THandOverProgramme = z.input<typeof ZHandOverProgramme>;

/** A programme's owner as an administrator sees it. */
export const ZProgrammeOwnershipQuery = ZOrgScope.extend({ programmeId: ZString.min(1).max(64) });
