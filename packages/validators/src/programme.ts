import { z } from "zod";
import { ZString } from "./text";
import { ZOrgScope } from "./roles";

export const ZCreateProgramme = ZOrgScope.extend({
  name: ZString.trim().min(2).max(120),
  description: ZString.trim().max(2000).default(""),
  reviewIntervalDays: z.number().int().min(7).max(180).default(28),
});
export type TCreateProgramme = z.input<typeof ZCreateProgramme>;
