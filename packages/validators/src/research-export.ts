// Row-level research exports (issue 11, item 2): an administrator grants one evaluator of the
// organisation the wide and long exports of one programme, until a day, at a chosen precision.
import { ZIsoDate } from "@skridt/instruments/client";
import { z } from "zod";
import { ZId } from "./ids";
import { ZOrgScope } from "./roles";

export const ZResearchExportProgramme = ZOrgScope.extend({ programmeId: ZId });

export const ZResearchExportGrant = ZResearchExportProgramme.extend({
  userId: ZId,
  /** The last day the grant holds (inclusive). */
  expiresOn: ZIsoDate,
  /** Exact enrolment, end and answer dates; otherwise the month only. */
  exactDates: z.boolean().default(false),
  /** The birth year beside the age band; otherwise the age band only. */
  birthYear: z.boolean().default(false),
});
export type TResearchExportGrant = z.input<typeof ZResearchExportGrant>;

export const ZResearchExportRevoke = ZOrgScope.extend({ grantId: ZId });

/** The longest a grant may run: a research project's year, renewed on purpose after that. */
export const MAX_GRANT_DAYS = 366;
