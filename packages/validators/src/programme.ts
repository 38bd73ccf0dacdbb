import { z } from "zod";
import { ZOrgScope } from "./roles";

export const ZCreateProgramme = ZOrgScope.extend({
  name: z.string().trim().min(2).max(120),
  description: z.string().trim().max(2000).default(""),
  reviewIntervalDays: z.number().int().min(7).max(180).default(28),
});
export type TCreateProgramme = z.input<typeof ZCreateProgramme>;
